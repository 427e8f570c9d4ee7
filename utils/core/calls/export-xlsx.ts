import { type CellStyle, type SheetRow, type SheetSpec, writeXlsx } from '../xlsx';
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
 * The period export as an .xlsx workbook, written by our own small writer (utils/core/xlsx): the
 * extension pages' CSP forbids eval, and the store's reviewers ask about every `new Function`.
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

const BOLD: CellStyle = { bold: true };
const TITLE: CellStyle = { bold: true, fontSize: 14 };
const MINUTES: CellStyle = { numFmt: '0.0' };
const PERCENT: CellStyle = { numFmt: '0.0%' };
const WIDE: ReadonlySet<string> = new Set(['motif', 'sousMotif', 'article', 'note']);
const CALL_COLUMN_STYLES: Readonly<Record<string, CellStyle>> = {
  date: { numFmt: 'dd/mm/yyyy' },
  time: { numFmt: 'hh:mm' },
  durationMin: MINUTES,
};

function summaryRow(row: SummaryRow): SheetRow {
  if (row.kind === 'title') return { cells: row.cells, style: TITLE };
  if (row.kind === 'section' || row.kind === 'header') return { cells: row.cells, style: BOLD };
  const figure = row.kind === 'minutes' ? MINUTES : row.kind === 'percent' ? PERCENT : undefined;
  return {
    cells: row.cells.map((value, i) => {
      // A label in column A reads better bold next to its figure.
      if (i === 0 && typeof value === 'string') return { value, style: BOLD };
      return i === 1 && figure ? { value, style: figure } : value;
    }),
  };
}

function summarySheet(rows: SummaryRow[]): SheetSpec {
  return {
    name: SUMMARY_SHEET,
    columns: [{ width: 28 }, { width: 44 }, { width: 32 }, { width: 16 }],
    rows: rows.map(summaryRow),
  };
}

/** 'YYYY-MM-DD' as the date cell Excel stores (the writer reads a Date's UTC fields). */
function dateCell(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** 'HH:MM' as a fraction of a day, Excel's time value. */
function timeCell(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return ((h ?? 0) * 60 + (m ?? 0)) / 1440;
}

function callsSheet(input: XlsxExportInput): SheetSpec {
  const rows = callRows(input.calls, input.timeZone).map((row): SheetRow => {
    const values = { ...row, date: dateCell(row.date), time: timeCell(row.time) };
    return { cells: CALL_COLUMNS.map((c) => values[c.key]) };
  });
  return {
    name: CALLS_SHEET,
    columns: CALL_COLUMNS.map((c) => ({
      width: WIDE.has(c.key) ? 40 : 16,
      style: CALL_COLUMN_STYLES[c.key],
    })),
    rows: [{ cells: CALL_COLUMNS.map((c) => c.header), style: BOLD }, ...rows],
    frozenRows: 1,
    autoFilter: true,
  };
}

/** The workbook's bytes: sheets « Synthèse » then « Appels ». */
export function buildXlsxExport(input: XlsxExportInput): Promise<Uint8Array<ArrayBuffer>> {
  // Still a promise: callers await it, and a later writer may compress asynchronously.
  return Promise.resolve(
    writeXlsx({
      sheets: [summarySheet(summaryRows(input.indicators, input)), callsSheet(input)],
      creator: 'Assistant Référent SI SIAO',
      created: input.now ?? new Date(),
    }),
  );
}
