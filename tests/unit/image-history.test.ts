import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  emptyHistory,
  maskCount,
  pushEdit,
  redo,
  render,
  undo,
  type EditOp,
} from '../../utils/core/image/edit-history';
import { createImage, MASK_RGBA, pixelAt } from '../../utils/core/image/rgba';

const WHITE = [255, 255, 255, 255] as const;
const NAME = [10, 120, 30, 255] as const;

/** A page where a "name" is drawn at (4..12, 4..8). */
function page() {
  const img = createImage(20, 16, WHITE);
  for (let y = 4; y < 8; y++) for (let x = 4; x < 12; x++) img.data.set(NAME, (y * 20 + x) * 4);
  return img;
}

describe('edit history', () => {
  it('replays operations on the original without touching it', () => {
    const original = page();
    const copy = new Uint8ClampedArray(original.data);
    const h = pushEdit(emptyHistory, { kind: 'mask', rect: { x: 4, y: 4, width: 8, height: 4 } });
    const out = render(original, h);
    expect(original.data).toEqual(copy);
    for (let y = 4; y < 8; y++)
      for (let x = 4; x < 12; x++) expect(pixelAt(out, x, y)).toEqual([...MASK_RGBA]);
  });

  it('masked pixels hold no trace of the name: every byte of the area is the mask colour', () => {
    const h = pushEdit(emptyHistory, { kind: 'mask', rect: { x: 3, y: 3, width: 10, height: 6 } });
    const out = render(page(), h);
    let nameLeft = 0;
    for (let i = 0; i < out.data.length; i += 4) if (out.data[i + 1] === NAME[1]) nameLeft++;
    expect(nameLeft).toBe(0);
  });

  it('undoes and redoes, and a new edit drops what was undone', () => {
    const a: EditOp = { kind: 'mask', rect: { x: 0, y: 0, width: 2, height: 2 } };
    const b: EditOp = { kind: 'box', rect: { x: 5, y: 5, width: 6, height: 6 } };
    const c: EditOp = { kind: 'arrow', from: { x: 0, y: 15 }, to: { x: 10, y: 10 } };
    let h = pushEdit(pushEdit(emptyHistory, a), b);
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(render(page(), h)).toEqual(render(page(), pushEdit(emptyHistory, a)));
    expect(canRedo(h)).toBe(true);
    expect(redo(h)).toEqual({ ops: [a, b], cursor: 2 });
    h = pushEdit(h, c);
    expect(h).toEqual({ ops: [a, c], cursor: 2 });
    expect(canRedo(h)).toBe(false);
    expect(undo(undo(undo(h)))).toEqual({ ops: [a, c], cursor: 0 });
    expect(redo(redo(redo(h)))).toBe(h);
  });

  it('undoes a crop exactly, and later edits use the cropped coordinates', () => {
    let h = pushEdit(emptyHistory, { kind: 'crop', rect: { x: 4, y: 4, width: 8, height: 4 } });
    h = pushEdit(h, { kind: 'mask', rect: { x: 0, y: 0, width: 2, height: 1 } });
    const out = render(page(), h);
    expect([out.width, out.height]).toEqual([8, 4]);
    expect(pixelAt(out, 0, 0)).toEqual([...MASK_RGBA]);
    expect(pixelAt(out, 2, 0)).toEqual([...NAME]);
    const back = render(page(), undo(undo(h)));
    expect([back.width, back.height]).toEqual([20, 16]);
    expect(back).toEqual(page());
  });

  it('counts the masks in effect', () => {
    let h = pushEdit(emptyHistory, { kind: 'mask', rect: { x: 0, y: 0, width: 1, height: 1 } });
    h = pushEdit(h, { kind: 'box', rect: { x: 0, y: 0, width: 4, height: 4 } });
    h = pushEdit(h, { kind: 'mask', rect: { x: 2, y: 2, width: 1, height: 1 } });
    expect(maskCount(h)).toBe(2);
    expect(maskCount(undo(h))).toBe(1);
  });

  it('a mask drawn after a box covers the box too (order is kept)', () => {
    let h = pushEdit(emptyHistory, { kind: 'box', rect: { x: 0, y: 0, width: 10, height: 10 } });
    h = pushEdit(h, { kind: 'mask', rect: { x: 0, y: 0, width: 10, height: 10 } });
    const out = render(page(), h);
    expect(pixelAt(out, 0, 0)).toEqual([...MASK_RGBA]);
  });
});
