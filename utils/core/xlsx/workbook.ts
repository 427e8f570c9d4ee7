import { autoFilterRange, checkSheetName, sheetXml, type SheetSpec } from './sheet';
import { StyleSheet } from './styles';
import { MAIN_NS, REL_NS, XML_DECLARATION, xmlEscape } from './xml';
import { zipStore } from './zip';

/**
 * A minimal .xlsx (Office Open XML spreadsheet) writer: plain values, fonts, number formats,
 * column widths, a frozen header and an autofilter — what the exports need. Pure string
 * building: no eval, no `new Function`, no browser API, so it runs under the extension pages'
 * CSP and in node alike. Strings are inline (`t="inlineStr"`), which Excel, LibreOffice and
 * exceljs all read; there is no shared-strings part.
 */

export interface WorkbookSpec {
  /** In tab order; the first is the one shown on opening. */
  sheets: readonly SheetSpec[];
  /** docProps/core.xml's `dc:creator`. */
  creator: string;
  /** Creation date in the file's properties, also the ZIP entries' date. */
  created: Date;
}

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
  );
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    sheets.join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}

function relationships(rels: ReadonlyArray<[type: string, target: string]>): string {
  const items = rels.map(
    ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS}">${items.join('')}</Relationships>`;
}

/** W3CDTF as Office writes it: UTC, whole seconds. */
function w3cdtf(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coreProperties(spec: WorkbookSpec): string {
  const when = w3cdtf(spec.created);
  return (
    `${XML_DECLARATION}<cp:coreProperties ` +
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlEscape(spec.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** A sheet name inside a formula reference: quoted, quotes doubled. */
function quotedSheet(name: string): string {
  return `'${xmlEscape(name.replace(/'/g, "''"))}'`;
}

function workbookXml(sheets: readonly SheetSpec[]): string {
  const entries = sheets.map(
    (s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  // Excel records an autofilter's range in this hidden name as well: written as Excel does.
  const filters = sheets.flatMap((s, i) => {
    if (!s.autoFilter) return [];
    const range = autoFilterRange(s).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${quotedSheet(s.name)}!${range}</definedName>`,
    ];
  });
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${entries.join('')}</sheets>` +
    (filters.length ? `<definedNames>${filters.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

/** The .xlsx file's bytes. Throws on an invalid or repeated sheet name. */
export function writeXlsx(spec: WorkbookSpec): Uint8Array<ArrayBuffer> {
  const names = new Set<string>();
  for (const sheet of spec.sheets) {
    checkSheetName(sheet.name);
    if (names.has(sheet.name.toLowerCase()))
      throw new Error(`xlsx: repeated sheet « ${sheet.name} »`);
    names.add(sheet.name.toLowerCase());
  }
  if (spec.sheets.length === 0) throw new Error('xlsx: a workbook needs at least one sheet');
  const styles = new StyleSheet();
  // Sheets first: they register the styles the styles part then lists.
  const sheets = spec.sheets.map((s, i) => sheetXml(s, styles, i === 0));
  return zipStore(
    [
      { name: '[Content_Types].xml', data: contentTypes(sheets.length) },
      {
        name: '_rels/.rels',
        data: relationships([
          [`${REL_NS}/officeDocument`, 'xl/workbook.xml'],
          [`${PACKAGE_RELS}/metadata/core-properties`, 'docProps/core.xml'],
        ]),
      },
      { name: 'docProps/core.xml', data: coreProperties(spec) },
      { name: 'xl/workbook.xml', data: workbookXml(spec.sheets) },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: relationships([
          ...sheets.map((_, i): [string, string] => [
            `${REL_NS}/worksheet`,
            `worksheets/sheet${i + 1}.xml`,
          ]),
          [`${REL_NS}/styles`, 'styles.xml'],
        ]),
      },
      { name: 'xl/styles.xml', data: styles.xml() },
      ...sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    ],
    spec.created,
  );
}
