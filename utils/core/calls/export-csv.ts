import type { CallEntry } from './entry';
import { CALL_COLUMNS, callRows, type CallRow } from './export-layout';

/**
 * The calls of a period as CSV for spreadsheets set up in French: semicolon separators, decimal
 * comma, UTF-8 with a BOM (without it Excel reads the accents as Windows-1252), CRLF line ends and
 * RFC 4180 quoting. One row per call, the same columns as the « Appels » sheet; the summary only
 * exists in the .xlsx, a CSV file having a single table.
 */

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

/** Quotes a field when it holds the separator, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[";\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Free text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe: a note or a title is data, and CSV injection is a known way to abuse exports.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function render(row: CallRow, key: (typeof CALL_COLUMNS)[number]['key']): string {
  if (key === 'durationMin') return String(row.durationMin).replace('.', ',');
  if (key === 'date' || key === 'time') return row[key];
  return neutraliseFormula(row[key]);
}

/** The CSV text, BOM included, of the given calls (in the order given). */
export function buildCsvExport(calls: readonly CallEntry[], timeZone: string): string {
  const lines = [CALL_COLUMNS.map((c) => csvField(c.header)).join(SEPARATOR)];
  for (const row of callRows(calls, timeZone)) {
    lines.push(CALL_COLUMNS.map((c) => csvField(render(row, c.key))).join(SEPARATOR));
  }
  return CSV_BOM + lines.join(EOL) + EOL;
}
