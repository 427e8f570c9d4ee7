/**
 * Encoder bench: how large and how slow each candidate encoding is on a real capture, and how far
 * its pixels drift from the capture (lossy codecs blur text). Runs inside a real browser page, the
 * only place where canvas encoders exist; the bench runner drives it with Playwright/Puppeteer.
 * Figures feed the decision in utils/core/image/encode-choice.ts.
 */
import type { BenchEntry } from './bench-entry';

/** Candidates compared (PNG is the lossless reference). */
export const ENCODINGS = [
  { label: 'png', mime: 'image/png' },
  { label: 'webp-q0.8', mime: 'image/webp', quality: 0.8 },
  { label: 'webp-q0.92', mime: 'image/webp', quality: 0.92 },
  { label: 'jpeg-q0.8', mime: 'image/jpeg', quality: 0.8 },
  { label: 'jpeg-q0.92', mime: 'image/jpeg', quality: 0.92 },
] as const;

interface PageResult {
  label: string;
  /** MIME the browser actually produced (it silently falls back to PNG when it cannot encode). */
  mime: string;
  bytes: number;
  ms: number;
  meanError: number;
  /** Share of pixels off by more than 32 levels on some channel: ringing around glyphs. */
  farOffPct: number;
}

/** Runs in the page: decode the capture, encode it each way (median of 3), measure drift. */
const IN_PAGE = (pngDataUrl: string, encodings: typeof ENCODINGS, runs: number) => `(async () => {
  const img = new Image();
  img.src = ${JSON.stringify(pngDataUrl)};
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(img, 0, 0);
  const ref = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const toBlob = (mime, quality) =>
    new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave null'))), mime, quality));
  const out = [];
  for (const e of ${JSON.stringify(encodings)}) {
    const times = [];
    let blob;
    for (let i = 0; i < ${runs}; i++) {
      const t0 = performance.now();
      blob = await toBlob(e.mime, e.quality);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const back = await createImageBitmap(blob);
    const c2 = document.createElement('canvas');
    c2.width = back.width;
    c2.height = back.height;
    const x2 = c2.getContext('2d', { willReadFrequently: true });
    x2.drawImage(back, 0, 0);
    const got = x2.getImageData(0, 0, c2.width, c2.height).data;
    let sum = 0, far = 0;
    for (let i = 0; i < ref.length; i += 4) {
      let worst = 0;
      for (let k = 0; k < 3; k++) {
        const d = Math.abs(ref[i + k] - got[i + k]);
        sum += d;
        if (d > worst) worst = d;
      }
      if (worst > 32) far++;
    }
    const pixels = ref.length / 4;
    out.push({ label: e.label, mime: blob.type, bytes: blob.size, ms: times[Math.floor(times.length / 2)],
      meanError: sum / (pixels * 3), farOffPct: (100 * far) / pixels });
  }
  return { width: canvas.width, height: canvas.height, out };
})()`;

/**
 * Encodes `pngDataUrl` (a capture of a demo page) in `page` as PNG, WebP q 0.8/0.92 and JPEG
 * q 0.8/0.92, and returns per encoding: size (bytes), encode time (ms, median of 3), mean pixel
 * error (levels 0–255) and the share of pixels off by more than 32 levels (%). An encoding the
 * browser cannot do is reported with `-unsupported` in its name instead of a misleading size.
 */
export async function runScreenshotEncodeBench(
  page: { evaluate: <T>(fn: string) => Promise<T> },
  pngDataUrl: string,
): Promise<Array<BenchEntry & { better: 'lower' }>> {
  const result = await page.evaluate<{ width: number; height: number; out: PageResult[] }>(
    IN_PAGE(pngDataUrl, ENCODINGS, 3),
  );
  const entries: Array<BenchEntry & { better: 'lower' }> = [];
  const add = (name: string, value: number, unit: string) =>
    entries.push({ name, value: Math.round(value * 1000) / 1000, unit, better: 'lower' });
  const size = `${result.width}x${result.height}`;
  for (const r of result.out) {
    const asked = ENCODINGS.find((e) => e.label === r.label)?.mime;
    const label = r.mime === asked ? r.label : `${r.label}-unsupported`;
    add(`screenshot-encode ${size} ${label} size`, r.bytes, 'bytes');
    add(`screenshot-encode ${size} ${label} encode time`, r.ms, 'ms');
    add(`screenshot-encode ${size} ${label} mean error`, r.meanError, 'levels');
    add(`screenshot-encode ${size} ${label} pixels off >32`, r.farOffPct, '%');
  }
  return entries;
}
