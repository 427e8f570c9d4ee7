import { browser } from 'wxt/browser';
import { isOwnSender } from '../../../utils/ext/messaging';
import {
  handleCheckDuplicate,
  handleEscalationSubmitted,
  handleGetAttachments,
  handleImportMesTickets,
  handleLatestDraft,
} from './escalations';
import { handleGetEffectiveRules } from '../effective-rules';
import { handleIndexArticle, handleKbStatus, handleRefreshKb, handleSearchKb } from './kb';
import { handleNomenclatureObserved } from './nomenclature';
import { handleContextChanged, handleGetTargetTab } from './target-tab';

type Handler = (
  message: unknown,
  sender: Parameters<typeof isOwnSender>[0],
) => Promise<unknown> | undefined;

const handlers: Record<string, Handler> = {
  contextChanged: handleContextChanged,
  getTargetTab: handleGetTargetTab,
  refreshKb: handleRefreshKb,
  kbStatus: handleKbStatus,
  indexArticle: handleIndexArticle,
  searchKb: handleSearchKb,
  escalationSubmitted: handleEscalationSubmitted,
  importMesTickets: handleImportMesTickets,
  checkDuplicate: handleCheckDuplicate,
  getAttachments: handleGetAttachments,
  latestDraft: handleLatestDraft,
  getEffectiveRules: handleGetEffectiveRules,
  nomenclatureObserved: handleNomenclatureObserved,
};

/** Routes messages to one handler each; anything from outside this extension is ignored. */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    const handler = typeof type === 'string' ? handlers[type] : undefined;
    return handler?.(message, sender);
  });
}
