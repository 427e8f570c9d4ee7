import {
  routeFor as routeWith,
  serveBackground,
  type Handlers,
} from '../../../utils/ext/protocol/serve';
import type { Browser } from 'wxt/browser';
import {
  handleCheckDuplicate,
  handleEscalationSubmitted,
  handleGetAttachments,
  handleImportMesTickets,
  handleLatestDraft,
} from './escalations';
import { handleGetEffectiveRules } from '../publish-rules';
import { confirmPendingFeed, refreshFeed } from '../feed';
import { handleIndexArticle, handleKbStatus, handleRefreshKb, handleSearchKb } from './kb';
import { handleNomenclatureObserved } from './nomenclature';
import { handleContextChanged, handleGetTargetTab } from './target-tab';

/**
 * The background's handler for each message of the protocol (utils/ext/protocol/background.ts,
 * where each message names the contexts that may send it). Every request is parsed before its
 * handler runs; a message left out here is a type error.
 */
const handlers: Handlers = {
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
  refreshFeed: () => refreshFeed(),
  confirmFeed: () => confirmPendingFeed(),
};

/** The call that answers this message from this sender, or undefined (see serve.ts). */
export function routeFor(message: unknown, sender: Browser.runtime.MessageSender) {
  return routeWith(handlers, message, sender);
}

/** Routes messages to one handler each; anything from outside this extension is ignored. */
export function listenForMessages(): void {
  serveBackground(handlers);
}
