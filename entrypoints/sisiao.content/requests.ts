import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseContentRequest, type ScrollInfo } from '../../utils/ext/content-requests';
import { isOwnSender } from '../../utils/ext/sender';
import { findMasks } from '../../utils/sites/sisiao/masking';
import { hideFixedElements, placeMasks, removeMasks, restoreFixedElements } from './overlays';
import type { Tracker } from './tracker';
import { loadRules } from './rules-source';

function scrollInfo(): ScrollInfo {
  return {
    x: window.scrollX,
    y: window.scrollY,
    viewportHeight: window.innerHeight,
    viewportWidth: window.innerWidth,
    pageHeight: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
    dpr: window.devicePixelRatio || 1,
  };
}

/** Answers the panel: the current context, masking around a screenshot, scrolling for full pages. */
export function answerRequests(ctx: ContentScriptContext, tracker: Tracker): void {
  // Answered through sendResponse (return true keeps the channel open): this script runs without
  // webextension-polyfill (wxt.config.ts), and Chrome ignores a promise returned by a listener.
  // A refusal is sent as { contentError } and turned back into an error by askTab.
  const listener = (
    message: unknown,
    sender: Parameters<typeof isOwnSender>[0],
    sendResponse: (answer: unknown) => void,
  ): true | undefined => {
    if (!isOwnSender(sender)) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    answer(request).then(sendResponse, (err: unknown) =>
      sendResponse({ contentError: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  };
  const answer = (
    request: NonNullable<ReturnType<typeof parseContentRequest>>,
  ): Promise<unknown> => {
    switch (request.type) {
      case 'getContext':
        return Promise.resolve(tracker.snapshot());
      case 'maskForCapture':
        return loadRules().then((rules) => {
          // Without the masking rules, refuse: a picture with unmasked personal data is worse than none.
          if (!rules) throw new Error('Règles de masquage indisponibles : capture refusée.');
          // findMasks throws when the page cannot be read: the capture is then refused.
          const { elements, spans } = findMasks(document, rules.masking, rules.detection);
          const ranges = spans.map(({ node, start, end }) => {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, end);
            return range;
          });
          return { masked: placeMasks([...elements, ...ranges]) };
        });
      case 'unmask':
        removeMasks();
        restoreFixedElements();
        return Promise.resolve({ masked: 0 });
      case 'scrollState': {
        if (request.restore) {
          restoreFixedElements();
          window.scrollTo(request.restore.x, request.restore.y);
        } else {
          if (request.hideFixed) hideFixedElements();
          if (request.scrollTo !== undefined) window.scrollTo(0, request.scrollTo);
        }
        // Let the page repaint at its new position before the picture is taken.
        return new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollInfo()))),
        );
      }
    }
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
