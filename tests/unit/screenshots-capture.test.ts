import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SliceRows } from '../../utils/core/image/full-page-plan';
import type { ContentRequest, ScrollInfo } from '../../utils/ext/protocol/content';
import {
  CaptureError,
  captureFullPage,
  captureVisible,
  MIN_CAPTURE_GAP_MS,
  resetCapturePacing,
  type CaptureDeps,
} from '../../utils/ext/screenshots';

/** A minimal PNG (signature + IHDR) of the given size, as captureVisibleTab's data URL. */
function pngDataUrl(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

/** The SI SIAO content script, simulated: a page that scrolls, clamped to its height. */
function fakePage(opts: {
  pageHeight: number;
  viewportHeight?: number;
  dpr?: number;
  scrolls?: boolean;
  /** Mask boxes the page reports (viewport CSS px). */
  boxes?: Array<{ x: number; y: number; w: number; h: number }>;
}) {
  const vh = opts.viewportHeight ?? 800;
  const state = { x: 0, y: opts.scrolls === false ? 0 : 350, masked: false, hidden: false };
  const log: ContentRequest[] = [];
  const info = (): ScrollInfo => ({
    x: state.x,
    y: state.y,
    viewportHeight: vh,
    viewportWidth: 1000,
    pageHeight: opts.pageHeight,
    dpr: opts.dpr ?? 1,
  });
  const handler = async (_tabId: number, message: ContentRequest): Promise<unknown> => {
    log.push(message);
    switch (message.type) {
      case 'maskForCapture':
        state.masked = true;
        return { masked: 6, boxes: opts.boxes };
      case 'unmask':
        state.masked = false;
        state.hidden = false;
        return { masked: 0 };
      case 'scrollState':
        if (message.restore) {
          state.hidden = false;
          state.x = message.restore.x;
          state.y = message.restore.y;
        } else {
          if (message.hideFixed) state.hidden = true;
          if (message.scrollTo !== undefined && opts.scrolls !== false) {
            state.y = Math.min(message.scrollTo, Math.max(0, opts.pageHeight - vh));
          }
        }
        return info();
      default:
        return undefined;
    }
  };
  return { state, log, handler };
}

type Shot = { masked: boolean; y: number; hidden: boolean; at: number };

/** A 1000×800 picture, in the mask colour where `painted` says, white elsewhere. */
function picture(painted: boolean) {
  const data = new Uint8ClampedArray(1000 * 800 * 4).fill(255);
  if (painted) for (let i = 0; i < data.length; i += 4) data.set([30, 30, 30, 255], i);
  return { width: 1000, height: 800, data };
}

function setup(
  page: ReturnType<typeof fakePage>,
  capture?: (shots: Shot[]) => Promise<string>,
  painted: (shot: number) => boolean = () => true,
) {
  let clock = 10_000;
  const sleeps: number[] = [];
  const shots: Shot[] = [];
  const draws: SliceRows[] = [];
  const stitched: Array<{ width: number; height: number; finished?: number }> = [];
  const deps: CaptureDeps = {
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    createStitcher: (width, height) => {
      const entry: (typeof stitched)[number] = { width, height };
      stitched.push(entry);
      return {
        draw: async (_blob, rows) => void draws.push(rows),
        finish: async (h) => {
          entry.finished = h;
          return new Blob(['stitched'], { type: 'image/png' });
        },
      };
    },
    decode: async () => picture(painted(shots.length)),
    injectMasker: async () => undefined,
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
    page.handler as unknown as typeof fakeBrowser.tabs.sendMessage,
  );
  const captureVisibleTab = vi.fn(async () => {
    shots.push({
      masked: page.state.masked,
      y: page.state.y,
      hidden: page.state.hidden,
      at: clock,
    });
    clock += 40;
    if (capture) return capture(shots);
    return pngDataUrl(1000, 800);
  });
  (fakeBrowser.tabs as unknown as Record<string, unknown>).captureVisibleTab = captureVisibleTab;
  return {
    deps,
    sleeps,
    shots,
    draws,
    stitched,
    captureVisibleTab,
    advance: (ms: number) => (clock += ms),
  };
}

let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  resetCapturePacing();
  const tab = await fakeBrowser.tabs.create({ url: 'https://si-siao.example/menages/1' });
  tabId = tab.id!;
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
    async (id: number) =>
      ({ ...tab, id, active: true }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>,
  );
});

afterEach(() => {
  delete (fakeBrowser.tabs as unknown as Record<string, unknown>).captureVisibleTab;
});

