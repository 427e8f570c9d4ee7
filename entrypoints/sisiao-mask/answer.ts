import { browser } from 'wxt/browser';
import { parseContentRequest, type ScrollInfo } from '../../utils/ext/content-requests';
import { readEffectiveRules } from '../../utils/ext/storage/effective-rules';
import { isOwnSender } from '../../utils/ext/sender';
import { findMasks } from '../../utils/sites/sisiao/masking';
import { MaskingLimitError } from '../../utils/sites/sisiao/masking-limit';
import { findStrictMasks } from '../../utils/sites/sisiao/strict-masking';
import { hideFixedElements, placeMasks, removeMasks, restoreFixedElements } from './overlays';
import { openShadow, openTopLayer } from './page-reach';

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

/** Masks placed for the picture, or a refusal: the rules of this capture, read when it starts. */
async function mask(): Promise<{
  masked: number;
  boxes: Array<{ x: number; y: number; w: number; h: number }>;
}> {
  const rules = await readEffectiveRules();
  // Without the masking rules, refuse: a picture with unmasked personal data is worse than none.
  if (!rules)
    throw new MaskingLimitError('Règles de masquage indisponibles : capture refusée.', 'noRules');
  // Both finders throw when the page cannot be read or a limit is reached: the capture is then
  // refused. Strict mode covers what the rules name as well.
  const targeted = findMasks(document, rules.masking, rules.detection);
  const strict =
    rules.masking.mode === 'strict'
      ? findStrictMasks(document, rules.masking, rules.detection, {
          shadowOf: openShadow,
          laidOut: true,
        })
      : null;
  const ranges = [...targeted.spans, ...(strict?.spans ?? [])].map(({ node, start, end }) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  });
  const placed = placeMasks(
    [...targeted.elements, ...(strict?.elements ?? []), ...ranges],
    strict?.topLayer ?? openTopLayer(),
  );
  return { masked: placed.count, boxes: placed.boxes };
}

/** Answers the capture's requests: masks, unmask, scroll state. */
export function answerMaskRequests(): void {
  // Answered through sendResponse (return true keeps the channel open), as the content script:
  // built without webextension-polyfill. A refusal travels as { contentError } (see askTab).
  browser.runtime.onMessage.addListener(
    (
      message: unknown,
      sender: Parameters<typeof isOwnSender>[0],
      sendResponse: (answer: unknown) => void,
    ): true | undefined => {
      if (!isOwnSender(sender)) return undefined;
      const request = parseContentRequest(message);
      if (!request || request.type === 'getContext') return undefined;
      answer(request).then(sendResponse, (err: unknown) =>
        sendResponse({
          contentError: err instanceof Error ? err.message : String(err),
          ...(err instanceof MaskingLimitError
            ? { refusal: { code: err.code, vars: err.vars } }
            : {}),
        }),
      );
      return true;
    },
  );
}

function answer(request: NonNullable<ReturnType<typeof parseContentRequest>>): Promise<unknown> {
  switch (request.type) {
    case 'maskForCapture':
      return mask();
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
    default:
      return Promise.resolve(undefined);
  }
}
