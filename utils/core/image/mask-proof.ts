import type { RgbaImage } from './rgba';

/**
 * The proof that the masks are on the picture: each mask box, read back in the captured bitmap,
 * must be the mask colour. A page can put something above the masks, a repaint can come late, a
 * browser can capture before painting: any of these leaves personal data in the image, and only
 * the pixels can tell.
 */

/** The masks' colour: opaque, and checked on the picture. */
export const MASK_COLOR = '#1e1e1e';

/** A mask's box in viewport CSS pixels, as the content script placed it. */
export interface MaskBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Points sampled per box side (plus the centre): enough to see a box half covered. */
const GRID = 4;
/** CSS px left out at each edge: a box at a fractional position is blended with its border. */
const INSET = 3;

/**
 * How many boxes are not painted in the mask colour in `img`, whose pixels are `scale` times the
 * CSS px of the boxes. A box outside the image is not counted (it was not in the picture).
 */
export function unpaintedMasks(
  img: RgbaImage,
  boxes: readonly MaskBox[],
  scale: number,
  color: readonly [number, number, number],
  tolerance = 10,
): number {
  let bad = 0;
  const near = (px: number, py: number) => {
    const x = Math.min(img.width - 1, Math.max(0, Math.floor(px)));
    const y = Math.min(img.height - 1, Math.max(0, Math.floor(py)));
    const i = (y * img.width + x) * 4;
    const d = img.data;
    return (
      Math.abs((d[i] ?? 0) - color[0]) <= tolerance &&
      Math.abs((d[i + 1] ?? 0) - color[1]) <= tolerance &&
      Math.abs((d[i + 2] ?? 0) - color[2]) <= tolerance
    );
  };
  for (const b of boxes) {
    // The part of the box inside the picture, in image pixels, less the blended edges.
    const x0 = Math.max(0, (b.x + INSET) * scale);
    const y0 = Math.max(0, (b.y + INSET) * scale);
    const x1 = Math.min(img.width, (b.x + b.w - INSET) * scale);
    const y1 = Math.min(img.height, (b.y + b.h - INSET) * scale);
    if (x1 <= 0 || y1 <= 0 || x0 >= img.width || y0 >= img.height) continue;
    const points: Array<[number, number]> = [[(x0 + x1) / 2, (y0 + y1) / 2]];
    if (x1 - x0 >= 1 && y1 - y0 >= 1) {
      for (let i = 0; i < GRID; i++)
        for (let j = 0; j < GRID; j++)
          points.push([x0 + ((x1 - x0) * (i + 0.5)) / GRID, y0 + ((y1 - y0) * (j + 0.5)) / GRID]);
    }
    if (!points.every(([x, y]) => near(x, y))) bad++;
  }
  return bad;
}

/** `#1e1e1e` → [30, 30, 30]. */
export function hexColor(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