describe('captureVisible: the proof on the pixels', () => {
  const boxes = [{ x: 100, y: 100, w: 200, h: 40 }];

  it('keeps a picture where every mask box is painted', async () => {
    const t = setup(fakePage({ pageHeight: 800, boxes }), undefined, () => true);
    const result = await captureVisible(tabId, undefined, t.deps);
    expect(result.masked).toBe(6);
    expect(t.shots).toHaveLength(1);
  });

  it('drops a picture without its masks and takes it once more', async () => {
    const t = setup(fakePage({ pageHeight: 800, boxes }), undefined, (n) => n > 1);
    const result = await captureVisible(tabId, undefined, t.deps);
    expect(t.shots).toHaveLength(2);
    expect(result.blob.type).toBe('image/png');
  });

  it('refuses, with nothing returned, when the masks are missing twice', async () => {
    const page = fakePage({ pageHeight: 800, boxes });
    const t = setup(page, undefined, () => false);
    const err = await captureVisible(tabId, undefined, t.deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaptureError);
    expect((err as Error).message).toContain("Un masque ne s'est pas affiché sur la capture");
    expect(t.shots).toHaveLength(2);
    // The page is unmasked all the same.
    expect(page.log.at(-1)?.type).toBe('unmask');
  });
});

describe('captureVisible', () => {
  it('masks, waits for the repaint, captures a PNG, then unmasks', async () => {
    const page = fakePage({ pageHeight: 3000 });
    const t = setup(page);
    const result = await captureVisible(tabId, undefined, t.deps);
    expect(result).toMatchObject({ masked: 6, width: 1000, height: 800, dpr: 1, warnings: [] });
    expect(result.blob.type).toBe('image/png');
    expect(t.shots).toEqual([expect.objectContaining({ masked: true })]);
    expect(page.log.map((m) => m.type)).toEqual(['maskForCapture', 'scrollState', 'unmask']);
    expect(t.captureVisibleTab).toHaveBeenCalledWith(expect.any(Number), { format: 'png' });
  });

  it('unmasks even when the capture fails, and maps the missing grant (Chrome wording)', async () => {
    const page = fakePage({ pageHeight: 3000 });
    const t = setup(page, async () => {
      throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
    });
    const err = await captureVisible(tabId, undefined, t.deps).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CaptureError);
    expect(err).toMatchObject({ code: 'no-grant' });
    expect((err as Error).message).toContain("Cliquez une fois sur le bouton de l'extension");
    expect(page.log.at(-1)?.type).toBe('unmask');
    expect(page.state.masked).toBe(false);
  });

  it('maps the Firefox wording of the missing grant too', async () => {
    const t = setup(fakePage({ pageHeight: 900 }), async () => {
      throw new Error('Missing activeTab permission');
    });
    await expect(captureVisible(tabId, undefined, t.deps)).rejects.toMatchObject({
      code: 'no-grant',
    });
  });

  it('says not-sisiao when no content script answers, and never captures', async () => {
    const t = setup(fakePage({ pageHeight: 900 }));
    vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(captureVisible(tabId, undefined, t.deps)).rejects.toMatchObject({
      code: 'not-sisiao',
    });
    expect(t.captureVisibleTab).not.toHaveBeenCalled();
  });

  it('refuses to capture when the SI SIAO tab is not the one shown (it would shoot another page)', async () => {
    const t = setup(fakePage({ pageHeight: 900 }));
    vi.mocked(fakeBrowser.tabs.get).mockResolvedValue({
      id: tabId,
      active: false,
      windowId: 1,
    } as never);
    await expect(captureVisible(tabId, undefined, t.deps)).rejects.toMatchObject({
      code: 'tab-hidden',
    });
    expect(t.captureVisibleTab).not.toHaveBeenCalled();
  });

  it('reports other failures as failed, in French, with the cause kept', async () => {
    const page = fakePage({ pageHeight: 900 });
    const t = setup(page, async () => {
      throw new Error('boom');
    });
    const err = (await captureVisible(tabId, undefined, t.deps).catch(
      (e: unknown) => e,
    )) as CaptureError;
    expect(err.code).toBe('failed');
    expect(err.message).toBe('La capture a échoué : boom.');
    expect((err.cause as Error).message).toBe('boom');
    expect(page.state.masked).toBe(false);
  });

  it('paces consecutive captures at least 550 ms apart', async () => {
    const t = setup(fakePage({ pageHeight: 900 }));
    await captureVisible(tabId, undefined, t.deps);
    t.advance(100);
    await captureVisible(tabId, undefined, t.deps);
    expect(t.shots).toHaveLength(2);
    expect(t.shots[1]!.at - t.shots[0]!.at).toBeGreaterThanOrEqual(MIN_CAPTURE_GAP_MS);
  });

  it('retries once after a second when Chrome reports the per-second quota', async () => {
    let calls = 0;
    const t = setup(fakePage({ pageHeight: 900 }), async () => {
      calls++;
      if (calls === 1) {
        throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
      }
      return pngDataUrl(1000, 800);
    });
    await expect(captureVisible(tabId, undefined, t.deps)).resolves.toMatchObject({ height: 800 });
    expect(t.sleeps).toContain(1000);
  });

  it('warns, without losing the picture, when unmasking fails afterwards', async () => {
    const page = fakePage({ pageHeight: 900 });
    const t = setup(page);
    const inner = page.handler;
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation((async (
      id: number,
      m: ContentRequest,
    ) => {
      if (m.type === 'unmask') throw new Error('tab closed');
      return inner(id, m);
    }) as never);
    const result = await captureVisible(tabId, undefined, t.deps);
    expect(result.warnings).toHaveLength(1);
  });
});

