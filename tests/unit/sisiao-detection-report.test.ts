import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';
import { buildDetectionReport, shape } from '../../utils/sites/sisiao/detection-report';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-defaults';
import { findMaskTargets } from '../../utils/sites/sisiao/masking';
import { loadSavedPage } from '../tools/saved-page';

/**
 * Issue 19: over every SI SIAO fixture page, the detection report holds none of the page's
 * personal data, and detection replayed on the report gives the same IDs as on the page.
 */
interface Page {
  file: string;
  url: string;
  personal: string[];
}

const root = process.cwd();
const read = (dir: string, file: string) => readFileSync(join(root, dir, file), 'utf8');
const json = <T>(dir: string, file: string) => JSON.parse(read(dir, file)) as T;

function pages(): Array<Page & { dir: string }> {
  const out: Array<Page & { dir: string }> = [];
  const saved = json<Record<string, { url: string }>>('tests/fixtures/sisiao', 'expected.json');
  for (const [file, { url }] of Object.entries(saved))
    out.push({ dir: 'tests/fixtures/sisiao', file, url, personal: [] });
  const fresh = json<Record<string, { url: string; masked?: string[] }>>(
    'tests/fixtures/sisiao-fresh',
    'expected.json',
  );
  for (const [file, { url, masked }] of Object.entries(fresh))
    out.push({ dir: 'tests/fixtures/sisiao-fresh', file, url, personal: masked ?? [] });
  const priv = json<{ pages: Array<{ file: string; personal: string[]; url?: string }> }>(
    'tests/fixtures/sisiao-private',
    'cases.json',
  );
  for (const p of priv.pages)
    out.push({
      dir: 'tests/fixtures/sisiao-private',
      file: p.file,
      url: p.url ?? `https://sisiao.test/${p.file.replace(/\.html$/, '')}`,
      personal: p.personal,
    });
  return out;
}

const IDS = ['menageId', 'personneId', 'demandeId'] as const;

describe('detection reports of every SI SIAO fixture page', () => {
  const all = pages();

  it('covers the three fixture sets', () => {
    expect(all.length).toBeGreaterThanOrEqual(45);
  });

  for (const page of all) {
    it(`${page.dir.split('/').pop()}/${page.file}`, () => {
      const doc = loadSavedPage(read(page.dir, page.file), page.url);
      // What the ciblé rules would hide is personal too: every such text, besides the listed ones.
      const targeted = findMaskTargets(doc, DEFAULT_MASKING_RULES, DEFAULT_DETECTION_RULES)
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((t) => t.length >= 4 && !/^\d+$/.test(t));
      const report = buildDetectionReport(
        doc,
        page.url,
        DEFAULT_DETECTION_RULES,
        DEFAULT_MASKING_RULES,
      );
      const text = JSON.stringify(report);
      for (const secret of [...page.personal, ...targeted]) {
        if (secret.length < 3 || shape(secret) === secret) continue;
        expect(text, `« ${secret} » in the report`).not.toContain(secret);
      }
      const onPage = detectContext(doc, page.url, DEFAULT_DETECTION_RULES);
      const replayed = detectContext(
        loadSavedPage(report.html, report.url ?? page.url),
        report.url ?? page.url,
        DEFAULT_DETECTION_RULES,
      );
      for (const field of IDS) expect(replayed[field], field).toBe(onPage[field]);
      expect(report.context.menageId).toBe(onPage.menageId);
    });
  }

  it('traces each field: the sources consulted, their values and what became of them', () => {
    const doc = loadSavedPage(
      read('tests/fixtures/sisiao', 'fiche-menage-historique.html'),
      'https://sisiao.test/menages/9100018',
    );
    const report = buildDetectionReport(
      doc,
      'https://sisiao.test/menages/9100018',
      DEFAULT_DETECTION_RULES,
      DEFAULT_MASKING_RULES,
    );
    const menage = report.trace.find((f) => f.field === 'menageId');
    expect(menage?.steps.find((s) => s.outcome === 'retenue')).toMatchObject({
      how: 'url',
      values: ['9100018'],
    });
  });
});
