import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SisiaoContextSchema } from '../../utils/core/context';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';
import { loadSavedPage } from '../tools/saved-page';

// Under the happy-dom environment import.meta.url is not a file URL: resolve from the root.
const dir = join(process.cwd(), 'tests/fixtures/sisiao');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  { url: string; expected: Record<string, unknown> & { found?: Record<string, string> } }
>;

describe('detectContext on saved pages of the mock SI SIAO', () => {
  it('has at least 14 saved pages with expectations', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(14);
  });

  for (const [file, { url, expected: want }] of Object.entries(expected)) {
    it(file, () => {
      const doc = loadSavedPage(readFileSync(join(dir, file), 'utf8'), url);
      const ctx = detectContext(doc, url, DEFAULT_DETECTION_RULES);
      expect(SisiaoContextSchema.safeParse(ctx).success).toBe(true);
      const { found, ...fields } = want;
      expect(ctx).toMatchObject(fields);
      if (found) expect(ctx.found).toMatchObject(found);
    });
  }
});
