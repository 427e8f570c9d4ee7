import { describe, expect, it } from 'vitest';
import {
  dragPreview,
  historyShortcut,
  imagePoint,
  opFromDrag,
} from '../../utils/core/image/drag-edit';
import { createImage, MARK_RGBA, pixelAt } from '../../utils/core/image/rgba';

const WHITE = [255, 255, 255, 255] as const;
const keys = { ctrlKey: true, metaKey: false, shiftKey: false };

describe('editor drags', () => {
  it('makes no edit of a drag under 3 pixels', () => {
    expect(opFromDrag('mask', { x: 5, y: 5 }, { x: 7, y: 6 })).toBeNull();
  });

  it('makes an arrow from a to b, and a rectangle of the tool for the others', () => {
    const a = { x: 2, y: 3 };
    const b = { x: 12, y: 9 };
    expect(opFromDrag('arrow', a, b)).toEqual({ kind: 'arrow', from: a, to: b });
    expect(opFromDrag('crop', a, b)).toEqual({
      kind: 'crop',
      rect: { x: 2, y: 3, width: 10, height: 6 },
    });
  });

  it('previews a crop as a box, leaving the picture its size and the base untouched', () => {
    const base = createImage(20, 16, WHITE);
    const shown = dragPreview(base, 'crop', { from: { x: 2, y: 2 }, to: { x: 12, y: 10 } });
    expect([shown.width, shown.height]).toEqual([20, 16]);
    expect(pixelAt(shown, 2, 2)).toEqual([...MARK_RGBA]);
    expect(pixelAt(base, 2, 2)).toEqual([...WHITE]);
  });

  it('previews the base itself without a drag or with a tiny one', () => {
    const base = createImage(4, 4, WHITE);
    expect(dragPreview(base, 'mask', null)).toBe(base);
    expect(dragPreview(base, 'mask', { from: { x: 1, y: 1 }, to: { x: 1, y: 2 } })).toBe(base);
  });

  it('scales a pointer position from the shown box to the image pixels', () => {
    const box = { left: 10, top: 20, width: 100, height: 50 };
    expect(imagePoint({ x: 60, y: 45 }, box, { width: 200, height: 100 })).toEqual({
      x: 100,
      y: 50,
    });
    const unlaid = { left: 0, top: 0, width: 0, height: 0 };
    expect(imagePoint({ x: 7, y: 8 }, unlaid, { width: 200, height: 100 })).toEqual({ x: 7, y: 8 });
  });

  it('reads Ctrl/⌘+Z as undo, Ctrl+Y and Ctrl+Shift+Z as redo, nothing without the modifier', () => {
    expect(historyShortcut({ ...keys, key: 'z' })).toBe('undo');
    expect(historyShortcut({ ...keys, ctrlKey: false, metaKey: true, key: 'z' })).toBe('undo');
    expect(historyShortcut({ ...keys, key: 'y' })).toBe('redo');
    expect(historyShortcut({ ...keys, shiftKey: true, key: 'Z' })).toBe('redo');
    expect(historyShortcut({ ...keys, ctrlKey: false, key: 'z' })).toBeNull();
    expect(historyShortcut({ ...keys, key: 'c' })).toBeNull();
  });
});
