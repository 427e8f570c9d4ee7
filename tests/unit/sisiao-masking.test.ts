import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMasks, findMaskTargets, findMaskTextSpans } from '../../utils/sites/sisiao/masking';
import { DEFAULT_MASKING_RULES, mergeMaskingRules } from '../../utils/sites/sisiao/masking-rules';
import { loadSavedPage } from '../tools/saved-page';

const dir = join(process.cwd(), 'tests/fixtures/sisiao');
const load = (file: string, url = 'https://sisiao.test/app') =>
  loadSavedPage(readFileSync(join(dir, file), 'utf8'), url);
const masked = (doc: Document) =>
  findMaskTargets(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES);
const text = (els: Element[]) =>
  els.map((e) => e.textContent ?? (e as HTMLInputElement).value).join(' | ');
const covers = (els: Element[], needle: string) =>
  els.some((e) => (e.textContent ?? '').includes(needle));

describe('findMaskTargets', () => {
  it('masks names, dates of birth, addresses, phones and comments on a fiche ménage, never IDs', () => {
    const els = masked(load('fiche-menage-dl.html'));
    const t = text(els);
    for (const s of [
      'Usager Test',
      '01/02/1985',
      "1 rue de l'Exemple",
      '06 12 34 56 70',
      'hébergé chez un tiers',
      'Enfant',
    ]) {
      expect(t).toContain(s);
    }
    for (const id of ['9100018', '8800041', '8800042']) expect(covers(els, id)).toBe(false);
  });

  it('masks form fields of identity but not the read-only ID', () => {
    const els = masked(load('fiche-menage-readonly-input.html'));
    const names = els.map((e) => e.getAttribute('name'));
    expect(names).toEqual(expect.arrayContaining(['nom', 'prenom', 'dateNaissance', 'email']));
    expect(names).not.toContain('idMenage');
  });

  it('masks table cells under personal columns, leaves the ID column', () => {
    const els = masked(load('fiche-menage-th-td.html'));
    expect(covers(els, 'Usager Test')).toBe(true);
    expect(covers(els, '06 12 34 56 78')).toBe(true);
    expect(covers(els, '9100018')).toBe(false);
    expect(covers(els, '8800041')).toBe(false);
  });

  it("does not mask the connected referent's own header, but masks a usager's e-mail", () => {
    const doc = load('usager-email-in-fiche.html');
    const els = masked(doc);
    expect(covers(els, 'usager.test@exemple.invalid')).toBe(true);
    const own = masked(load('fiche-menage-dl.html'));
    expect(covers(own, 'referent.test@siao-test.fr')).toBe(false);
  });

  it('uses text spans when a name shares its text with an ID', () => {
    const doc = load('multi-inline.html');
    const spans = findMaskTextSpans(doc, mergeOk({ labels: ['Usager'] }), DEFAULT_DETECTION_RULES);
    expect(covers(masked(doc), '9100018')).toBe(false);
    expect(spans.every((s) => !s.node.data.slice(s.start, s.end).includes('9100018'))).toBe(true);
  });

  it('with the default rules, covers the name of a line that also holds an ID, and not the ID', () => {
    const doc = load('multi-inline.html');
    doc
      .querySelector('main')!
      .insertAdjacentHTML(
        'beforeend',
        '<p id="inline">Nom : Dupont Marie — ID ménage : 9100018</p>',
      );
    const { elements, spans } = findMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES);
    const line = doc.getElementById('inline')!;
    expect(elements.some((e) => e === line || e.contains(line))).toBe(false);
    const covered = spans
      .filter((s) => line.contains(s.node))
      .map((s) => s.node.data.slice(s.start, s.end));
    expect(covered.join(' ')).toContain('Dupont Marie');
    expect(covered.join(' ')).not.toContain('9100018');
  });

  it('throws rather than answer « nothing to mask » when the page cannot be read', () => {
    const doc = load('multi-inline.html');
    Object.defineProperty(doc, 'body', {
      get: () => {
        throw new Error('page illisible');
      },
    });
    expect(() => findMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES)).toThrow();
  });

  it('adds configured rules (a selector) and rejects bad ones in French', () => {
    const doc = load('attributes-only.html');
    const rules = mergeOk({ selectors: ['.membres li'] });
    expect(covers(findMaskTargets(doc, rules, DEFAULT_DETECTION_RULES), 'Enfant Test')).toBe(true);
    const bad = mergeMaskingRules({ selectorz: [] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('« masking.selectorz » : clé inconnue');
  });
});

function mergeOk(patch: unknown) {
  const r = mergeMaskingRules(patch);
  if (!r.ok) throw new Error(r.error);
  return r.rules;
}
