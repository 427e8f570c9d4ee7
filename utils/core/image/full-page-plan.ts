/**
 * Where to scroll and what to keep from each slice of a full-page capture. Pure so the arithmetic
 * (clamped last slice, fractional device pixel ratios, height cap) is tested without a browser.
 */

/** Taller pages are cut: 12,000 CSS px is ~15 screens, more than any SI SIAO fiche we have seen. */
export const MAX_FULL_PAGE_CSS_HEIGHT = 12_000;
/**
 * Browsers refuse canvases above 32,767 px per side (Chrome, Firefox); well before that, a stitched
 * RGBA canvas costs 4 bytes a pixel in the panel's memory. So the image is also capped in device
 * pixels: at most 16,384 rows and 40 Mpx (160 MB while stitching). At 1× on a 1,920 px wide
 * window the CSS cap above applies; at 2× the device caps cut earlier, and `truncated` says so.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 40_000_000;

/** CSS rows [top, end) that slice `i` of a plan is responsible for. */
export function sliceSpan(plan: FullPagePlan, i: number): { top: number; end: number } {
  const top = plan.tops[i] ?? plan.height;
  return { top, end: Math.min(plan.tops[i + 1] ?? plan.height, plan.height) };
}

export interface FullPagePlan {
  /** CSS px of the page that will be in the image. */
  height: number;
  /** True when the page is taller than what will be captured. */
  truncated: boolean;
  /** Scroll positions (CSS px), one per slice, the first at 0. */
  tops: number[];
}

/** Plans the slices: one per viewport height, until the (capped) page height is covered. */
export function planFullPage(
  page: { pageHeight: number; viewportHeight: number; viewportWidth: number; dpr: number },
  maxCssHeight = MAX_FULL_PAGE_CSS_HEIGHT,
): FullPagePlan {
  const { pageHeight, viewportHeight, viewportWidth } = page;
  const dpr = Math.max(page.dpr, 0.1);
  const maxRows = Math.min(MAX_CANVAS_SIDE, MAX_CANVAS_PIXELS / Math.max(1, viewportWidth * dpr));
  const cap = Math.max(1, Math.min(maxCssHeight, Math.floor(maxRows / dpr)));
  const height = Math.max(1, Math.min(Math.ceil(pageHeight), cap));
  const step = alignedStep(viewportHeight, dpr);
  const tops: number[] = [];
  for (let top = 0; top < height; top += step) tops.push(top);
  return { height, truncated: pageHeight > cap, tops };
}

/**
 * The scroll step: the viewport height, lowered to the nearest height that is a whole number of
 * device pixels (at 1.25× a step of 641 CSS px would be 801.25 px, and slices would not tile).
 */
export function alignedStep(viewportHeight: number, dpr: number): number {
  const vh = Math.max(1, Math.floor(viewportHeight));
  for (let step = vh; step > Math.max(1, vh - 100); step--) {
    if (Math.abs(step * dpr - Math.round(step * dpr)) < 1e-6) return step;
  }
  return vh;
}

/** Which rows of a captured slice go where in the stitched image, in device pixels. */
export interface SliceRows {
  /** First row to copy in the slice. */
  sy: number;
  /** Row where it lands in the stitched image. */
  dy: number;
  /** Rows to copy. */
  rows: number;
}

/**
 * The rows of a slice to keep: CSS rows [top, end) of the page, `end` being the next slice's top or
 * the planned height. The page may not have scrolled as far as asked (the last slice is
 * clamped to the bottom, so `actualY < top`); the overlap is skipped. Null when the page did not
 * scroll to show any new row (an inner scrolling panel instead of the window, or content that
 * shrank): the caller stops there. Boundaries are rounded the same way on both sides so that
 * fractional ratios (1.25, 1.5) leave neither gaps nor overlaps between slices.
 */
export function sliceRows(
  slice: { top: number; end: number },
  actualY: number,
  viewportHeight: number,
  scale: number,
  sliceHeightPx: number,
): SliceRows | null {
  const { top } = slice;
  const offset = top - actualY;
  if (offset < 0 || offset >= viewportHeight) return null;
  const bottom = Math.min(top + viewportHeight - offset, slice.end);
  const dy = Math.round(top * scale);
  const sy = Math.round(offset * scale);
  const rows = Math.min(Math.round(bottom * scale) - dy, sliceHeightPx - sy);
  return rows > 0 ? { sy, dy, rows } : null;
}
