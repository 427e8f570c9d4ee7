/** A minimal .xlsx writer (see workbook.ts) and the ZIP writer under it. */
export type { CellStyle } from './styles';
export type { CellValue, SheetColumn, SheetRow, SheetSpec, StyledCell } from './sheet';
export { columnName, excelSerial } from './sheet';
export { writeXlsx, type WorkbookSpec } from './workbook';
export { crc32, zipStore, type ZipEntry } from './zip';
