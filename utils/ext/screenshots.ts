import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { MessageKey } from '../i18n';
import { said, type Said } from '../i18n/said';
import type { MaskRefusal } from '../sites/sisiao/masking-limit';
import { planFullPage, sliceRows, sliceSpan } from '../core/image/full-page-plan';
import { hexColor, MASK_COLOR, type MaskBox, unpaintedMasks } from '../core/image/mask-proof';
import { pngSize } from '../core/image/png-size';
import type { RgbaImage } from '../core/image/rgba';
import { createCanvasStitcher, dataUrlToBlob, decodeToRgba, type Stitcher } from './image-codec';
import {
  askTab,
  ContentRefusal,
  MaskResultSchema,
  ScrollInfoSchema,
  type ContentRequest,
  type ScrollInfo,
} from './protocol/content';

/**
 * Screenshots of the SI SIAO tab with personal data masked on the page before the picture is
 * taken. Order matters for privacy: masks first, wait for them to be painted, capture, and always
 * remove them afterwards — even when the capture fails.
 */

/** Why a capture failed; the panel shows `message` and may offer a remedy per code. */
export type CaptureErrorCode = 'no-grant' | 'not-sisiao' | 'tab-hidden' | 'failed';

const MESSAGES: Record<Exclude<CaptureErrorCode, 'failed'>, string> = {
  'no-grant':
    "Cliquez une fois sur le bouton de l'extension dans la barre d'outils, sur l'onglet du SI SIAO, pour autoriser la capture.",
  'not-sisiao':
    "Cet onglet n'est pas une page du SI SIAO prise en charge par l'extension (ou il a été rechargé depuis) : affichez la page du SI SIAO, rechargez-la si besoin, puis réessayez.",
  'tab-hidden':
    "L'onglet du SI SIAO doit rester affiché au premier plan pendant la capture : revenez sur cet onglet puis réessayez.",
};

/** The masking refusals the panel has words for (utils/sites/sisiao/masking-limit.ts). */
const REFUSALS = new Set<string>([
  'pageTooLarge',
  'tooManyFields',
  'tooManyMasks',
  'tooSlow',
  'noRules',
  'modalOnTop',
] satisfies MaskRefusal[]);

const SAID: Record<Exclude<CaptureErrorCode, 'failed'>, MessageKey> = {
  'no-grant': 'capNoGrant',
  'not-sisiao': 'capNotSisiao',
  'tab-hidden': 'capTabHidden',
};

/**
 * A capture failure: a code for the remedy, `said` for the panel (in the person's language), and
 * the French `message` for logs.
 */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
  readonly said: Said;
  constructor(
    readonly code: CaptureErrorCode,
    message: string,
    options?: { cause?: unknown; said?: Said },
  ) {
    super(message, options);
    this.said =
      options?.said ??
      (code === 'failed'
        ? said('capFailed', { detail: message.replace(/\.$/, '') })
        : said(SAID[code]));
  }
}

/** A captured image (PNG, device pixels) and how many zones were masked on the page. */
export interface CaptureResult {
  blob: Blob;
  masked: number;
  width: number;
  height: number;
  /** Device pixel ratio of the capture: lets the encoder scale down to CSS pixels if needed. */
  dpr: number;
  /** Cleanup problems after a successful capture (masks or scroll not restored). */
  warnings: Said[];
}

export interface FullPageResult extends CaptureResult {
  /** True when the page was taller than what the image holds. */
  truncated: boolean;
  slices: number;
}

export interface FullPageOptions {
  /** Height cap in CSS px (default 12,000, see full-page-plan.ts). */
  maxCssHeight?: number;
  /** Stops between slices; the page is restored and unmasked all the same. */
  signal?: AbortSignal;
}

/** Seams for tests; the defaults are the real clock and an OffscreenCanvas. */
export interface CaptureDeps {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  createStitcher: (width: number, height: number) => Stitcher;
  /** Pixels of a picture, for the proof that the masks are on it. */
  decode: (blob: Blob) => Promise<RgbaImage>;
  /** Puts the masker in the tab (entrypoints/sisiao-mask), once per capture. */
  injectMasker: (tabId: number) => Promise<void>;
}

const defaultDeps: CaptureDeps = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  createStitcher: createCanvasStitcher,
  decode: decodeToRgba,
  injectMasker: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/sisiao-mask.js'] });
  },
};

/**
 * Chrome allows two `captureVisibleTab` calls a second per extension
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND) and rejects the third; 550 ms keeps a margin.
 */
export const MIN_CAPTURE_GAP_MS = 550;
/** The content script answers in two animation frames; anything slower means it is stuck. */
const ASK_TIMEOUT_MS = 5000;
let lastShotAt = Number.NEGATIVE_INFINITY;

