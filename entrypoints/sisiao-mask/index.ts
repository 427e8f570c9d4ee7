import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { answerMaskRequests } from './answer';

/**
 * The masker, injected into the SI SIAO tab by `scripting.executeScript` when a capture is asked
 * (utils/ext/screenshots.ts): finds what to cover, places the masks, scrolls for full pages. Kept
 * out of the content script, which runs on every screen all day. Injected again on each capture;
 * the first injection of a page answers, later ones return at once.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as { __arsMaskerReady?: boolean };
  if (g.__arsMaskerReady) return;
  g.__arsMaskerReady = true;
  answerMaskRequests();
});
