import {
  encodeLadder,
  pickEncoding,
  scaledSize,
  type EncodeAttempt,
  type EncodeOutcome,
  type ImageMime,
} from '../core/image/encode-choice';
import type { SliceRows } from '../core/image/full-page-plan';
import type { RgbaImage } from '../core/image/rgba';

/**
 * Browser-side pixels: decode a Blob to RGBA for the editor, encode RGBA or a bitmap to a Blob in
 * the format chosen by utils/core/image/encode-choice.ts, stitch full-page slices. Uses
 * OffscreenCanvas so it works in the side panel and in a service worker alike.
 */

/** The bytes of a `data:` URL (what `captureVisibleTab` returns) as a Blob, without a fetch. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const [, mime = 'application/octet-stream', base64, payload = ''] = match;
  const text = base64 ? atob(payload) : decodeURIComponent(payload);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/**
 * Decodes without colour management or premultiplication: the editor must see the bytes that were
 * captured, so a mask drawn there is the exact colour checked by the tests.
 */
async function toBitmap(blob: Blob): Promise<ImageBitmap> {
  return createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  return ctx;
}

/** A Blob (PNG, WebP, JPEG) as RGBA pixels for the editor. */
export async function decodeToRgba(blob: Blob): Promise<RgbaImage> {
  const bitmap = await toBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = context2d(canvas);
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data };
  } finally {
    bitmap.close();
  }
}

function rgbaCanvas(img: RgbaImage): OffscreenCanvas {
  const canvas = new OffscreenCanvas(img.width, img.height);
  const data = new Uint8ClampedArray(img.data);
  context2d(canvas).putImageData(new ImageData(data, img.width, img.height), 0, 0);
  return canvas;
}

async function encodeCanvas(source: OffscreenCanvas, attempt: EncodeAttempt): Promise<Blob> {
  const [w, h] = scaledSize(source.width, source.height, attempt.scale);
  let canvas = source;
  if (w !== source.width || h !== source.height) {
    canvas = new OffscreenCanvas(w, h);
    const ctx = context2d(canvas);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, w, h);
  }
  return canvas.convertToBlob({ type: attempt.mime, quality: attempt.quality });
}

/** The stored form of an image: the encoded file and its pixel size. */
export interface EncodedImage {
  blob: Blob;
  mime: ImageMime;
  width: number;
  height: number;
  /** True when even the last attempt is above the per-file maximum. */
  overLimit: boolean;
}

/**
 * Encodes following the ladder of encode-choice.ts: attempts in order, stopping at the first that
 * fits. `dpr` is the ratio the capture was taken at (1 for an image that was already edited at
 * CSS size is fine too: it only allows a downscale to CSS pixels).
 */
export async function encodeForStorage(
  source: Blob | RgbaImage,
  dpr: number,
): Promise<EncodedImage> {
  const canvas =
    source instanceof Blob ? rgbaCanvas(await decodeToRgba(source)) : rgbaCanvas(source);
  const outcomes: Array<EncodeOutcome & { blob: Blob }> = [];
  for (const attempt of encodeLadder(canvas.width, canvas.height, dpr)) {
    const blob = await encodeCanvas(canvas, attempt);
    outcomes.push({ attempt, mime: blob.type, bytes: blob.size, blob });
    const picked = pickEncoding(outcomes);
    if (picked && !picked.overLimit) break;
  }
  const picked = pickEncoding(outcomes);
  if (!picked) throw new Error('Encoding produced nothing');
  const chosen = outcomes.find((o) => o === picked.outcome) ?? outcomes[0]!;
  const [width, height] = scaledSize(canvas.width, canvas.height, chosen.attempt.scale);
  return {
    blob: chosen.blob,
    mime: chosen.attempt.mime,
    width,
    height,
    overLimit: picked.overLimit,
  };
}

/** Builds a full-page image from captured slices, in device pixels. */
export interface Stitcher {
  /** Copies `rows.rows` rows of the slice, from its row `sy`, to row `dy` of the image. */
  draw(slice: Blob, rows: SliceRows): Promise<void>;
  /** The image, cut to `height` rows (slices may cover less than planned), as PNG. */
  finish(height: number): Promise<Blob>;
}

/** A stitcher on an OffscreenCanvas of `width`×`height` device pixels. */
export function createCanvasStitcher(width: number, height: number): Stitcher {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = context2d(canvas);
  return {
    async draw(slice, { sy, dy, rows }) {
      const bitmap = await toBitmap(slice);
      try {
        const w = Math.min(width, bitmap.width);
        ctx.drawImage(bitmap, 0, sy, w, rows, 0, dy, w, rows);
      } finally {
        bitmap.close();
      }
    },
    async finish(rows) {
      if (rows >= height) return canvas.convertToBlob({ type: 'image/png' });
      const out = new OffscreenCanvas(width, Math.max(1, rows));
      context2d(out).drawImage(canvas, 0, 0);
      return out.convertToBlob({ type: 'image/png' });
    },
  };
}
