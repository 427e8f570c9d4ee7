import * as context from './messages/context';
import * as escalations from './messages/escalations';
import * as kbIndex from './messages/kb-index';
import * as settings from './messages/settings';

/**
 * Every message the background answers, declared once in messages/ (name, request, response, and
 * the contexts that may send it: sender-context.ts, « page » being one of the extension's own
 * pages). Senders import the one they send and `ask` it (ask.ts, the answer parsed), or `tell` it
 * by name (tell.ts: typed, no zod, for the SI SIAO content script); the background routes with
 * `routeFor` (serve.ts), which parses every request before its handler sees it. Split by subject
 * so that a content script bundles only the schemas of what it sends.
 */
export const BACKGROUND_MESSAGES = {
  contextChanged: context.contextChanged,
  getTargetTab: context.getTargetTab,
  getEffectiveRules: context.getEffectiveRules,
  refreshKb: kbIndex.refreshKb,
  kbStatus: kbIndex.kbStatus,
  indexArticle: kbIndex.indexArticle,
  searchKb: kbIndex.searchKb,
  escalationSubmitted: escalations.escalationSubmitted,
  importMesTickets: escalations.importMesTickets,
  checkDuplicate: escalations.checkDuplicate,
  getAttachments: escalations.getAttachments,
  latestDraft: escalations.latestDraft,
  nomenclatureObserved: settings.nomenclatureObserved,
  refreshFeed: settings.refreshFeed,
  confirmFeed: settings.confirmFeed,
};
export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
