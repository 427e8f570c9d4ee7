import ExcelJS from 'exceljs';
import type { CallEntry } from './entry';
import {
  CALL_COLUMNS,
  CALLS_SHEET,
  callRows,
  SUMMARY_SHEET,
  summaryRows,
  type SummaryInput,
  type SummaryRow,
} from './export-layout';
import type { CallIndicators } from './indicators';

/**
 * The period export as an .xlsx workbook, written by exceljs (its browser build in the extension
 * page, its node build in tests: the bundler picks through the package's `browser` field).
 * « Synthèse » is the first sheet on purpose: `libreoffice --convert-to csv` converts only the
 * first sheet unless told otherwise, and a person opening the file sees the figures first.
 */

export interface XlsxExportInput extends SummaryInput {
  /** The ended calls of the period, as `callsInPeriod` returns them. */
  calls: readonly CallEntry[];
  indicators: CallIndicators;
  timeZone: string;
  /** Stamped in the file's properties; defaults to now. */
  now?: Date;
}

const BOLD = { bold: true } as const;
const WIDE: ReadonlySet<string> = new Set(['motif', 'sousMotif', 'article', 'note']);

function addSummarySheet(workbook: ExcelJS.Workbook, rows: SummaryRow[]): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  sheet.columns = [{ width: 28 }, { width: 44 }, { width: 32 }, { width: 16 }];
  for (const row of rows) {
    const added = sheet.addRow(row.cells);
    if (row.kind === 'title') added.font = { bold: true, size: 14 };
    if (row.kind === 'section' || row.kind === 'header') added.font = BOLD;
    if (row.kind === 'minutes') added.getCell(2).numFmt = '0.0';
    if (row.kind === 'percent') added.getCell(2).numFmt = '0.0%';
    // A label in column A reads better bold next to its figure.
    if (row.kind === 'value' || row.kind === 'minutes' || row.kind === 'percent') {
      if (typeof row.cells[0] === 'string') added.getCell(1).font = BOLD;
    }
  }
}

/** 'YYYY-MM-DD' as the date cell Excel stores (exceljs reads a Date's UTC fields). */
function dateCell(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** 'HH:MM' as a fraction of a day, Excel's time value. */
function timeCell(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) / 1440;
}

function addCallsSheet(workbook: ExcelJS.Workbook, input: XlsxExportInput): void {
  const sheet = workbook.addWorksheet(CALLS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CALL_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: WIDE.has(c.key) ? 40 : 16,
  }));
  sheet.getRow(1).font = BOLD;
  for (const row of callRows(input.calls, input.timeZone)) {
    sheet.addRow({ ...row, date: dateCell(row.date), time: timeCell(row.time) });
  }
  sheet.getColumn('date').numFmt = 'dd/mm/yyyy';
  sheet.getColumn('time').numFmt = 'hh:mm';
  sheet.getColumn('durationMin').numFmt = '0.0';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CALL_COLUMNS.length } };
}

/** The part of exceljs used here; a test passes the browser bundle to check it works too. */
export type ExcelLib = Pick<typeof ExcelJS, 'Workbook'>;

/** The workbook's bytes: sheets « Synthèse » then « Appels ». */
export async function buildXlsxExport(
  input: XlsxExportInput,
  excel: ExcelLib = ExcelJS,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new excel.Workbook();
  workbook.creator = 'Assistant Référent SI SIAO';
  workbook.created = input.now ?? new Date();
  addSummarySheet(workbook, summaryRows(input.indicators, input));
  addCallsSheet(workbook, input);
  const buffer = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer, the browser build an ArrayBuffer-like: one type for callers.
  return buffer instanceof Uint8Array
    ? new Uint8Array(buffer)
    : new Uint8Array(buffer as ArrayBuffer);
}
