import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { findMasks } from '../../utils/sites/sisiao/masking';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-rules';
import {
  MaskingLimitError,
  findStrictMasks,
  type StrictFound,
} from '../../utils/sites/sisiao/strict-masking';
import { loadSavedPage } from '../tools/saved-page';

/**
 * Strict masking on saved pages (no layout): every text the ciblé expectations name is covered,
 * and the IDs, labels and messages the page must keep are not. The same pages run in both real
 * browsers in tests/e2e/privacy.e2e.ts, with the pixels checked.
 */

const strict = (doc: Document) =>
  findStrictMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES);

/** The text nodes holding `needle`, and whether the masks (strict and ciblé) cover it there. */
function coverage(doc: Document, found: StrictFound, needle: string): boolean[] {
  const targeted = findMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES);
  const elements = [...found.elements, ...targeted.elements];
  const spans = [...found.spans, ...targeted.spans];
  const out: boolean[] = [];
  const walk = (root: Node) => {
    for (let n = root.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
          const end = at + needle.length;
          const byElement = elements.some((e) => e.contains(n));
          const bySpans = spans
            .filter((s) => s.node === n)
            .some((s) => s.start <= at && s.end >= end);
          out.push(byElement || bySpans);
        }
      } else if (n.nodeType === 1) {
        const el = n as Element;
        // Scripts run in the browser, not here: their text is not on the screen.
        if (/^(script|style|template)$/.test(el.localName)) continue;
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    }
  };
  walk(doc.body);
  return out;
}

interface Case {
  dir: string;
  file: string;
  url: string;
  masked: string[];
  visible: string[];
}

function cases(): Case[] {
  const dir = join(process.cwd(), 'tests/fixtures/sisiao-fresh');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    { url: string; masked?: string[]; visible?: string[] }
  >;
  return Object.entries(expected).map(([file, e]) => ({
    dir,
    file,
    url: e.url,
    masked: e.masked ?? [],
    visible: e.visible ?? [],
  }));
}

describe('findStrictMasks on the layouts of the detection work', () => {
  it.each(cases())('$file: personal data covered, IDs shown', (c) => {
    const doc = loadSavedPage(readFileSync(join(c.dir, c.file), 'utf8'), c.url);
    const found = strict(doc);
    for (const m of c.masked) {
      const cov = coverage(doc, found, m);
      if (cov.length) expect(cov.every(Boolean), `${m} in ${c.file}`).toBe(true);
    }
    for (const v of c.visible.filter((v) => /^\d{5,}$/.test(v))) {
      // An ID shown in a field is not a text node: see the test on fields below.
      const cov = coverage(doc, found, v);
      if (cov.length)
        expect(
          cov.some((x) => !x),
          `${v} stays readable in ${c.file}`,
        ).toBe(true);
    }
  });
});

