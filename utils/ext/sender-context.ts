import { browser, type Browser } from 'wxt/browser';
import { DEFAULT_KB_ORIGIN, DEMO_KB_ORIGIN } from '../core/origins';
import { IS_DEMO_BUILD } from './build';
import { isOwnSender } from './sender';

/**
 * Which of the extension's contexts sent a message: one of its own pages (side panel, options,
 * indicators), the knowledge-base content script, or the SI SIAO content script (and the masker
 * injected beside it). Each background handler names the contexts it answers (issue 18): a
 * content script on one site — possibly steered by that site's scripts — cannot ask for what only
 * the panel or the other site may.
 */
export type SenderContext = 'page' | 'kb' | 'sisiao';

export function senderContext(sender: Browser.runtime.MessageSender): SenderContext | null {
  if (!isOwnSender(sender)) return null;
  const url = sender.url ?? '';
  if (url.startsWith(browser.runtime.getURL('/'))) return 'page';
  if (!sender.tab) return null;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  // The KB content script is declared for these origins only (never registered elsewhere).
  if (origin === DEFAULT_KB_ORIGIN || (IS_DEMO_BUILD && origin === DEMO_KB_ORIGIN)) return 'kb';
  return 'sisiao';
}
