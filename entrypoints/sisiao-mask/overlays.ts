/**
 * Opaque overlays over personal data, placed just before a screenshot and removed right after.
 * Opaque on purpose: a blur can be undone, a solid block cannot.
 */
export const MASK_COLOR = '#1e1e1e';
const MASK_CLASS = 'ars-mask';

/** Covers each target, an element or a piece of text (a Range), with opaque blocks. */
export function placeMasks(targets: ReadonlyArray<Element | Range>): number {
  removeMasks();
  let count = 0;
  for (const el of targets) {
    for (const rect of Array.from(el.getClientRects())) {
      if (rect.width < 1 || rect.height < 1) continue;
      const mask = document.createElement('div');
      mask.className = MASK_CLASS;
      mask.setAttribute('aria-hidden', 'true');
      Object.assign(mask.style, {
        position: 'absolute',
        left: `${rect.left + window.scrollX - 2}px`,
        top: `${rect.top + window.scrollY - 2}px`,
        width: `${rect.width + 4}px`,
        height: `${rect.height + 4}px`,
        background: MASK_COLOR,
        zIndex: '2147483647',
        pointerEvents: 'none',
        margin: '0',
        padding: '0',
        border: '0',
      });
      document.documentElement.appendChild(mask);
    }
    count += 1;
  }
  return count;
}

export function removeMasks(): void {
  for (const el of Array.from(document.querySelectorAll(`.${MASK_CLASS}`))) el.remove();
}

const hidden: Array<{ el: HTMLElement; visibility: string }> = [];

/** Hides fixed and sticky elements (headers) so they do not repeat on every slice of a long page. */
export function hideFixedElements(): void {
  if (hidden.length) return;
  for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    if (el.classList.contains(MASK_CLASS)) continue;
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
