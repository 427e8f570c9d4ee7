import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseContentRequest } from '../../utils/ext/content-requests';
import { isOwnSender } from '../../utils/ext/sender';
import type { Tracker } from './tracker';

/**
 * Answers the panel with the current context. Masking and scrolling around a screenshot live in
 * the masker (entrypoints/sisiao-mask), injected only when a capture is asked: this script runs on
 * every screen all day and stays small.
 */
export function answerRequests(ctx: ContentScriptContext, tracker: Tracker): void {
  // Answered through sendResponse (return true keeps the channel open): this script runs without
  // webextension-polyfill (wxt.config.ts), and Chrome ignores a promise returned by a listener.
  const listener = (
    message: unknown,
    sender: Parameters<typeof isOwnSender>[0],
    sendResponse: (answer: unknown) => void,
  ): true | undefined => {
    if (!isOwnSender(sender)) return undefined;
    const request = parseContentRequest(message);
    // Other requests are the masker's: leave them to its listener.
    if (request?.type !== 'getContext') return undefined;
    sendResponse(tracker.snapshot());
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
