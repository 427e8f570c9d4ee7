import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SisiaoContextSchema } from '../../utils/core/context';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';
import { loadSavedPage } from '../tools/saved-page';

/**
 * SI SIAO layouts the detector was not written against (Angular Material cards and overlays, ARIA
 * tabs, Bootstrap grids, IDs in the title or a breadcrumb, card lists, a modal over a fiche…). The
 * expectations were written before the detector was run on these pages.
 */
const dir = join(process.cwd(), 'tests/fixtures/sisiao-fresh');
const pages = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  {
    url: string;
    expected: Record<string, unknown> & { found?: Record<string, string> };
    /** Texts that must be under a mask (an element or a piece of text). */
    masked: string[];
    /** IDs that no mask may cover. */
    visible: string[];
  }
>;

const load = (file: string, url: string) =>
  loadSavedPage(readFileSync(join(dir, file), 'utf8'), url);

describe('detectContext on fresh SI SIAO layouts', () => {
  it('has at least 10 fresh pages', () => {
    expect(Object.keys(pages).length).toBeGreaterThanOrEqual(10);
  });

  for (const [file, { url, expected: want }] of Object.entries(pages)) {
    it(file, () => {
      const ctx = detectContext(load(file, url), url, DEFAULT_DETECTION_RULES);
      expect(SisiaoContextSchema.safeParse(ctx).success).toBe(true);
      const { found, ...fields } = want;
      expect(ctx).toMatchObject(fields);
      if (found) expect(ctx.found).toMatchObject(found);
    });
  }
});