describe('findStrictMasks on what a deny-list cannot see', () => {
  const page = (body: string) =>
    loadSavedPage(
      `<!doctype html><html><body><header><span>SI SIAO</span> <span>Claire Moreau</span> <span>claire.moreau@siao93.fr</span></header>${body}<footer>Version 8.3.0</footer></body></html>`,
      'https://sisiao.test/personnes/5500417',
    );
  const hides = (doc: Document, needle: string) => coverage(doc, strict(doc), needle);

  it('hides a name in a heading, a card title, a tab, a breadcrumb, a list link and a toast', () => {
    const doc = page(`
      <nav class="breadcrumb"><a>Accueil</a> › <a>Ménages</a> › <span>BERNARD Kévin</span></nav>
      <h1>Fiche personne – DUPONT Marie</h1>
      <div class="card"><div class="card-title">Amadou Diallo</div></div>
      <div role="tablist"><button role="tab">Ngozi OKAFOR</button></div>
      <table><tr><td><a href="#">LEFEBVRE Anaïs</a></td><td>9100234</td></tr></table>
      <div class="toast" role="status">Yasmina HADDAD a été ajoutée au ménage</div>`);
    for (const n of [
      'BERNARD Kévin',
      'DUPONT Marie',
      'Amadou Diallo',
      'Ngozi OKAFOR',
      'LEFEBVRE Anaïs',
      'Yasmina HADDAD',
    ])
      expect(hides(doc, n), n).toEqual([true]);
    expect(hides(doc, '9100234')).toEqual([false]);
    expect(hides(doc, 'Fiche personne')).toEqual([false]);
    expect(hides(doc, 'a été ajoutée au ménage')).toEqual([false]);
  });

  it('hides free text under an unknown heading and values of unknown fields', () => {
    const doc = page(`
      <h2>Synthèse de l'entretien</h2>
      <p>Madame vit dans sa voiture avec ses deux enfants depuis le mois dernier.</p>
      <dl><dt>Employeur</dt><dd>Boulangerie Petitjean</dd><dt>Pays d'origine</dt><dd>Érythrée</dd></dl>`);
    expect(hides(doc, 'vit dans sa voiture')).toEqual([true]);
    expect(hides(doc, 'Boulangerie Petitjean')).toEqual([true]);
    expect(hides(doc, 'Érythrée')).toEqual([true]);
    expect(hides(doc, "Synthèse de l'entretien")).toEqual([false]);
    expect(hides(doc, 'Employeur')).toEqual([false]);
  });

  it('keeps the referent in the banner, and the application error', () => {
    const doc = page(
      `<div role="alert">Erreur : la demande ne peut pas être transmise, le champ « Ressources » est obligatoire.</div>`,
    );
    expect(hides(doc, 'Claire Moreau')).toEqual([false]);
    expect(hides(doc, 'claire.moreau@siao93.fr')).toEqual([false]);
    expect(hides(doc, 'la demande ne peut pas être transmise')).toEqual([false]);
    expect(hides(doc, 'Version 8.3.0')).toEqual([false]);
  });

  it('covers media, frames, fields holding a name and shadow roots it can read', () => {
    const doc = page(`
      <img id="scan" src="data:image/png;base64,AAAA"><canvas id="c"></canvas>
      <iframe id="f" srcdoc="<p>DUPONT</p>"></iframe><video id="v"></video>
      <input id="nom" value="Marie DUPONT"><input id="idm" value="9100234" readonly>
      <select id="p"><option selected>KONATÉ Awa</option></select>
      <x-card id="host"></x-card>`);
    const host = doc.getElementById('host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Tomás GARCÍA</p>';
    const found = strict(doc);
    const ids = found.elements.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['scan', 'c', 'f', 'v', 'nom', 'p']));
    expect(ids).not.toContain('idm');
    expect(hides(doc, 'Tomás GARCÍA')).toEqual([true]);
  });

  it('refuses past its limits instead of leaving the rest unmasked', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<p>Nom ${i}</p>`).join('');
    const doc = page(rows);
    expect(() =>
      findStrictMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES, { maxNodes: 200 }),
    ).toThrow(MaskingLimitError);
    expect(() =>
      findStrictMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES, { maxMasks: 50 }),
    ).toThrow(/zones à masquer/);
    let t = 0;
    expect(() =>
      findStrictMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES, {
        now: () => (t += 5000),
        budgetMs: 1500,
      }),
    ).toThrow(/trop de temps/);
  });
});

describe('findStrictMasks on the privacy suite (saved, no layout)', () => {
  const dir = join(process.cwd(), 'tests/fixtures/sisiao-private');
  let suite: { pages: Array<{ file: string; personal: string[]; visible: string[] }> } | null =
    null;
  try {
    suite = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
  } catch {
    suite = null;
  }
  const pages = suite?.pages ?? [];
  it('has pages', () => expect(pages.length).toBeGreaterThanOrEqual(12));
  it.each(pages)('$file', (p) => {
    const doc = loadSavedPage(readFileSync(join(dir, p.file), 'utf8'), 'https://sisiao.test/app');
    const found = strict(doc);
    const leaks = p.personal.filter((s) => coverage(doc, found, s).some((x) => !x));
    const lost = p.visible.filter((s) => {
      const c = coverage(doc, found, s);
      return c.length > 0 && c.every(Boolean);
    });
    expect(JSON.stringify({ leaks, lost })).toBe(JSON.stringify({ leaks: [], lost: [] }));
  });
});

describe('findMasks (ciblé) fails closed too', () => {
  it('refuses a page past its element limit instead of masking only its start', () => {
    const rows = Array.from({ length: 5200 }, (_, i) => `<span>Ligne ${i}</span>`).join('');
    const doc = loadSavedPage(`<!doctype html><body>${rows}</body>`, 'https://sisiao.test/app');
    expect(() => findMasks(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES)).toThrow(
      MaskingLimitError,
    );
  });
});
