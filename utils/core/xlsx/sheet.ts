import type { CellStyle, StyleSheet } from './styles';
import { cellText, MAIN_NS, XML_DECLARATION, xmlEscape } from './xml';

/**
 * A cell's value. Text is always stored as text (an inline string, never a formula, whatever it
 * starts with); a Date becomes Excel's serial day from its UTC fields (give the cell a date
 * format); null, undefined, '' and non-finite numbers leave the cell blank.
 */
export type CellValue = string | number | Date | null | undefined;

/** A value with its own style, merged over the row's and the column's. */
export interface StyledCell {
  value: CellValue;
  style?: CellStyle;
}

export interface SheetRow {
  cells: ReadonlyArray<CellValue | StyledCell>;
  /** Applies to the whole row, blank cells included (merged over the column's style). */
  style?: CellStyle;
}

export interface SheetColumn {
  /** In characters of the default font, Excel's unit. */
  width: number;
  /** Applies to the column's cells, and to what the person types in it later. */
  style?: CellStyle;
}

export interface SheetSpec {
  /** 1–31 characters, none of : \ / ? * [ ]. */
  name: string;
  columns?: readonly SheetColumn[];
  /** Row 1 first; a row without cells and style is left out but keeps its number. */
  rows: readonly SheetRow[];
  /** Rows that stay in view when scrolling (1 = a header row). */
  frozenRows?: number;
  /** An autofilter on row 1, over the columns (or the widest row). */
  autoFilter?: boolean;
}

/** Excel's column letters: 1 → A, 26 → Z, 27 → AA. */
export function columnName(n: number): string {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) {
    name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  }
  return name;
}

const DAY_MS = 86_400_000;
/** Serial day of 1970-01-01: Excel counts from 1899-12-30 (its 1900 leap-year bug included). */
const UNIX_EPOCH_SERIAL = 25_569;

/** A date as Excel's serial day (fraction = time of day), from its UTC fields. */
export function excelSerial(d: Date): number {
  return d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

function isStyled(cell: CellValue | StyledCell): cell is StyledCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

function merged(...styles: Array<CellStyle | undefined>): CellStyle | undefined {
  const defined = styles.filter((s): s is CellStyle => s !== undefined);
  return defined.length ? Object.assign({}, ...defined) : undefined;
}

/** `<c>` of one cell, or '' when it stays blank and unstyled. */
function cellXml(ref: string, value: CellValue, s: number): string {
  const style = s ? ` s="${s}"` : '';
  const number = value instanceof Date ? excelSerial(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) {
    return `<c r="${ref}"${style}><v>${number}</v></c>`;
  }
  const text = typeof value === 'string' ? cellText(value) : '';
  if (text !== '') {
    const t = xmlEscape(text);
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`;
  }
  // A styled blank keeps its format for what the person types there later.
  return s ? `<c r="${ref}"${style}/>` : '';
}

/** Sheet names Excel accepts; a wrong one would make the whole file unreadable. */
export function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`xlsx: invalid sheet name « ${name} »`);
  }
}

/** `<row>`s of the sheet, and the last row and column holding something. */
function rowsXml(sheet: SheetSpec, styles: StyleSheet) {
  const columnStyles = (sheet.columns ?? []).map((c) => c.style);
  let lastColumn = Math.max(columnStyles.length, 1);
  let lastRow = 1;
  const rows: string[] = [];
  sheet.rows.forEach((row, i) => {
    const r = i + 1;
    const cells = row.cells.map((cell, j) => {
      const { value, style } = isStyled(cell) ? cell : { value: cell, style: undefined };
      const s = styles.id(merged(columnStyles[j], row.style, style));
      return cellXml(`${columnName(j + 1)}${r}`, value, s);
    });
    const rowStyle = row.style ? ` s="${styles.id(row.style)}" customFormat="1"` : '';
    if (!rowStyle && cells.every((c) => c === '')) return;
    rows.push(`<row r="${r}"${rowStyle}>${cells.join('')}</row>`);
    lastRow = r;
    lastColumn = Math.max(lastColumn, row.cells.length);
  });
  return { xml: rows.join(''), lastRow, lastColumn };
}

/** `<sheetView>`: the selected tab, and the frozen top rows with the cursor below them. */
function viewXml(frozen: number, selected: boolean): string {
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
    : '';
  return `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView>`;
}

/** xl/worksheets/sheetN.xml, elements in the order the schema imposes; `selected` = shown first. */
export function sheetXml(sheet: SheetSpec, styles: StyleSheet, selected: boolean): string {
  const { xml, lastRow, lastColumn } = rowsXml(sheet, styles);
  const cols = (sheet.columns ?? []).map((c, j) => {
    const s = c.style ? ` style="${styles.id(c.style)}"` : '';
    return `<col min="${j + 1}" max="${j + 1}" width="${c.width}"${s} customWidth="1"/>`;
  });
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}">` +
    `<dimension ref="A1:${columnName(lastColumn)}${lastRow}"/>` +
    `<sheetViews>${viewXml(sheet.frozenRows ?? 0, selected)}</sheetViews>` +
    // Excel's defaults, written out as Excel does: other readers pick their own otherwise.
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${xml}</sheetData>` +
    (sheet.autoFilter ? `<autoFilter ref="${autoFilterRange(sheet)}"/>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** The autofilter's header cells, « A1:J1 »: as wide as the columns or the widest row. */
export function autoFilterRange(sheet: SheetSpec): string {
  const width = sheet.rows.reduce(
    (w, r) => Math.max(w, r.cells.length),
    sheet.columns?.length ?? 1,
  );
  return `A1:${columnName(Math.max(width, 1))}1`;
}
