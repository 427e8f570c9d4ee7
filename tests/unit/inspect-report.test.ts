import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { buildDetectionReport } from '../../utils/sites/sisiao/detection-report';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-defaults';
import { loadSavedPage } from '../tools/saved-page';

/** Issue 19: `npm run inspect -- report.json` replays detection on a report from the field. */
describe('inspect on a detection report', () => {
  it('gives the IDs the référent’s extension found', () => {
    const url = 'https://sisiao.test/app/';
    const doc = loadSavedPage(
      readFileSync('tests/fixtures/sisiao/fiche-demande-aria.html', 'utf8'),
      url,
    );
    const report = buildDetectionReport(doc, url, DEFAULT_DETECTION_RULES, DEFAULT_MASKING_RULES);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ars-report-')), 'rapport.json');
    writeFileSync(file, JSON.stringify(report));
    const run = spawnSync('npx', ['tsx', 'tests/tools/inspect.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      context: { demandeId: string | null };
      report: { sameIds: boolean };
    };
    expect(out.context.demandeId).toBe('5500123');
    expect(out.report.sameIds).toBe(true);
  }, 30_000);

  it('refuses a file that is not a report, in French', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ars-report-')), 'autre.json');
    writeFileSync(file, '{"version": 1}');
    const run = spawnSync('npx', ['tsx', 'tests/tools/inspect.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/n'est pas un rapport de détection/);
  }, 30_000);
});
