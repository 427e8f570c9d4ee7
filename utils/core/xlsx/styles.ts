import { MAIN_NS, XML_DECLARATION, xmlEscape } from './xml';

/** How a cell looks: what the exports need and nothing more. */
export interface CellStyle {
  bold?: boolean;
  /** Font size in points; 11 (Excel's default) when absent. */
  fontSize?: number;
  /** Excel number format code: '0.0', '0.0%', 'dd/mm/yyyy', 'hh:mm'… */
  numFmt?: string;
}

/** Formats Excel knows by number (ECMA-376 Part 1, §18.8.30); 14–22 follow the locale, so not here. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};
/** Custom formats are numbered from 164, as Excel does. */
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT_SIZE = 11;

function fontXml(bold: boolean, size: number): string {
  return `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="Calibri"/><family val="2"/></font>`;
}

/**
 * The workbook's styles part, built as cells ask for styles: each distinct style becomes one
 * `cellXfs` entry, whose index is what a cell's `s` attribute holds (0 = the default).
 */
export class StyleSheet {
  private readonly fonts = new Map<string, number>([[`false|${DEFAULT_FONT_SIZE}`, 0]]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['0|0', 0]]);

  /** The `s` index of `style`; 0 for none. */
  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    const fontKey = `${style.bold === true}|${style.fontSize ?? DEFAULT_FONT_SIZE}`;
    const fontId = this.fonts.get(fontKey) ?? this.fonts.size;
    this.fonts.set(fontKey, fontId);
    const numFmtId = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const key = `${fontId}|${numFmtId}`;
    const id = this.xfs.get(key) ?? this.xfs.size;
    this.xfs.set(key, id);
    return id;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const id = this.formats.get(code) ?? FIRST_CUSTOM_FORMAT + this.formats.size;
    this.formats.set(code, id);
    return id;
  }

  /** xl/styles.xml. Two fills and one border are required by Excel even when unused. */
  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`,
    );
    const fonts = [...this.fonts.keys()].map((k) => {
      const [bold, size] = k.split('|');
      return fontXml(bold === 'true', Number(size));
    });
    const xfs = [...this.xfs.keys()].map((k) => {
      const [fontId, numFmtId] = k.split('|');
      const apply = `${fontId === '0' ? '' : ' applyFont="1"'}${numFmtId === '0' ? '' : ' applyNumberFormat="1"'}`;
      return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${apply}/>`;
    });
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
      '<fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
