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

describe('layout rules behind the fresh pages', () => {
  const page = (body: string, title = 'SI SIAO') =>
    loadSavedPage(
      `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
      'https://sisiao.test/app/',
    );
  const row = (label: string, field: string) =>
    `<div class="row"><div class="col"><label>${label}</label></div><div class="col">${field}</div></div>`;

  it("never reads the next row's field for a label whose own field gives nothing", () => {
    const doc = page(
      `<form>${row('N° de demande', '<input value="7700561">')}${row('Identifiant ménage', '<input readonly value="9100061">')}</form>`,
    );
    const ctx = detectContext(doc, 'https://sisiao.test/app/', DEFAULT_DETECTION_RULES);
    // The demande's field is editable (what someone types is not the context): no demande ID.
    expect(ctx).toMatchObject({ demandeId: null, menageId: '9100061' });
  });

  it('a malformed mailto: in the banner does not cost the rest of the context', () => {
    const doc = page(
      '<header><a href="mailto:%E0">Contact</a></header><main><h1>Fiche ménage</h1></main><footer>Version 8.2.0</footer>',
    );
    const ctx = detectContext(doc, 'https://sisiao.test/menages/9100062', DEFAULT_DETECTION_RULES);
    expect(ctx).toMatchObject({
      menageId: '9100062',
      userEmail: null,
      appVersion: '8.2.0',
      pageKind: 'fiche-menage',
      pageTitle: 'Fiche ménage',
    });
  });
});
