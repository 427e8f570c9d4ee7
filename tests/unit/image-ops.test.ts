import { describe, expect, it } from 'vitest';
import {
  clipRect,
  createImage,
  crop,
  drawArrow,
  fillRect,
  MARK_RGBA,
  MASK_RGBA,
  pixelAt,
  strokeRect,
  type RgbaImage,
} from '../../utils/core/image/rgba';
import { pngSize } from '../../utils/core/image/png-size';

/** An image where every pixel is distinct, standing for a name drawn on the page. */
function secretImage(width = 20, height = 10): RgbaImage {
  const img = createImage(width, height);
  for (let i = 0; i < width * height; i++) img.data.set([i % 251, (i * 7) % 253, 200, 128], i * 4);
  return img;
}

function countColor(img: RgbaImage, c: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (
      img.data[i] === c[0] &&
      img.data[i + 1] === c[1] &&
      img.data[i + 2] === c[2] &&
      img.data[i + 3] === c[3]
    )
      n++;
  }
  return n;
}

describe('fillRect (mask)', () => {
  it('overwrites every byte of the rect with the opaque mask colour', () => {
    const img = secretImage();
    const before = new Uint8ClampedArray(img.data);
    fillRect(img, { x: 2, y: 3, width: 5, height: 4 });
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const inside = x >= 2 && x < 7 && y >= 3 && y < 7;
        const i = (y * img.width + x) * 4;
        const px = Array.from(img.data.subarray(i, i + 4));
        if (inside) expect(px).toEqual([...MASK_RGBA]);
        else expect(px).toEqual(Array.from(before.subarray(i, i + 4)));
      }
    }
  });

  it('forces alpha to 255 even when asked for a translucent colour: a mask never tints', () => {
    const img = secretImage();
    fillRect(img, { x: 0, y: 0, width: 1, height: 1 }, [10, 20, 30, 40]);
    expect(pixelAt(img, 0, 0)).toEqual([10, 20, 30, 255]);
  });

  it('rounds fractional edges outwards and accepts rects dragged up-left', () => {
    const img = secretImage();
    fillRect(img, { x: 6.6, y: 5.5, width: -3.2, height: -2.2 });
    expect(clipRect(img, { x: 6.6, y: 5.5, width: -3.2, height: -2.2 })).toEqual([3, 3, 7, 6]);
    expect(countColor(img, MASK_RGBA)).toBe(4 * 3);
  });

  it('clips to the image and ignores rects entirely outside', () => {
    const img = secretImage();
    fillRect(img, { x: -5, y: -5, width: 7, height: 7 });
    expect(countColor(img, MASK_RGBA)).toBe(4);
    fillRect(img, { x: 100, y: 100, width: 5, height: 5 });
    expect(countColor(img, MASK_RGBA)).toBe(4);
  });
});

describe('strokeRect (box)', () => {
  it('draws only the outline and leaves the inside untouched', () => {
    const img = createImage(12, 12, [255, 255, 255, 255]);
    strokeRect(img, { x: 1, y: 1, width: 10, height: 10 }, MARK_RGBA, 2);
    expect(pixelAt(img, 1, 1)).toEqual([...MARK_RGBA]);
    expect(pixelAt(img, 10, 10)).toEqual([...MARK_RGBA]);
    expect(pixelAt(img, 2, 6)).toEqual([...MARK_RGBA]);
    expect(pixelAt(img, 5, 5)).toEqual([255, 255, 255, 255]);
    expect(pixelAt(img, 0, 0)).toEqual([255, 255, 255, 255]);
    // 10×10 outer minus 6×6 inner.
    expect(countColor(img, MARK_RGBA)).toBe(100 - 36);
  });
});

describe('drawArrow', () => {
  it('draws the shaft and a head at the point it aims at', () => {
    const img = createImage(60, 40, [255, 255, 255, 255]);
    drawArrow(img, { x: 5, y: 20 }, { x: 50, y: 20 });
    expect(pixelAt(img, 25, 20)).toEqual([...MARK_RGBA]);
    expect(pixelAt(img, 50, 20)).toEqual([...MARK_RGBA]);
    // Head wings go back and to both sides of the tip.
    expect(pixelAt(img, 43, 16)).toEqual([...MARK_RGBA]);
    expect(pixelAt(img, 43, 24)).toEqual([...MARK_RGBA]);
    expect(pixelAt(img, 25, 5)).toEqual([255, 255, 255, 255]);
  });

  it('draws only a dot (the stroke rounded outwards) for a zero-length arrow', () => {
    const img = createImage(10, 10, [255, 255, 255, 255]);
    drawArrow(img, { x: 5, y: 5 }, { x: 5, y: 5 });
    expect(countColor(img, MARK_RGBA)).toBeLessThanOrEqual(16);
  });
});

describe('crop', () => {
  it('keeps exactly the rect, pixel for pixel', () => {
    const img = secretImage();
    const out = crop(img, { x: 3, y: 2, width: 4, height: 5 });
    expect([out.width, out.height]).toEqual([4, 5]);
    expect(pixelAt(out, 0, 0)).toEqual(pixelAt(img, 3, 2));
    expect(pixelAt(out, 3, 4)).toEqual(pixelAt(img, 6, 6));
    expect(out.data.buffer).not.toBe(img.data.buffer);
  });

  it('drops what is outside: no byte of the rest of the image survives', () => {
    const img = createImage(10, 10, [1, 2, 3, 255]);
    fillRect(img, { x: 0, y: 0, width: 10, height: 5 }, [200, 100, 50, 255]);
    const out = crop(img, { x: 0, y: 5, width: 10, height: 5 });
    expect(countColor(out, [200, 100, 50, 255])).toBe(0);
  });

  it('gives a 1×1 image for an empty selection instead of throwing', () => {
    const out = crop(secretImage(), { x: 50, y: 50, width: 3, height: 3 });
    expect([out.width, out.height]).toEqual([1, 1]);
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const bytes = new Uint8Array(33);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    new DataView(bytes.buffer).setUint32(16, 1920);
    new DataView(bytes.buffer).setUint32(20, 1080);
    expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  });

  it('says null for anything else', () => {
    expect(pngSize(new Uint8Array(40))).toBeNull();
    expect(pngSize(new TextEncoder().encode('not a png'))).toBeNull();
  });
});
