import { applyEdit, type EditOp } from './edit-history';
import { cloneImage, type RgbaImage } from './rgba';

/** What a drag on the editor's picture draws: each tool makes the edit of the same kind. */
export type EditTool = EditOp['kind'];

export type Point = { x: number; y: number };

/** The edit a drag from `a` to `b` makes with `tool`, or null when it is too small to mean one. */
export function opFromDrag(tool: EditTool, a: Point, b: Point): EditOp | null {
  if (Math.hypot(b.x - a.x, b.y - a.y) < 3) return null;
  if (tool === 'arrow') return { kind: 'arrow', from: a, to: b };
  const rect = { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  return { kind: tool, rect };
}

/** The picture while dragging: `base` with the edit the drag would make, `base` itself if none. */
export function dragPreview(
  base: RgbaImage,
  tool: EditTool,
  drag: { from: Point; to: Point } | null,
): RgbaImage {
  const op = drag && opFromDrag(tool, drag.from, drag.to);
  // A crop is previewed as a box: cutting while dragging would move the picture under the pointer.
  if (!op) return base;
  const shown: EditOp = op.kind === 'crop' ? { kind: 'box', rect: op.rect } : op;
  return applyEdit(cloneImage(base), shown);
}

/**
 * A pointer position in the image's pixels: the canvas is shown scaled to its box (`maxWidth`),
 * so client coordinates are scaled by the image's size over the box's.
 */
export function imagePoint(
  client: Point,
  box: { left: number; top: number; width: number; height: number },
  image: { width: number; height: number },
): Point {
  const sx = box.width ? image.width / box.width : 1;
  const sy = box.height ? image.height / box.height : 1;
  return {
    x: Math.round((client.x - box.left) * sx),
    y: Math.round((client.y - box.top) * sy),
  };
}

/** What Ctrl/⌘ with `key` asks of the history: Z undoes, Y or Shift+Z redoes. */
export function historyShortcut(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) return 'undo';
  if (key === 'y' || (key === 'z' && e.shiftKey)) return 'redo';
  return null;
}