describe('captureFullPage', () => {
  it('scrolls, masks every slice, hides fixed headers after the first, stitches and restores', async () => {
    const page = fakePage({ pageHeight: 2000 });
    const t = setup(page);
    const result = await captureFullPage(tabId, undefined, {}, t.deps);
    expect(t.shots.map((s) => s.y)).toEqual([0, 800, 1200]);
    expect(t.shots.every((s) => s.masked)).toBe(true);
    expect(t.shots.map((s) => s.hidden)).toEqual([false, true, true]);
    expect(t.draws).toEqual([
      { sy: 0, dy: 0, rows: 800 },
      { sy: 0, dy: 800, rows: 800 },
      { sy: 400, dy: 1600, rows: 400 },
    ]);
    expect(t.stitched).toEqual([{ width: 1000, height: 2000, finished: 2000 }]);
    expect(result).toMatchObject({
      masked: 6,
      width: 1000,
      height: 2000,
      truncated: false,
      slices: 3,
    });
    // Scroll restored to where the person was, then unmasked, last.
    const tail = page.log.slice(-2);
    expect(tail[0]).toEqual({ type: 'scrollState', restore: { x: 0, y: 350 } });
    expect(tail[1]).toEqual({ type: 'unmask' });
    expect(page.state).toMatchObject({ y: 350, masked: false, hidden: false });
  });

  it('paces slices at least 550 ms apart', async () => {
    const t = setup(fakePage({ pageHeight: 4000 }));
    await captureFullPage(tabId, undefined, {}, t.deps);
    const gaps = t.shots.slice(1).map((s, i) => s.at - t.shots[i]!.at);
    expect(gaps.length).toBe(4);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(MIN_CAPTURE_GAP_MS);
  });

  it('caps the height and says the image was cut', async () => {
    const t = setup(fakePage({ pageHeight: 50_000 }));
    const result = await captureFullPage(tabId, undefined, { maxCssHeight: 2400 }, t.deps);
    expect(result).toMatchObject({ height: 2400, truncated: true, slices: 3 });
  });

  it('stops and says truncated when the window does not scroll (inner scrolling panel)', async () => {
    const t = setup(fakePage({ pageHeight: 3000, scrolls: false }));
    const result = await captureFullPage(tabId, undefined, {}, t.deps);
    expect(result).toMatchObject({ truncated: true, slices: 1, height: 800 });
  });

  it('restores the scroll and unmasks when a slice fails', async () => {
    const page = fakePage({ pageHeight: 3000 });
    const t = setup(page, async (shots) => {
      if (shots.length === 2) throw new Error('Missing host permission for the tab');
      return pngDataUrl(1000, 800);
    });
    await expect(captureFullPage(tabId, undefined, {}, t.deps)).rejects.toMatchObject({
      code: 'no-grant',
    });
    expect(page.state).toMatchObject({ y: 350, masked: false, hidden: false });
    expect(page.log.at(-1)).toEqual({ type: 'unmask' });
  });

  it('stops when aborted, restoring the page all the same', async () => {
    const page = fakePage({ pageHeight: 3000 });
    const controller = new AbortController();
    const t = setup(page, async () => {
      controller.abort();
      return pngDataUrl(1000, 800);
    });
    const err = await captureFullPage(
      tabId,
      undefined,
      { signal: controller.signal },
      t.deps,
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'failed', message: 'Capture annulée.' });
    expect(t.shots).toHaveLength(1);
    expect(page.state).toMatchObject({ y: 350, masked: false });
  });

  it('works in device pixels at 2×', async () => {
    const page = fakePage({ pageHeight: 1000, dpr: 2 });
    const t = setup(page, async () => pngDataUrl(2000, 1600));
    const result = await captureFullPage(tabId, undefined, {}, t.deps);
    expect(t.draws).toEqual([
      { sy: 0, dy: 0, rows: 1600 },
      { sy: 1200, dy: 1600, rows: 400 },
    ]);
    expect(result).toMatchObject({ width: 2000, height: 2000, dpr: 2 });
  });
});
