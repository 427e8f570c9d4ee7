import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SisiaoContextSchema } from '../../utils/core/context';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';
import { findMasks } from '../../utils/sites/sisiao/masking';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-rules';
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

/** What a mask over an element hides: its text and the values of the fields in it. */
function shown(el: Element): string {
  const fields = [el, ...Array.from(el.querySelectorAll('input'))].filter(
    (f) => f.localName === 'input',
  );
  return [el.textContent ?? '', ...fields.map((f) => (f as HTMLInputElement).value)].join(' ');
}

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

describe('findMasks on fresh SI SIAO layouts', () => {
  for (const [file, { url, masked, visible }] of Object.entries(pages)) {
    if (!masked.length && !visible.length) continue;
    it(file, () => {
      const { elements, spans } = findMasks(
        load(file, url),
        DEFAULT_MASKING_RULES,
        DEFAULT_DETECTION_RULES,
      );
      const pieces = spans.map((s) => s.node.data.slice(s.start, s.end));
      const covered = (t: string) =>
        elements.some((e) => shown(e).includes(t)) || pieces.some((p) => p.includes(t));
      expect(
        masked.filter((t) => !covered(t)),
        'left unmasked',
      ).toEqual([]);
      expect(visible.filter(covered), 'IDs under a mask').toEqual([]);
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

  it('masks the live elements of a fiche shaded by a modal, not copies of them', () => {
    const doc = page(
      '<div id="app" aria-hidden="true"><dl><dt>Nom</dt><dd id="nom">TEST Usager</dd></dl></div>' +
        '<div role="dialog" aria-modal="true"><p>Confirmer ?</p></div>',
    );
    const { elements } = findMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES);
    expect(elements).toContain(doc.getElementById('nom'));
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

describe('tabs and panels closed without ARIA', () => {
  const page = (body: string): Document =>
    loadSavedPage(
      `<!DOCTYPE html><html><head><title>Fiche ménage | SI SIAO</title></head><body>${body}</body></html>`,
      'https://sisiao.test/app/',
    );
  const pair = (label: string, value: string) => `<dl><dt>${label}</dt><dd>${value}</dd></dl>`;

  it('reads the open Bootstrap tab, not the inactive one holding another ménage', () => {
    const doc = page(
      '<ul class="nav nav-tabs"><li class="active"><a href="#m1" data-toggle="tab">Ménage</a></li><li><a href="#m2" data-toggle="tab">Ménage lié</a></li></ul>' +
        `<div class="tab-content"><div class="tab-pane active" id="m1">${pair('N° ménage', '9100018')}</div>` +
        `<div class="tab-pane" id="m2">${pair('N° ménage', '9100099')}</div></div>`,
    );
    const ctx = detectContext(doc, 'https://sisiao.test/app/', DEFAULT_DETECTION_RULES);
    expect(ctx.menageId).toBe('9100018');
  });

  it('skips a folded panel, an AngularJS ng-hide and an inline display: none', () => {
    for (const closed of [
      '<div class="collapse">',
      '<div class="ng-hide">',
      '<div style="display: none">',
    ]) {
      const doc = page(
        `<main>${pair('N° de demande', '7700512')}${closed}${pair('N° de demande', '7700999')}</div></main>`,
      );
      const ctx = detectContext(doc, 'https://sisiao.test/app/', DEFAULT_DETECTION_RULES);
      expect(ctx.demandeId, closed).toBe('7700512');
    }
  });

  it('on a live page, skips a label the browser does not draw (a tab hidden by a stylesheet)', () => {
    const doc = page(
      `<main>${pair('N° de demande', '7700512')}<div class="onglet-inactif">${pair('N° de demande', '7700999')}</div></main>`,
    );
    const hidden = doc.querySelector('.onglet-inactif')!;
    // happy-dom has no layout: stand in for the browser's (a width, and what it draws).
    let width = 1280;
    Object.defineProperty(doc.documentElement, 'clientWidth', { get: () => width });
    for (const el of doc.querySelectorAll('*'))
      Object.assign(el, { checkVisibility: () => !hidden.contains(el) });
    expect(detectContext(doc, 'https://sisiao.test/app/', DEFAULT_DETECTION_RULES).demandeId).toBe(
      '7700512',
    );
    // Without a layout (a saved page, a copy), nothing can be said of the stylesheet: both count.
    width = 0;
    expect(
      detectContext(doc, 'https://sisiao.test/app/', DEFAULT_DETECTION_RULES).demandeId,
    ).toBeNull();
  });

  it('still reads a navbar collapse, open on wide screens without a class', () => {
    const doc = page(
      `<nav class="navbar"><div class="navbar-collapse collapse">${pair('N° de demande', '7700512')}</div></nav>`,
    );
    const ctx = detectContext(doc, 'https://sisiao.test/app/', DEFAULT_DETECTION_RULES);
    expect(ctx.demandeId).toBe('7700512');
  });
});

describe('virtualised grids', () => {
  it('masks the name column by aria-colindex when cells are laid out in another order, never the ID', () => {
    const doc = loadSavedPage(
      `<!DOCTYPE html><html><head><title>Ménages | SI SIAO</title></head><body><main>
      <div role="grid" class="ag-root">
        <div role="row" class="ag-header-row">
          <div role="columnheader" aria-colindex="1">ID ménage</div>
          <div role="columnheader" aria-colindex="2">Nom</div>
        </div>
        <div role="row" class="ag-row"><div role="gridcell" aria-colindex="2" id="name1">Martin</div><div role="gridcell" aria-colindex="1" id="id1">9100018</div></div>
        <div role="row" class="ag-row ag-row-pinned-left"><div role="gridcell" aria-colindex="1" id="id2">9100019</div></div>
        <div role="row" class="ag-row ag-row-center"><div role="gridcell" aria-colindex="2" id="name2">Bernard</div></div>
      </div></main></body></html>`,
      'https://sisiao.test/menages',
    );
    const { elements } = findMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES);
    expect(elements).toEqual(
      expect.arrayContaining([doc.getElementById('name1'), doc.getElementById('name2')]),
    );
    expect(elements).not.toContain(doc.getElementById('id1'));
    expect(elements).not.toContain(doc.getElementById('id2'));
  });
});
