/**
 * Pure pixel operations on straight (non-premultiplied) RGBA images, the layout of `ImageData`.
 * The editor draws with these rather than on a canvas layer so that what is saved is exactly the
 * pixels computed here: a mask overwrites the bytes underneath, nothing can be peeled off later.
 */

/** An RGBA image: 4 bytes per pixel, rows top to bottom, same layout as `ImageData`. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A colour as [r, g, b, a], each 0–255. */
export type Rgba = readonly [number, number, number, number];

/** A rectangle in image pixels; may be given with negative width/height (dragged up or left). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Same colour as the page overlays (#1e1e1e), fully opaque: a mask must hide, never tint. */
export const MASK_RGBA: Rgba = [0x1e, 0x1e, 0x1e, 255];
/** A red that reads on the SI SIAO's white and pale-blue screens. */
export const MARK_RGBA: Rgba = [0xd9, 0x1e, 0x18, 255];

/** A new image filled with one colour (transparent black by default). */
export function createImage(width: number, height: number, fill?: Rgba): RgbaImage {
  assertSize(width, height);
  const data = new Uint8ClampedArray(width * height * 4);
  if (fill) for (let i = 0; i < data.length; i += 4) data.set(fill, i);
  return { width, height, data };
}

/** A deep copy: operations below mutate, the edit history keeps the original intact. */
export function cloneImage(img: RgbaImage): RgbaImage {
  return { width: img.width, height: img.height, data: new Uint8ClampedArray(img.data) };
}

/** The colour of one pixel, or undefined outside the image. */
export function pixelAt(img: RgbaImage, x: number, y: number): Rgba | undefined {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return undefined;
  const i = (y * img.width + x) * 4;
  const d = img.data;
  return [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0, d[i + 3] ?? 0];
}

/** Integer pixel bounds of a rect clipped to the image: [x0, y0, x1, y1) — possibly empty. */
export function clipRect(
  img: { width: number; height: number },
  r: Rect,
): [number, number, number, number] {
  const left = Math.min(r.x, r.x + r.width);
  const top = Math.min(r.y, r.y + r.height);
  const x0 = clamp(Math.floor(left), 0, img.width);
  const y0 = clamp(Math.floor(top), 0, img.height);
  const x1 = clamp(Math.ceil(left + Math.abs(r.width)), 0, img.width);
  const y1 = clamp(Math.ceil(top + Math.abs(r.height)), 0, img.height);
  return [x0, y0, Math.max(x0, x1), Math.max(y0, y1)];
}

/**
 * Overwrites every pixel of the rect with an opaque colour (alpha forced to 255, no blending), so
 * the bytes that were there are gone. Fractional edges are rounded outwards: a mask never leaves
 * a half-covered column of a letter. Mutates and returns `img`.
 */
export function fillRect(img: RgbaImage, r: Rect, color: Rgba = MASK_RGBA): RgbaImage {
  const [x0, y0, x1, y1] = clipRect(img, r);
  const px: Rgba = [color[0], color[1], color[2], 255];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) img.data.set(px, (y * img.width + x) * 4);
  }
  return img;
}

/** Draws the outline of a rect, `thickness` pixels wide, inside its bounds. Mutates `img`. */
export function strokeRect(
  img: RgbaImage,
  r: Rect,
  color: Rgba = MARK_RGBA,
  thickness = 3,
): RgbaImage {
  const [x0, y0, x1, y1] = clipRect(img, r);
  const t = Math.max(1, Math.round(thickness));
  if (x1 <= x0 || y1 <= y0) return img;
  const w = x1 - x0;
  const h = y1 - y0;
  fillRect(img, { x: x0, y: y0, width: w, height: Math.min(t, h) }, color);
  fillRect(img, { x: x0, y: Math.max(y0, y1 - t), width: w, height: Math.min(t, h) }, color);
  fillRect(img, { x: x0, y: y0, width: Math.min(t, w), height: h }, color);
  fillRect(img, { x: Math.max(x0, x1 - t), y: y0, width: Math.min(t, w), height: h }, color);
  return img;
}

/** A thick straight segment, drawn as a chain of square stamps (no anti-aliasing: exact pixels). */
export function drawLine(
  img: RgbaImage,
  from: { x: number; y: number },
  to: { x: number; y: number },
  color: Rgba = MARK_RGBA,
  thickness = 3,
): RgbaImage {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y)));
  const half = Math.max(1, thickness) / 2;
  for (let s = 0; s <= steps; s++) {
    const x = from.x + ((to.x - from.x) * s) / steps;
    const y = from.y + ((to.y - from.y) * s) / steps;
    fillRect(img, { x: x - half, y: y - half, width: half * 2, height: half * 2 }, color);
  }
  return img;
}

/** An arrow from `from` to `to`, the head at `to`, to point at the problem. Mutates `img`. */
export function drawArrow(
  img: RgbaImage,
  from: { x: number; y: number },
  to: { x: number; y: number },
  color: Rgba = MARK_RGBA,
  thickness = 3,
): RgbaImage {
  drawLine(img, from, to, color, thickness);
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length < 1) return img;
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  // Head about 4× the stroke, never longer than the shaft; 28° either side reads as an arrow.
  const head = Math.min(length, Math.max(10, thickness * 4));
  for (const side of [-1, 1]) {
    const a = angle + Math.PI - (side * (28 * Math.PI)) / 180;
    drawLine(
      img,
      to,
      { x: to.x + head * Math.cos(a), y: to.y + head * Math.sin(a) },
      color,
      thickness,
    );
  }
  return img;
}

/** A new image holding only the rect (clipped to the image); the rest is dropped, not hidden. */
export function crop(img: RgbaImage, r: Rect): RgbaImage {
  const [x0, y0, x1, y1] = clipRect(img, r);
  const out = createImage(Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  if (x1 <= x0 || y1 <= y0) return out;
  for (let y = y0; y < y1; y++) {
    const start = (y * img.width + x0) * 4;
    out.data.set(img.data.subarray(start, start + (x1 - x0) * 4), (y - y0) * out.width * 4);
  }
  return out;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

function assertSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`Invalid image size ${width}×${height}`);
  }
}
