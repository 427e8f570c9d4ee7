import { describe, expect, it } from 'vitest';
import {
  ENCODE_POLICY,
  encodeLadder,
  pickEncoding,
  scaledSize,
  type EncodeAttempt,
} from '../../utils/core/image/encode-choice';
import { captureFileName } from '../../utils/core/image/naming';
import {
  alignedStep,
  planFullPage,
  sliceRows,
  sliceSpan,
} from '../../utils/core/image/full-page-plan';

describe('encodeLadder', () => {
  it('tries lossless PNG at full size first', () => {
    expect(encodeLadder(1920, 1080, 1)[0]).toEqual({ mime: 'image/png', scale: 1 });
  });

  it('goes down to CSS-pixel size for 2× captures before the last resorts', () => {
    const ladder = encodeLadder(3840, 2160, 2);
    const scales = ladder.map((a) => a.scale);
    expect(scales.slice(0, 3)).toEqual([1, 1, 1]);
    expect(scales.slice(3, 6)).toEqual([0.5, 0.5, 0.5]);
    expect(ladder[3]?.mime).toBe('image/png');
    expect(Math.min(...scales)).toBeCloseTo(0.5 * ENCODE_POLICY.lastResortScale);
  });

  it('first fits very long images to the maximum side', () => {
    const ladder = encodeLadder(1000, 32_768, 1);
    expect(ladder[0]?.scale).toBe(0.5);
    const [w, h] = scaledSize(1000, 32_768, ladder[0]?.scale ?? 0);
    expect(Math.max(w, h)).toBeLessThanOrEqual(ENCODE_POLICY.maxSide);
  });
});

describe('pickEncoding', () => {
  const png: EncodeAttempt = { mime: 'image/png', scale: 1 };
  const webp: EncodeAttempt = { mime: 'image/webp', quality: 0.92, scale: 1 };

  it('keeps the first outcome that fits', () => {
    const r = pickEncoding(
      [
        { attempt: png, mime: 'image/png', bytes: 900 },
        { attempt: webp, mime: 'image/webp', bytes: 300 },
      ],
      1000,
    );
    expect(r).toEqual({ outcome: expect.objectContaining({ attempt: png }), overLimit: false });
  });

  it('ignores a browser that answered PNG when WebP was asked (no WebP encoder)', () => {
    const r = pickEncoding(
      [
        { attempt: png, mime: 'image/png', bytes: 5000 },
        { attempt: webp, mime: 'image/png', bytes: 5000 },
      ],
      1000,
    );
    expect(r?.overLimit).toBe(true);
    expect(r?.outcome.attempt).toBe(png);
  });

  it('returns the smallest, flagged, when nothing fits; null when nothing was tried', () => {
    const r = pickEncoding(
      [
        { attempt: png, mime: 'image/png', bytes: 5000 },
        { attempt: webp, mime: 'image/webp', bytes: 2000 },
      ],
      1000,
    );
    expect(r).toEqual({ outcome: expect.objectContaining({ bytes: 2000 }), overLimit: true });
    expect(pickEncoding([])).toBeNull();
  });
});

describe('captureFileName', () => {
  it('names files after the page kind, in ASCII kebab-case', () => {
    expect(captureFileName('ficheMenage', 1, 'image/png')).toBe('capture-fiche-menage-1.png');
    expect(captureFileName('Fiche ménage / Évaluation', 2, 'image/webp')).toBe(
      'capture-fiche-menage-evaluation-2.webp',
    );
    expect(captureFileName(null, 0, 'image/jpeg')).toBe('capture-page-1.jpg');
  });
});

describe('planFullPage', () => {
  const page = { viewportHeight: 800, viewportWidth: 1280, dpr: 1 };

  it('plans one slice per viewport until the page is covered', () => {
    expect(planFullPage({ ...page, pageHeight: 2000 })).toEqual({
      height: 2000,
      truncated: false,
      tops: [0, 800, 1600],
    });
  });

  it('caps the height and says so', () => {
    const plan = planFullPage({ ...page, pageHeight: 50_000 });
    expect(plan.height).toBe(12_000);
    expect(plan.truncated).toBe(true);
    expect(plan.tops).toHaveLength(15);
  });

  it('caps earlier at high ratios to keep the canvas within browser limits', () => {
    const plan = planFullPage({ ...page, viewportWidth: 1920, pageHeight: 12_000, dpr: 2 });
    expect(plan.height * 2).toBeLessThanOrEqual(16_384);
    expect(plan.height * 2 * 1920 * 2).toBeLessThanOrEqual(40_000_000);
    expect(plan.truncated).toBe(true);
  });
});

describe('sliceRows', () => {
  it('copies whole slices when the page scrolled where asked', () => {
    expect(sliceRows({ top: 800, end: 1600 }, 800, 800, 1, 800)).toEqual({
      sy: 0,
      dy: 800,
      rows: 800,
    });
  });

  it('skips the overlap of a last slice clamped to the bottom', () => {
    // Page 2000 high, viewport 800: asked 1600, the browser stops at 1200.
    expect(sliceRows({ top: 1600, end: 2000 }, 1200, 800, 1, 800)).toEqual({
      sy: 400,
      dy: 1600,
      rows: 400,
    });
  });

  it('stops at the planned height when the page is capped', () => {
    expect(sliceRows({ top: 800, end: 1000 }, 800, 800, 2, 1600)).toEqual({
      sy: 0,
      dy: 1600,
      rows: 400,
    });
  });

  it('leaves neither gap nor overlap at fractional ratios', () => {
    const scale = 1.25;
    const plan = planFullPage({
      pageHeight: 1923,
      viewportHeight: 641,
      viewportWidth: 800,
      dpr: scale,
    });
    expect(plan.tops).toEqual([0, 640, 1280, 1920]);
    // The browser clamps the last scroll to 1923 - 641 = 1282.
    const actual = [0, 640, 1280, 1282];
    const rows = plan.tops.map((_, i) =>
      sliceRows(sliceSpan(plan, i), actual[i]!, 641, scale, 801)!,
    );
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]!.dy + rows[i - 1]!.rows).toBe(rows[i]!.dy);
    // The slice bitmap holds floor(641 × 1.25) = 801 rows: the last fractional row cannot be had.
    expect(rows[3]!.dy + rows[3]!.rows).toBe(Math.floor(1923 * scale));
  });

  it('aligns the scroll step to whole device pixels', () => {
    expect(alignedStep(800, 1)).toBe(800);
    expect(alignedStep(641, 1.25)).toBe(640);
    expect(alignedStep(641, 1.5)).toBe(640);
    expect(alignedStep(641, 2)).toBe(641);
  });

  it('says null when the page did not scroll (inner scrolling panel)', () => {
    expect(sliceRows({ top: 800, end: 1600 }, 0, 800, 1, 800)).toBeNull();
  });
});
