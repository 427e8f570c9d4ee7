import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_COLUMNS, SUMMARY_LABELS, summaryRows } from '../../utils/core/calls/export-layout';
import { buildXlsxExport } from '../../utils/core/calls/export-xlsx';
import { callsInPeriod, computeIndicators } from '../../utils/core/calls/indicators';
import { periodOfDays, type DayRange } from '../../utils/core/calls/period';
import {
  convertSheetToCsv,
  findLibreOffice,
  LibreOfficeMissingError,
  parseCsv,
  readSummaryRows,
  summaryFigures,
} from '../e2e-support/xlsx-check';
import { ANNULATION, call, FUSION, GESTION_DEMANDE, GESTION_MENAGE, TZ } from './calls-fixtures';

const RANGE: DayRange = { firstDay: '2025-09-01', lastDay: '2025-09-30' };
const PERIOD = periodOfDays(RANGE, TZ);
const ENTRIES = [
  call('2025-09-02T09:05', 4, { motif: GESTION_DEMANDE, sousMotif: ANNULATION }),
  call('2025-09-03T14:30', 9.5, { motif: GESTION_DEMANDE, sousMotif: ANNULATION }),
  call('2025-09-04T16:45', 12, {
    motif: GESTION_MENAGE,
    sousMotif: FUSION,
    outcome: { kind: 'escalade', ticket: '98765' },
    note: '=HYPERLINK("https://exemple.fr")',
  }),
];
const INDICATORS = computeIndicators(ENTRIES, PERIOD, { timeZone: TZ });

const EXPECTED = {
  from: '01/09/2025',
  to: '30/09/2025',
  departement: 'Seine-Saint-Denis, 93',
  calls: 3,
  medianMinutes: 9.5,
  meanMinutes: 8.5,
  escalationRate: 0.333,
  escalated: 1,
  topMotifs: [
    { rank: 1, libelle: 'Gestion de la demande', count: 2 },
    { rank: 2, libelle: 'Gestion du ménage', count: 1 },
  ],
  topSousMotifs: [
    { rank: 1, libelle: 'Annulation des demandes', motif: 'Gestion de la demande', count: 2 },
    { rank: 2, libelle: 'Fusion des personnes', motif: 'Gestion du ménage', count: 1 },
  ],
};

describe('xlsx-check helper', () => {
  it('parses RFC 4180 CSV: quotes, doubled quotes, commas and line breaks inside, CRLF', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n"f\ng",,h\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['f\ng', '', 'h'],
    ]);
  });

  it('finds the summary figures by label, in the CSV LibreOffice writes', () => {
    // What LibreOffice writes with raw values: the summary rows, comma-separated.
    const rows = summaryRows(INDICATORS, { range: RANGE, departement: EXPECTED.departement });
    const csv = rows
      .map((r) =>
        r.cells.map((c) => (typeof c === 'string' && /[",]/.test(c) ? `"${c}"` : (c ?? ''))),
      )
      .map((cells) => cells.join(','))
      .join('\n');
    expect(summaryFigures(parseCsv(csv))).toEqual(EXPECTED);
  });

  it('says clearly that LibreOffice is missing', async () => {
    expect(findLibreOffice({ PATH: '' })).toBeNull();
    await expect(convertSheetToCsv('/nowhere.xlsx', { env: { PATH: '' } })).rejects.toThrow(
      LibreOfficeMissingError,
    );
    await expect(convertSheetToCsv('/nowhere.xlsx', { env: { PATH: '' } })).rejects.toThrow(
      /apt-get install/,
    );
  });

  // Runs where LibreOffice is installed (the e2e image); skipped elsewhere.
  it.skipIf(!findLibreOffice())(
    'gives back the same numbers through LibreOffice',
    async () => {
      await withExport(async (file) => {
        expect(summaryFigures(await readSummaryRows(file))).toEqual(EXPECTED);
      });
    },
    180_000,
  );

  it.skipIf(!findLibreOffice())(
    'gives back the calls through LibreOffice: dates as dates, a formula-like note as text',
    async (ctx) => {
      await withExport(async (file) => {
        const rows = parseCsv(await convertSheetToCsv(file, { sheet: 2 }));
        // Before 7.2 LibreOffice ignores the sheet token and converts « Synthèse ».
        if (rows[0]?.[0] === SUMMARY_LABELS.title) ctx.skip();
        expect(rows[0]).toEqual(CALL_COLUMNS.map((c) => c.header));
        expect(rows.slice(1).map((r) => r[2])).toEqual(['4', '9.5', '12']);
        // A date format read as such (a bare serial 45902 would mean the format was lost).
        for (const r of rows.slice(1)) expect(r[0]).toMatch(/^\d\d\/\d\d\/2025$/);
        expect(rows[3]?.[8]).toBe('98765');
        expect(rows[3]?.[9]).toBe('=HYPERLINK("https://exemple.fr")');
      });
    },
    180_000,
  );
});

/** Runs `check` on the export of ENTRIES written to a temporary file. */
async function withExport(check: (file: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'ars-export-'));
  try {
    const file = join(dir, 'appels.xlsx');
    const calls = callsInPeriod(ENTRIES, PERIOD);
    const input = { calls, indicators: INDICATORS, range: RANGE, timeZone: TZ };
    await writeFile(file, await buildXlsxExport({ ...input, departement: EXPECTED.departement }));
    await check(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