/** Forgets the time of the last capture (tests). */
export function resetCapturePacing(): void {
  lastShotAt = Number.NEGATIVE_INFINITY;
}

/** Captures the visible area of the SI SIAO tab, masked. */
export async function captureVisible(
  tabId: number,
  windowId?: number,
  deps: CaptureDeps = defaultDeps,
): Promise<CaptureResult> {
  const win = await activeWindowOf(tabId, windowId);
  await inject(tabId, deps);
  return withMasks(tabId, async (mask) => {
    const { shot, masked, info } = await provenShot(tabId, win, deps, mask);
    return { blob: shot.blob, masked, width: shot.width, height: shot.height, dpr: info.dpr };
  });
}

/**
 * Captures the whole page of the SI SIAO tab by scrolling and stitching, masked. Fixed and sticky
 * headers appear once, at the top; the scroll position is restored; the height is capped.
 */
export async function captureFullPage(
  tabId: number,
  windowId?: number,
  opts: FullPageOptions = {},
  deps: CaptureDeps = defaultDeps,
): Promise<FullPageResult> {
  const win = await activeWindowOf(tabId, windowId);
  await inject(tabId, deps);
  let start: ScrollInfo | null = null;
  const restore = async () => {
    if (start)
      await ask(
        tabId,
        { type: 'scrollState', restore: { x: start.x, y: start.y } },
        ScrollInfoSchema,
      );
  };
  return withMasks(
    tabId,
    async (mask) => {
      start = await ask(tabId, { type: 'scrollState' }, ScrollInfoSchema);
      const plan = planFullPage(start, opts.maxCssHeight);
      let stitcher: Stitcher | null = null;
      let scale = start.dpr;
      let covered = 0;
      let slices = 0;
      let masked = 0;
      let truncated = plan.truncated;
      for (let i = 0; i < plan.tops.length; i++) {
        opts.signal?.throwIfAborted();
        const span = sliceSpan(plan, i);
        await ask(
          tabId,
          { type: 'scrollState', scrollTo: span.top, hideFixed: i > 0 },
          ScrollInfoSchema,
        );
        // Re-placed at each position: overlays follow the document, but anything in a fixed
        // header, or content that moved, needs them recomputed where it is now.
        const proven = await provenShot(tabId, win, deps, mask);
        const { shot, info } = proven;
        masked = Math.max(masked, proven.masked);
        if (!stitcher) {
          scale = shot.width / info.viewportWidth;
          stitcher = deps.createStitcher(shot.width, Math.round(plan.height * scale));
        }
        const rows = sliceRows(span, info.y, info.viewportHeight, scale, shot.height);
        if (!rows) {
          // The window did not scroll (the page scrolls an inner panel): keep what we have.
          truncated = true;
          break;
        }
        await stitcher.draw(shot.blob, rows);
        covered = Math.max(covered, rows.dy + rows.rows);
        slices++;
      }
      if (!stitcher || covered === 0) throw new Error('no slice captured');
      const blob = await stitcher.finish(covered);
      const width = Math.round(start.viewportWidth * scale);
      return { blob, masked, width, height: covered, dpr: scale, truncated, slices };
    },
    restore,
  );
}

/** The masker in the tab; a tab where it cannot run is not a SI SIAO page we may capture. */
async function inject(tabId: number, deps: CaptureDeps): Promise<void> {
  try {
    await deps.injectMasker(tabId);
  } catch (err) {
    throw toCaptureError(err);
  }
}

type Masker = () => Promise<{ masked: number; boxes: MaskBox[] }>;

/** Refused when a mask is not on the picture, even after one more try. */
const UNPAINTED =
  "Un masque ne s'est pas affiché sur la capture : l'image a été détruite et la capture refusée. Réessayez ; si cela se reproduit, utilisez l'éditeur pour masquer à la main après une capture en mode ciblé.";

/**
 * Masks, then the picture, then the proof that every mask box is painted in the picture. A picture
 * that fails is dropped (it never leaves this function) and taken once more with the masks placed
 * again; a second failure refuses the capture.
 */
async function provenShot(
  tabId: number,
  win: number,
  deps: CaptureDeps,
  mask: Masker,
): Promise<{
  shot: { blob: Blob; width: number; height: number };
  masked: number;
  info: ScrollInfo;
}> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const { masked, boxes } = await mask();
    const info = await ask(tabId, { type: 'scrollState' }, ScrollInfoSchema);
    const shot = await shoot(tabId, win, deps);
    if (!boxes.length) return { shot, masked, info };
    const pixels = await deps.decode(shot.blob);
    const scale = pixels.width / info.viewportWidth;
    if (unpaintedMasks(pixels, boxes, scale, hexColor(MASK_COLOR)) === 0)
      return { shot, masked, info };
  }
  throw new CaptureError('failed', UNPAINTED, { said: said('capUnpainted') });
}

