/**
 * How a screenshot is encoded before it is stored and attached: data plus one pure function, so
 * the choice is visible and tested, and the browser side (utils/ext/image-codec.ts) only executes.
 *
 * Why PNG first. The pictures are SI SIAO screens: flat colours and small text, read by the
 * national team to find an ID, a date or an error message. A lossless format keeps every glyph
 * and keeps the mask colour exact (#1e1e1e, which the end-to-end test checks pixel by pixel).
 * Lossy codecs in canvas (`toBlob`) subsample chroma and ring around glyph edges; they are the
 * fallback for when a lossless file is too large (long full pages), not the default.
 *
 * Measured by the encoder bench (tests/bench/screenshot-encode.ts, `npm run bench`), Chromium,
 * a 1280×900 capture of a demo SI SIAO page, CI run of 2026-12-05 (median of 3 encodes):
 *   encoding      bytes     ms    mean err (levels)   % px off > 32
 *   png           109,837   10    0                   0
 *   webp 0.92      50,244   101   0.27                0.43
 *   webp 0.8       38,960   96    0.43                0.43
 *   jpeg 0.92     102,234   29    0.40                0.49
 *   jpeg 0.8       78,994   18    0.64                0.53
 * PNG is exact and the fastest at this size; WebP halves the bytes at ten times the time, so it
 * stays the fallback for pages too large in PNG, as ordered below.
 */

export type ImageMime = 'image/png' | 'image/webp' | 'image/jpeg';

/** One way to encode: a format, a quality for the lossy ones, and a scale applied first. */
export interface EncodeAttempt {
  mime: ImageMime;
  /** 0–1, for WebP and JPEG only. */
  quality?: number;
  /** Factor applied to the captured size (1 = as captured, in device pixels). */
  scale: number;
}

/** A lossy rung: tried at a given fraction of the CSS-pixel size. */
interface Rung {
  mime: ImageMime;
  quality?: number;
}

export const ENCODE_POLICY = {
  /**
   * At most 4 MiB a file: the support team receives the ticket by e-mail, where 25 MB in total is
   * the common limit, and an escalation may carry up to six captures.
   */
  maxBytes: 4 * 1024 * 1024,
  /** Longest side of a stored image; beyond it the image is scaled down before anything else. */
  maxSide: 16_384,
  /** Tried at full resolution, then at CSS-pixel size when the capture was taken at a higher ratio. */
  rungs: [
    { mime: 'image/png' },
    { mime: 'image/webp', quality: 0.92 },
    // JPEG only matters where WebP encoding is missing (canvas then silently returns PNG).
    { mime: 'image/jpeg', quality: 0.92 },
  ] satisfies Rung[],
  /** Last resorts, at 75 % of CSS-pixel size: text is still legible there, barely. */
  lastResort: [
    { mime: 'image/webp', quality: 0.8 },
    { mime: 'image/jpeg', quality: 0.8 },
  ] satisfies Rung[],
  lastResortScale: 0.75,
} as const;

/** File extension for a MIME type, for names like `capture-fiche-menage-1.png`. */
export function extensionOf(mime: ImageMime): 'png' | 'webp' | 'jpg' {
  return mime === 'image/png' ? 'png' : mime === 'image/webp' ? 'webp' : 'jpg';
}

/**
 * The attempts to make, in order, for an image of `width`×`height` device pixels captured at
 * `dpr`. The caller encodes each in turn and keeps the first that fits `maxBytes` (see
 * `pickEncoding`). Downscale rule: never below CSS-pixel size except as a last resort, because
 * that is the size the text was drawn at; first step is the fit to `maxSide`.
 */
export function encodeLadder(width: number, height: number, dpr: number): EncodeAttempt[] {
  const fit = Math.min(1, ENCODE_POLICY.maxSide / Math.max(width, height, 1));
  const css = Math.min(fit, 1 / Math.max(1, dpr));
  const scales = css < fit ? [fit, css] : [fit];
  const attempts: EncodeAttempt[] = [];
  for (const scale of scales) {
    for (const r of ENCODE_POLICY.rungs) attempts.push({ ...r, scale });
  }
  for (const r of ENCODE_POLICY.lastResort) {
    attempts.push({ ...r, scale: css * ENCODE_POLICY.lastResortScale });
  }
  return attempts;
}

/** What an attempt produced: the MIME actually returned (a browser may fall back to PNG). */
export interface EncodeOutcome {
  attempt: EncodeAttempt;
  mime: string;
  bytes: number;
}

/**
 * The outcome to keep: the first whose format is the one asked for and whose size fits, else the
 * smallest one with `overLimit: true` so the caller can say the file is large rather than fail.
 */
export function pickEncoding(
  outcomes: readonly EncodeOutcome[],
  maxBytes: number = ENCODE_POLICY.maxBytes,
): { outcome: EncodeOutcome; overLimit: boolean } | null {
  const honest = outcomes.filter((o) => o.mime === o.attempt.mime);
  const fits = honest.find((o) => o.bytes <= maxBytes);
  if (fits) return { outcome: fits, overLimit: false };
  const pool = honest.length ? honest : outcomes;
  const smallest = [...pool].sort((a, b) => a.bytes - b.bytes)[0];
  return smallest ? { outcome: smallest, overLimit: true } : null;
}

/** Scaled pixel size, at least 1×1. */
export function scaledSize(width: number, height: number, scale: number): [number, number] {
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}
