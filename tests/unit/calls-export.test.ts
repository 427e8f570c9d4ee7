import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildCsvExport, csvField, CSV_BOM } from '../../utils/core/calls/export-csv';
import {
  CALLS_SHEET,
  SUMMARY_LABELS,
  SUMMARY_SHEET,
  exportFileName,
} from '../../utils/core/calls/export-layout';
import { buildXlsxExport } from '../../utils/core/calls/export-xlsx';
import { callsInPeriod, computeIndicators } from '../../utils/core/calls/indicators';
import { periodOfDays, type DayRange } from '../../utils/core/calls/period';
import { ANNULATION, call, FUSION, GESTION_DEMANDE, GESTION_MENAGE, TZ } from './calls-fixtures';

const RANGE: DayRange = { firstDay: '2025-09-01', lastDay: '2025-09-30' };
const PERIOD = periodOfDays(RANGE, TZ);

const ENTRIES = [
  call('2025-09-02T09:05', 4, { motif: GESTION_DEMANDE, sousMotif: ANNULATION }),
  call('2025-09-03T14:30', 9.5, {
    motif: GESTION_DEMANDE,
    sousMotif: ANNULATION,
    callerType: 'prescripteur',
    outcome: {
      kind: 'oriente-article',
      article: { slug: 'annuler', title: 'Annuler une demande' },
    },
    note: 'Rappel; voir "doublon"',
  }),
  call('2025-09-04T16:45', 12, {
    motif: GESTION_MENAGE,
    sousMotif: FUSION,
    callerType: '115',
    outcome: { kind: 'escalade', ticket: '98765' },
    note: '=HYPERLINK("x")',
  }),
];

const NOW = new Date('2025-10-01T08:00:00Z');

async function exported(entries = ENTRIES, departement = '75') {
  const calls = callsInPeriod(entries, PERIOD);
  const indicators = computeIndicators(entries, PERIOD, { timeZone: TZ });
  const input = { calls, indicators, range: RANGE, departement, timeZone: TZ, now: NOW };
  const bytes = await buildXlsxExport(input);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return { bytes, workbook };
}

/** Column A label → column B value of the summary sheet. */
function summaryValues(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  sheet.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') out.set(label, row.getCell(2).value);
  });
  return out;
}

