/** Text made safe for the XML parts of an .xlsx, and what every part starts with. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** SpreadsheetML's namespace (workbook, sheets, styles). */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** Relationship ids (`r:id`) in the workbook. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `&`, `<`, `>` and `"` as entities: fit for element text and double-quoted attributes. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Code points an XML 1.0 document cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF;
 * lone surrogates — the `u` flag leaves well-formed pairs alone), plus the C1 controls, which it
 * may hold but no one types: a single one would make the whole file unreadable, so they go.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Excel refuses a cell of more characters (« Specifications and limits »). */
export const MAX_CELL_CHARS = 32_767;

/**
 * A cell's text as the spreadsheet should show it, before XML escaping: control characters
 * dropped, line breaks as LF (what Alt+Enter stores; an XML parser would turn a raw CR into LF
 * anyway), cut at Excel's limit without splitting a surrogate pair, and a literal « _x0041_ »
 * written « _x005F_x0041_ » so that readers do not decode it as the character U+0041
 * (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
 */
export function cellText(text: string): string {
  let clean = text.replace(/\r\n?/g, '\n').replace(NOT_TEXT, '');
  if (clean.length > MAX_CELL_CHARS) {
    const high = /[\uD800-\uDBFF]/.test(clean.charAt(MAX_CELL_CHARS - 1));
    clean = clean.slice(0, high ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS);
  }
  return clean.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}