/** Runs `work` with masks placed by its `mask()` and always removed after, scroll restored first. */
async function withMasks<T extends object>(
  tabId: number,
  work: (mask: Masker) => Promise<T>,
  restore?: () => Promise<void>,
): Promise<T & { warnings: Said[] }> {
  const mask: Masker = async () => {
    const r = await ask(tabId, { type: 'maskForCapture' }, MaskResultSchema);
    return { masked: r.masked, boxes: r.boxes ?? [] };
  };
  let result: T | undefined;
  let failure: unknown;
  try {
    result = await work(mask);
  } catch (err) {
    failure = err;
  }
  const warnings: Said[] = [];
  if (restore) await restore().catch(() => warnings.push(said('capScrollNotRestored')));
  await ask(tabId, { type: 'unmask' }, MaskResultSchema).catch(() =>
    warnings.push(said('capMasksLeft')),
  );
  if (failure !== undefined || !result) throw toCaptureError(failure);
  return { ...result, warnings };
}

/** The window to capture, after checking the tab is the one shown there (see `shoot`). */
async function activeWindowOf(tabId: number, windowId?: number): Promise<number> {
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch (err) {
    throw new CaptureError('not-sisiao', MESSAGES['not-sisiao'], { cause: err });
  }
  if (!tab) throw new CaptureError('not-sisiao', MESSAGES['not-sisiao']);
  if (!tab.active || (windowId !== undefined && tab.windowId !== windowId)) {
    throw new CaptureError('tab-hidden', MESSAGES['tab-hidden']);
  }
  return tab.windowId;
}

/**
 * One paced `captureVisibleTab`. It photographs whatever tab is active in the window, not a given
 * tab: if the person switched tabs meanwhile, the picture would be an unmasked other page. So the
 * tab is checked before and after, and a picture taken while it was hidden is thrown away.
 */
async function shoot(
  tabId: number,
  windowId: number,
  deps: CaptureDeps,
): Promise<{ blob: Blob; width: number; height: number }> {
  for (let attempt = 0; ; attempt++) {
    const wait = lastShotAt + MIN_CAPTURE_GAP_MS - deps.now();
    if (wait > 0) await deps.sleep(wait);
    await activeWindowOf(tabId, windowId);
    lastShotAt = deps.now();
    try {
      const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
      await activeWindowOf(tabId, windowId);
      const blob = dataUrlToBlob(dataUrl);
      const size = pngSize(new Uint8Array(await blob.arrayBuffer()));
      if (!size) throw new Error('the browser returned something other than a PNG');
      return { blob, ...size };
    } catch (err) {
      // Another part of the extension may have captured just before: wait a full second, once.
      if (attempt === 0 && /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(errorText(err))) {
        await deps.sleep(1000);
        continue;
      }
      throw err;
    }
  }
}

async function ask<T>(tabId: number, request: ContentRequest, schema: z.ZodType<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${request.type}`)), ASK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([askTab(tabId, request, schema), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : (JSON.stringify(err) ?? '');
}

/**
 * Maps what the browser said to a code. Chrome: "Either the '<all_urls>' or 'activeTab'
 * permission is required." / "The 'activeTab' permission is not in effect because this extension
 * has not been in invoked." Firefox: "Missing activeTab permission" / "Missing host permission for
 * the tab". No content script: "Could not establish connection. Receiving end does not exist."
 * or an empty answer (zod rejects it).
 */
export function toCaptureError(err: unknown): CaptureError {
  if (err instanceof CaptureError) return err;
  if (err instanceof ContentRefusal && err.code && REFUSALS.has(err.code)) {
    const key = `capRefused_${err.code}` as MessageKey;
    return new CaptureError('failed', err.message, { cause: err, said: said(key, err.vars) });
  }
  const text = errorText(err);
  if (/activeTab|<all_urls>|host permission/i.test(text)) {
    return new CaptureError('no-grant', MESSAGES['no-grant'], { cause: err });
  }
  if (
    err instanceof z.ZodError ||
    /receiving end does not exist|could not establish connection/i.test(text)
  ) {
    return new CaptureError('not-sisiao', MESSAGES['not-sisiao'], { cause: err });
  }
  if (err instanceof DOMException && err.name === 'AbortError') {
    return new CaptureError('failed', 'Capture annulée.', {
      cause: err,
      said: said('capCancelled'),
    });
  }
  const detail = text.replace(/\.$/, '');
  return new CaptureError('failed', `La capture a échoué : ${detail || 'erreur inconnue'}.`, {
    cause: err,
    said: detail ? said('capFailed', { detail }) : said('capFailedUnknown'),
  });
}