describe('xlsx export', () => {
  it('is a zip (xlsx) with « Synthèse » first, then « Appels »', async () => {
    const { bytes, workbook } = await exported();
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET, CALLS_SHEET]);
  });

  it('gives back the summary figures in the survey layout', async () => {
    const { workbook } = await exported();
    const sheet = workbook.getWorksheet(SUMMARY_SHEET)!;
    const v = summaryValues(sheet);
    expect(v.get(SUMMARY_LABELS.from)).toBe('01/09/2025');
    expect(v.get(SUMMARY_LABELS.to)).toBe('30/09/2025');
    expect(v.get(SUMMARY_LABELS.departement)).toBe('75');
    expect(v.get(SUMMARY_LABELS.calls)).toBe(3);
    expect(v.get(SUMMARY_LABELS.median)).toBe(9.5);
    expect(v.get(SUMMARY_LABELS.mean)).toBe(8.5);
    expect(v.get(SUMMARY_LABELS.escalationRate)).toBe(0.333);
    expect(v.get(SUMMARY_LABELS.escalated)).toBe(1);
    // Sparse (no row 0, blank rows): Array.from turns holes into empty rows.
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    const motifs = rows.findIndex((r) => r[0] === SUMMARY_LABELS.topMotifs);
    expect(rows.slice(motifs + 1, motifs + 4)).toEqual([
      [SUMMARY_LABELS.rank, SUMMARY_LABELS.motif, SUMMARY_LABELS.count],
      [1, 'Gestion de la demande', 2],
      [2, 'Gestion du ménage', 1],
    ]);
    const sous = rows.findIndex((r) => r[0] === SUMMARY_LABELS.topSousMotifs);
    expect(rows.slice(sous + 2, sous + 4)).toEqual([
      [1, 'Annulation des demandes', 'Gestion de la demande', 2],
      [2, 'Fusion des personnes', 'Gestion du ménage', 1],
    ]);
    expect(
      sheet.getRow(rows.findIndex((r) => r[0] === SUMMARY_LABELS.escalationRate)).getCell(2).numFmt,
    ).toBe('0.0%');
  });

  it('has one row per call with date, time and duration as numbers', async () => {
    const { workbook } = await exported();
    const sheet = workbook.getWorksheet(CALLS_SHEET)!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Date',
      'Heure',
      'Durée (min)',
      'Motif',
      'Sous-motif',
      'Type d’appelant',
      'Issue',
      'Article',
      'Ticket',
      'Note',
    ]);
    const r3 = sheet.getRow(3);
    expect((r3.getCell(1).value as Date).toISOString()).toBe('2025-09-03T00:00:00.000Z');
    // exceljs reads a time-formatted number back as a Date on Excel's epoch day.
    expect((r3.getCell(2).value as Date).toISOString()).toBe('1899-12-30T14:30:00.000Z');
    expect(r3.getCell(3).value).toBe(9.5);
    expect(r3.getCell(6).value).toBe('Prescripteur');
    expect(r3.getCell(7).value).toBe('Orienté vers un article');
    expect(r3.getCell(8).value).toBe('Annuler une demande');
    const r4 = sheet.getRow(4);
    expect([r4.getCell(7).value, r4.getCell(9).value]).toEqual(['Escaladé', '98765']);
    // Text stays text in xlsx: a note that looks like a formula is not run.
    expect(r4.getCell(10).value).toBe('=HYPERLINK("x")');
  });

  it('looks as it did: fonts, number formats, widths, frozen header, autofilter', async () => {
    const { workbook } = await exported();
    const summary = workbook.getWorksheet(SUMMARY_SHEET)!;
    const row = (label: string) =>
      summary.getRow(summary.getColumn(1).values.findIndex((v) => v === label));
    expect(summary.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(row(SUMMARY_LABELS.calls).getCell(1).font?.bold).toBe(true);
    expect(row(SUMMARY_LABELS.median).getCell(2).numFmt).toBe('0.0');
    expect(row(SUMMARY_LABELS.mean).getCell(2).numFmt).toBe('0.0');
    expect(row(SUMMARY_LABELS.escalationRate).getCell(2).numFmt).toBe('0.0%');
    expect(row(SUMMARY_LABELS.topMotifs).getCell(1).font?.bold).toBe(true);
    expect(row(SUMMARY_LABELS.rank).getCell(2).font?.bold).toBe(true);
    expect([1, 2, 3, 4].map((c) => summary.getColumn(c).width)).toEqual([28, 44, 32, 16]);
    expect(summary.views[0]?.state ?? 'normal').toBe('normal');

    const calls = workbook.getWorksheet(CALLS_SHEET)!;
    expect(calls.getRow(1).getCell(10).font?.bold).toBe(true);
    expect(calls.getRow(2).getCell(4).font?.bold).toBeFalsy();
    const r2 = calls.getRow(2);
    expect([1, 2, 3].map((c) => r2.getCell(c).numFmt)).toEqual(['dd/mm/yyyy', 'hh:mm', '0.0']);
    expect(Array.from({ length: 10 }, (_, i) => calls.getColumn(i + 1).width)).toEqual([
      16, 16, 16, 40, 40, 16, 16, 40, 16, 40,
    ]);
    expect(calls.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(calls.autoFilter).toBe('A1:J1');
    expect(workbook.creator).toBe('Assistant Référent SI SIAO');
    expect(workbook.created.toISOString()).toBe(NOW.toISOString());
  });

  it('stores every text as text: no formula element anywhere in the sheets', async () => {
    const { bytes } = await exported();
    const zip = await JSZip.loadAsync(bytes);
    const sheets = await Promise.all(
      [1, 2].map((n) => zip.file(`xl/worksheets/sheet${n}.xml`)!.async('string')),
    );
    for (const xml of sheets) expect(xml).not.toMatch(/<f[ >]/);
    expect(sheets[1]).toContain('<t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t>');
  });

  it('needs no eval: built under node’s --disallow-code-generation-from-strings (the CSP’s stand-in)', async () => {
    // The real module graph (layout, calendar, format, writer, zip), run by tsx in a child node
    // whose flag makes eval and new Function throw; the canary proves the flag was on there.
    const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const url = (path: string) => JSON.stringify(pathToFileURL(join(root, path)).href);
    const script = `
      import { readFileSync } from 'node:fs';
      import { buildXlsxExport } from ${url('utils/core/calls/export-xlsx.ts')};
      import { callsInPeriod, computeIndicators } from ${url('utils/core/calls/indicators.ts')};
      import { periodOfDays } from ${url('utils/core/calls/period.ts')};
      const { entries, range, tz, now } = JSON.parse(readFileSync(0, 'utf8'));
      const period = periodOfDays(range, tz);
      const bytes = await buildXlsxExport({
        calls: callsInPeriod(entries, period),
        indicators: computeIndicators(entries, period, { timeZone: tz }),
        range, departement: '75', timeZone: tz, now: new Date(now),
      });
      let canary = 'eval allowed';
      try { new Function('return 1'); } catch (err) { canary = err.constructor.name; }
      process.stdout.write(JSON.stringify({ canary, xlsx: Buffer.from(bytes).toString('base64') }));`;
    const out = execFileSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        script,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        input: JSON.stringify({ entries: ENTRIES, range: RANGE, tz: TZ, now: NOW.toISOString() }),
      },
    );
    const { canary, xlsx } = JSON.parse(out) as { canary: string; xlsx: string };
    expect(canary).toBe('EvalError');
    // Byte for byte the file this process builds: the child really ran the export.
    const { bytes } = await exported();
    expect(Buffer.from(xlsx, 'base64').equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it('exports an empty period with blank figures, not NaN', async () => {
    const { workbook } = await exported([], '');
    const v = summaryValues(workbook.getWorksheet(SUMMARY_SHEET)!);
    expect(v.get(SUMMARY_LABELS.calls)).toBe(0);
    expect(v.get(SUMMARY_LABELS.median) ?? null).toBeNull();
    expect(v.get(SUMMARY_LABELS.escalationRate) ?? null).toBeNull();
    expect(workbook.getWorksheet(CALLS_SHEET)!.rowCount).toBe(1);
  });

  it('names the file after the period', () => {
    expect(exportFileName(RANGE, 'xlsx')).toBe('appels-2025-09-01-au-2025-09-30.xlsx');
  });
});

describe('csv export', () => {
  const csv = buildCsvExport(callsInPeriod(ENTRIES, PERIOD), TZ);

  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Date;Heure;Durée (min);Motif;Sous-motif;Type d’appelant;Issue;Article;Ticket;Note',
    );
    expect(lines).toHaveLength(5); // header, 3 calls, final empty string after the last CRLF
    expect(lines[1]).toBe(
      '2025-09-02;09:05;4;Gestion de la demande;Annulation des demandes;;Résolu;;;',
    );
  });

  it('quotes per RFC 4180, uses a decimal comma and neutralises formulas', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[2]).toBe(
      '2025-09-03;14:30;9,5;Gestion de la demande;Annulation des demandes;Prescripteur;' +
        'Orienté vers un article;Annuler une demande;;"Rappel; voir ""doublon"""',
    );
    expect(lines[3]?.endsWith(';98765;"\'=HYPERLINK(""x"")"')).toBe(true);
  });

  it('quotes line breaks and edge spaces, leaves plain text alone', () => {
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('Ménage à jour')).toBe('Ménage à jour');
  });

  it('survives a UTF-8 round trip with its accents', () => {
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Gestion du ménage');
  });
});
