import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnName, excelSerial, writeXlsx, type WorkbookSpec } from '../../utils/core/xlsx';
import { cellText, MAX_CELL_CHARS, xmlEscape } from '../../utils/core/xlsx/xml';

const CREATED = new Date('2025-10-01T08:00:00Z');

function book(overrides: Partial<WorkbookSpec> = {}): WorkbookSpec {
  return {
    creator: 'Assistant Référent SI SIAO',
    created: CREATED,
    sheets: [
      {
        name: 'Feuille',
        columns: [{ width: 12, style: { numFmt: '0.00%' } }, { width: 30 }],
        rows: [
          { cells: ['Titre'], style: { bold: true, fontSize: 14 } },
          { cells: [0.5, '=HYPERLINK("https://exemple.fr")'] },
          { cells: [{ value: 0.25, style: { bold: true } }, '@SUM(1)'] },
          { cells: [] },
          { cells: [new Date(Date.UTC(2025, 8, 3)), null, NaN, ''] },
        ],
      },
    ],
    ...overrides,
  };
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) out.set(file.name, await file.async('string'));
  return out;
}

describe('cell text', () => {
  it('drops characters XML cannot carry, keeps tab, line feed and emoji', () => {
    expect(cellText('a\u0000b\u0007c\u001bd\u0085e\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(cellText('x\uD800y\uDC00z')).toBe('xyz'); // lone surrogates
    expect(cellText('tab\tline\nemoji 😀')).toBe('tab\tline\nemoji 😀');
  });

  it('writes line breaks as LF, as a cell stores them', () => {
    expect(cellText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('escapes a literal _xHHHH_ so that readers do not decode it', () => {
    expect(cellText('code _x0041_ et _x12_')).toBe('code _x005F_x0041_ et _x12_');
  });

  it('stops at Excel’s 32,767 characters without splitting a surrogate pair', () => {
    expect(cellText('a'.repeat(MAX_CELL_CHARS + 10))).toHaveLength(MAX_CELL_CHARS);
    const cut = cellText(`${'a'.repeat(MAX_CELL_CHARS - 1)}😀`);
    expect(cut).toBe('a'.repeat(MAX_CELL_CHARS - 1));
  });

  it('escapes XML markup', () => {
    expect(xmlEscape('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('addresses and dates', () => {
  it('names columns as Excel does', () => {
    expect([1, 10, 26, 27, 52, 702, 703, 16384].map(columnName)).toEqual([
      'A',
      'J',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('gives Excel serial days (1900 system) from UTC fields', () => {
    expect(excelSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(excelSerial(new Date(Date.UTC(2025, 8, 3)))).toBe(45903);
    expect(excelSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(excelSerial(new Date(Date.UTC(2025, 8, 3, 18)))).toBe(45903.75);
  });
});

describe('writeXlsx', () => {
  it('writes the parts of a minimal workbook, each declared in [Content_Types].xml', async () => {
    const files = await parts(writeXlsx(book()));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const types = files.get('[Content_Types].xml') ?? '';
    for (const part of ['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/styles.xml']) {
      expect(types).toContain(`PartName="${part}"`);
    }
    const core = files.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:creator>Assistant Référent SI SIAO</dc:creator>');
    expect(core).toContain('>2025-10-01T08:00:00Z</dcterms:created>');
  });

  it('stores text as inline strings, never as a formula', async () => {
    const sheet = (await parts(writeXlsx(book()))).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain(
      '<c r="B2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;https://exemple.fr&quot;)</t></is></c>',
    );
    expect(sheet).not.toMatch(/<f[ >]/);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(writeXlsx(book()).buffer);
    const cell = read.worksheets[0]!.getCell('B2');
    expect([cell.type, cell.value]).toEqual([
      ExcelJS.ValueType.String,
      '=HYPERLINK("https://exemple.fr")',
    ]);
    expect(read.worksheets[0]!.getCell('B3').value).toBe('@SUM(1)');
  });

  it('leaves null, NaN and empty text blank; dates become serial days', async () => {
    const sheet = (await parts(writeXlsx(book()))).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<row r="5"><c r="A5" s="');
    expect(sheet).toMatch(/<c r="A5" s="\d+"><v>45903<\/v><\/c><\/row>/);
    expect(sheet).not.toContain('r="4"'); // the empty row keeps its number but is not written
  });

  it('gives each distinct style one cellXfs entry; custom formats from 164', async () => {
    const styles = (await parts(writeXlsx(book()))).get('xl/styles.xml') ?? '';
    // Built-in 0.00% (10) needs no numFmt; bold 14, bold 11 and the default font.
    expect(styles).not.toContain('<numFmts');
    expect(styles).toContain('<fonts count="3">');
    const twoFormats = writeXlsx(
      book({
        sheets: [
          {
            name: 'F',
            rows: [
              {
                cells: [
                  { value: 1, style: { numFmt: '0.0' } },
                  { value: 2, style: { numFmt: 'hh:mm' } },
                  { value: 3, style: { numFmt: '0.0' } },
                ],
              },
            ],
          },
        ],
      }),
    );
    const s2 = (await parts(twoFormats)).get('xl/styles.xml') ?? '';
    expect(s2).toContain(
      '<numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="hh:mm"/>',
    );
    expect(s2).toContain('<cellXfs count="3">');
    const sheet = (await parts(twoFormats)).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain(
      '<c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>2</v></c><c r="C1" s="1">',
    );
  });

  it('refuses sheet names Excel would refuse, and repeated ones', () => {
    const named = (...names: string[]) =>
      book({ sheets: names.map((name) => ({ name, rows: [] })) });
    expect(() => writeXlsx(named('a/b'))).toThrow(/invalid sheet name/);
    expect(() => writeXlsx(named('x'.repeat(32)))).toThrow(/invalid sheet name/);
    expect(() => writeXlsx(named("'quoted"))).toThrow(/invalid sheet name/);
    expect(() => writeXlsx(named('Appels', 'APPELS'))).toThrow(/repeated/);
    expect(() => writeXlsx(named())).toThrow(/at least one/);
    expect(() => writeXlsx(named('Synthèse', 'L’équipe & co'))).not.toThrow();
  });

  it('quotes the sheet name in the autofilter’s defined name', async () => {
    const spec = book({
      sheets: [{ name: "Jo's & co", rows: [{ cells: ['a', 'b', 'c'] }], autoFilter: true }],
    });
    const workbook = (await parts(writeXlsx(spec))).get('xl/workbook.xml') ?? '';
    expect(workbook).toContain(
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Jo\'\'s &amp; co\'!$A$1:$C$1</definedName>',
    );
  });
});
