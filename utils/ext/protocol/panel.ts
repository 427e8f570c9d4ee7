import { browser } from 'wxt/browser';
import { isOwnSender } from '../sender';

/**
 * The one message the background sends to the extension's pages: the capture keyboard shortcut.
 * The panel beside an SI SIAO tab captures and answers true; any other page answers false.
 */
const CAPTURE_REQUESTED = 'captureRequested';

/** True when some panel took the capture; false when none answered or none could. */
export function requestCaptureFromPanel(): Promise<boolean> {
  return browser.runtime
    .sendMessage({ type: CAPTURE_REQUESTED })
    .then((r: unknown) => r === true)
    .catch(() => false);
}

/** Answers the shortcut in a page: `capture` returns whether it could. Returns the unlisten. */
export function onCaptureRequested(capture: () => boolean): () => void {
  const listener = (message: unknown, sender: Parameters<typeof isOwnSender>[0]) => {
    if (!isOwnSender(sender) || (message as { type?: unknown } | null)?.type !== CAPTURE_REQUESTED)
      return undefined;
    return Promise.resolve(capture());
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
