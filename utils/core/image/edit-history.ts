import {
  cloneImage,
  crop,
  drawArrow,
  fillRect,
  MARK_RGBA,
  MASK_RGBA,
  strokeRect,
  type Rect,
  type RgbaImage,
} from './rgba';

/**
 * The editor's history: a list of operations replayed on the untouched original. Undo is then just
 * "replay one fewer", so no intermediate bitmap is kept and a crop can be undone exactly.
 */

type Point = { x: number; y: number };

/** One edit, in the coordinates of the image as it was when the edit was made (after crops). */
export type EditOp =
  | { kind: 'mask'; rect: Rect }
  | { kind: 'box'; rect: Rect }
  | { kind: 'arrow'; from: Point; to: Point }
  | { kind: 'crop'; rect: Rect };

/** `ops[0..cursor)` are applied; the ones after the cursor are what redo brings back. */
export interface EditHistory {
  readonly ops: readonly EditOp[];
  readonly cursor: number;
}

/** Stroke width of boxes and arrows, in image pixels (captures are usually at 1× or 2×). */
export const MARK_THICKNESS = 3;

export const emptyHistory: EditHistory = { ops: [], cursor: 0 };

/** Adds an edit; anything that had been undone is dropped, as in every editor. */
export function pushEdit(h: EditHistory, op: EditOp): EditHistory {
  return { ops: [...h.ops.slice(0, h.cursor), op], cursor: h.cursor + 1 };
}

export function canUndo(h: EditHistory): boolean {
  return h.cursor > 0;
}

export function canRedo(h: EditHistory): boolean {
  return h.cursor < h.ops.length;
}

export function undo(h: EditHistory): EditHistory {
  return canUndo(h) ? { ops: h.ops, cursor: h.cursor - 1 } : h;
}

export function redo(h: EditHistory): EditHistory {
  return canRedo(h) ? { ops: h.ops, cursor: h.cursor + 1 } : h;
}

/** The operations currently in effect. */
export function activeOps(h: EditHistory): readonly EditOp[] {
  return h.ops.slice(0, h.cursor);
}

/** How many masks are in effect (the editor says it, the tray adds it to the page's count). */
export function maskCount(h: EditHistory): number {
  return activeOps(h).filter((op) => op.kind === 'mask').length;
}

/** Applies one operation; may mutate `img` and returns the image to continue with. */
export function applyEdit(img: RgbaImage, op: EditOp): RgbaImage {
  switch (op.kind) {
    case 'mask':
      return fillRect(img, op.rect, MASK_RGBA);
    case 'box':
      return strokeRect(img, op.rect, MARK_RGBA, MARK_THICKNESS);
    case 'arrow':
      return drawArrow(img, op.from, op.to, MARK_RGBA, MARK_THICKNESS);
    case 'crop':
      return crop(img, op.rect);
  }
}

/** The original with every active edit applied, as a new image (the original is not touched). */
export function render(original: RgbaImage, h: EditHistory): RgbaImage {
  return activeOps(h).reduce(applyEdit, cloneImage(original));
}
