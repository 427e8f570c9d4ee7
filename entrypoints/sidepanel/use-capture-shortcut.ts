import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { isOwnSender } from '../../utils/ext/sender';

/**
 * The capture keyboard shortcut (see background/commands.ts) lands here: the panel captures when
 * it is beside an SI SIAO tab, and answers false otherwise so the background can tell.
 */
export function useCaptureShortcut(capture: (() => void) | null): void {
  const ref = useRef(capture);
  ref.current = capture;
  useEffect(() => {
    const listener = (message: unknown, sender: Parameters<typeof isOwnSender>[0]) => {
      if (
        !isOwnSender(sender) ||
        (message as { type?: unknown } | null)?.type !== 'captureRequested'
      )
        return undefined;
      const run = ref.current;
      if (run) run();
      return Promise.resolve(Boolean(run));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
