import { browser } from 'wxt/browser';
import { isOwnSender } from '../../../utils/ext/messaging';
import { senderContext, type SenderContext } from '../../../utils/ext/sender-context';
import {
  handleCheckDuplicate,
  handleEscalationSubmitted,
  handleGetAttachments,
  handleImportMesTickets,
  handleLatestDraft,
} from './escalations';
import { handleGetEffectiveRules } from '../effective-rules';
import { confirmPendingFeed, refreshFeed } from '../feed';
import { handleIndexArticle, handleKbStatus, handleRefreshKb, handleSearchKb } from './kb';
import { handleNomenclatureObserved } from './nomenclature';
import { handleContextChanged, handleGetTargetTab } from './target-tab';

type Handler = (
  message: unknown,
  sender: Parameters<typeof isOwnSender>[0],
) => Promise<unknown> | undefined;

/** Each message, its handler and the contexts allowed to send it (see sender-context.ts). */
const routes: Record<string, { from: readonly SenderContext[]; handle: Handler }> = {
  contextChanged: { from: ['sisiao'], handle: handleContextChanged },
  getTargetTab: { from: ['page'], handle: handleGetTargetTab },
  refreshKb: { from: ['page'], handle: handleRefreshKb },
  kbStatus: { from: ['page'], handle: handleKbStatus },
  indexArticle: { from: ['kb'], handle: handleIndexArticle },
  searchKb: { from: ['kb', 'page'], handle: handleSearchKb },
  escalationSubmitted: { from: ['kb'], handle: handleEscalationSubmitted },
  importMesTickets: { from: ['kb'], handle: handleImportMesTickets },
  checkDuplicate: { from: ['kb', 'page'], handle: handleCheckDuplicate },
  getAttachments: { from: ['kb'], handle: handleGetAttachments },
  latestDraft: { from: ['kb'], handle: handleLatestDraft },
  getEffectiveRules: { from: ['sisiao', 'kb', 'page'], handle: handleGetEffectiveRules },
  nomenclatureObserved: { from: ['kb'], handle: handleNomenclatureObserved },
  refreshFeed: { from: ['page'], handle: () => refreshFeed() },
  confirmFeed: { from: ['page'], handle: () => confirmPendingFeed() },
};

/** The handler for a message from this sender, or undefined (unknown, or not for that context). */
export function routeFor(message: unknown, sender: Parameters<typeof isOwnSender>[0]) {
  const from = senderContext(sender);
  if (!from) return undefined;
  const type = (message as { type?: unknown } | null)?.type;
  const route = typeof type === 'string' ? routes[type] : undefined;
  return route && route.from.includes(from) ? route.handle : undefined;
}

/** Routes messages to one handler each; anything from outside this extension is ignored. */
export function listenForMessages(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    routeFor(message, sender)?.(message, sender),
  );
}
