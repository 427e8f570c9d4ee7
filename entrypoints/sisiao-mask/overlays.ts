import { MASK_COLOR, type MaskBox } from '../../utils/core/image/mask-proof';
import { MaskingLimitError } from '../../utils/sites/sisiao/masking-limit';

/**
 * Opaque overlays over personal data, placed just before a screenshot and removed right after.
 * Opaque on purpose: a blur can be undone, a solid block cannot.
 */
export { MASK_COLOR };
const MASK_CLASS = 'ars-mask';
const LAYER_CLASS = 'ars-mask-layer';

/**
 * Covers each target, an element or a piece of text (a Range), with opaque blocks, in a layer of
 * its own. The layer is put in the browser's top layer (a manual popover shown last) so it also
 * covers a modal `<dialog>`, a popover or a fullscreen element of the page, which no z-index can.
 * Returns the boxes drawn (viewport CSS px). Throws when the page has something in the top layer
 * and the layer could not be put above it: the capture is then refused.
 */
export function placeMasks(
  targets: ReadonlyArray<Element | Range>,
  pageTopLayer: readonly Element[] = [],
): { count: number; boxes: MaskBox[] } {
  removeMasks();
  const layer = document.createElement('div');
  layer.className = LAYER_CLASS;
  layer.setAttribute('aria-hidden', 'true');
  Object.assign(layer.style, {
    position: 'fixed',
    inset: '0',
    width: '100vw',
    height: '100vh',
    maxWidth: 'none',
    maxHeight: 'none',
    overflow: 'visible',
    background: 'transparent',
    margin: '0',
    padding: '0',
    border: '0',
    zIndex: '2147483647',
    pointerEvents: 'none',
  });
  // The page's own viewport, less scrollbars (drawn over everything, masks included).
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = document.documentElement.clientHeight || window.innerHeight;
  const boxes: MaskBox[] = [];
  let count = 0;
  for (const target of targets) {
    for (const rect of Array.from(target.getClientRects())) {
      if (rect.width < 1 || rect.height < 1) continue;
      const box = { x: rect.left - 2, y: rect.top - 2, w: rect.width + 4, h: rect.height + 4 };
      const mask = document.createElement('div');
      mask.className = MASK_CLASS;
      Object.assign(mask.style, {
        position: 'absolute',
        left: `${box.x}px`,
        top: `${box.y}px`,
        width: `${box.w}px`,
        height: `${box.h}px`,
        background: MASK_COLOR,
        margin: '0',
        padding: '0',
        border: '0',
      });
      layer.appendChild(mask);
      // Only what is on screen can be checked on the picture.
      const x = Math.max(0, box.x);
      const y = Math.max(0, box.y);
      const w = Math.min(vw, box.x + box.w) - x;
      const h = Math.min(vh, box.y + box.h) - y;
      if (w > 0 && h > 0) boxes.push({ x, y, w, h });
    }
    count += 1;
  }
  document.documentElement.appendChild(layer);
  const onTop = promote(layer);
  if (!onTop && (pageTopLayer.length || document.fullscreenElement)) {
    removeMasks();
    throw new MaskingLimitError(
      "Une fenêtre de l'application est affichée au premier plan et les masques ne peuvent pas la couvrir : fermez-la puis réessayez la capture.",
      'modalOnTop',
    );
  }
  return { count, boxes };
}

/** Puts the layer in the top layer, above anything the page put there before. */
function promote(layer: HTMLElement): boolean {
  try {
    if (typeof layer.showPopover !== 'function') return false;
    layer.setAttribute('popover', 'manual');
    layer.showPopover();
    return layer.matches(':popover-open');
  } catch {
    return false;
  }
}

export function removeMasks(): void {
  for (const el of Array.from(document.querySelectorAll(`.${LAYER_CLASS},.${MASK_CLASS}`)))
    el.remove();
}

const hidden: Array<{ el: HTMLElement; visibility: string }> = [];

/** Hides fixed and sticky elements (headers) so they do not repeat on every slice of a long page. */
export function hideFixedElements(): void {
  if (hidden.length) return;
  for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    if (el.classList.contains(MASK_CLASS) || el.classList.contains(LAYER_CLASS)) continue;
    const position = getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') {
      hidden.push({ el, visibility: el.style.visibility });
      el.style.visibility = 'hidden';
    }
  }
}

export function restoreFixedElements(): void {
  for (const { el, visibility } of hidden.splice(0)) el.style.visibility = visibility;
}
