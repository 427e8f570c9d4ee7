/**
 * For the e2e run: reads an exported .xlsx back through LibreOffice (Debian's `libreoffice` /
 * `soffice`), as a referent's spreadsheet would, and returns the « Synthèse » sheet's rows.
 *
 * Which sheet gets converted: `soffice --convert-to csv` writes the FIRST sheet only, unless the
 * CSV filter's 12th token names one (N = N-th sheet, -1 = all, one file per sheet named
 * `<file>-<Sheet>.csv`), which exists since LibreOffice 7.2 only. The export therefore puts
 * « Synthèse » first, so the default conversion works on every version (Debian 11 ships 7.0); the
 * token is used only when another sheet is asked for.
 *
 * Numbers come back raw (token 9 « save cell contents as shown » = false): the rate is 0.333, not
 * « 33.3% », whatever the machine's locale.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { SUMMARY_LABELS } from '../../utils/core/calls/export-layout';

const run = promisify(execFile);

/** The LibreOffice binary: `$LIBREOFFICE_BIN`, else `libreoffice` or `soffice` on the PATH. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.LIBREOFFICE_BIN) return env.LIBREOFFICE_BIN;
  for (const name of ['libreoffice', 'soffice']) {
    for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

/** Thrown when no LibreOffice binary can be found, with how to install it. */
export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      'LibreOffice not found (neither `libreoffice` nor `soffice` on the PATH): install Debian’s ' +
        'package (`apt-get install -y --no-install-recommends libreoffice-calc`) or set ' +
        'LIBREOFFICE_BIN to the binary.',
    );
    this.name = 'LibreOfficeMissingError';
  }
}

/** Which sheet to convert, how long to wait, and the environment to find the binary in. */
export interface ConvertOptions {
  /** 1-based sheet number; omitted = the first sheet (any LibreOffice version). */
  sheet?: number;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** CSV filter options: comma, double quote, UTF-8, from row 1, raw values; token 12 = sheet. */
function filterOptions(sheet: number | undefined): string {
  const base = '44,34,76,1,,1033,false,true,false,false,false';
  return `csv:Text - txt - csv (StarCalc):${sheet === undefined ? base : `${base},${sheet}`}`;
}

/** The CSV text LibreOffice makes of one sheet of `xlsxPath`. */
export async function convertSheetToCsv(
  xlsxPath: string,
  opts: ConvertOptions = {},
): Promise<string> {
  const bin = findLibreOffice(opts.env);
  if (!bin) throw new LibreOfficeMissingError();
  const dir = await mkdtemp(join(tmpdir(), 'ars-xlsx-check-'));
  try {
    // A private profile: a second LibreOffice (or a desktop one) would otherwise hold the lock
    // and the conversion silently does nothing.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore'];
    args.push('--convert-to', filterOptions(opts.sheet), '--outdir', dir, xlsxPath);
    await run(bin, args, { timeout: opts.timeoutMs ?? 120_000 });
    const stem = basename(xlsxPath, extname(xlsxPath));
    const produced = (await readdir(dir)).filter((f) => f.startsWith(stem) && f.endsWith('.csv'));
    const file = produced[0];
    if (!file) throw new Error(`LibreOffice produced no CSV for ${xlsxPath} (in ${dir})`);
    return (await readFile(join(dir, file), 'utf8')).replace(/^\uFEFF/, '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV (comma, double quotes, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** The rows of the « Synthèse » sheet of an exported file, as LibreOffice reads them. */
export async function readSummaryRows(
  xlsxPath: string,
  opts: ConvertOptions = {},
): Promise<string[][]> {
  const rows = parseCsv(await convertSheetToCsv(xlsxPath, { ...opts, sheet: undefined }));
  if (rows[0]?.[0] !== SUMMARY_LABELS.title) {
    throw new Error(`first sheet is not the summary: it starts with « ${rows[0]?.[0] ?? ''} »`);
  }
  return rows;
}

/** A number as LibreOffice wrote it ('8.5', or '8,5' under a French locale); null when blank. */
export function parseNumber(cell: string | undefined): number | null {
  const text = (cell ?? '').trim().replace(/\s/g, '');
  if (text === '') return null;
  // LibreOffice 7.4 writes a cell formatted as a percentage « 33.3% »: read it as a fraction.
  const percent = text.endsWith('%');
  const raw = Number(text.replace('%', '').replace(',', '.'));
  const n = percent ? Number((raw / 100).toFixed(6)) : raw;
  if (Number.isNaN(n)) throw new Error(`not a number: « ${cell} »`);
  return n;
}

/** The summary sheet read back, figures as numbers. */
export interface SummaryFigures {
  from: string;
  to: string;
  departement: string;
  calls: number | null;
  medianMinutes: number | null;
  meanMinutes: number | null;
  escalationRate: number | null;
  escalated: number | null;
  topMotifs: Array<{ rank: number; libelle: string; count: number }>;
  topSousMotifs: Array<{ rank: number; libelle: string; motif: string; count: number }>;
}

/** The summary's figures, found by their labels in column A. */
export function summaryFigures(rows: string[][]): SummaryFigures {
  const L = SUMMARY_LABELS;
  const value = (label: string) => rows.find((r) => r[0] === label)?.[1] ?? '';
  const tableAfter = (section: string) => {
    const start = rows.findIndex((r) => r[0] === section);
    const out: string[][] = [];
    // Skip the section title and its header row; the table ends at the first blank row.
    for (let i = start + 2; start >= 0 && i < rows.length && (rows[i]?.[0] ?? '') !== ''; i++) {
      out.push(rows[i] ?? []);
    }
    return out;
  };
  return {
    from: value(L.from),
    to: value(L.to),
    departement: value(L.departement),
    calls: parseNumber(value(L.calls)),
    medianMinutes: parseNumber(value(L.median)),
    meanMinutes: parseNumber(value(L.mean)),
    escalationRate: parseNumber(value(L.escalationRate)),
    escalated: parseNumber(value(L.escalated)),
    topMotifs: tableAfter(L.topMotifs).map((r) => ({
      rank: parseNumber(r[0]) ?? 0,
      libelle: r[1] ?? '',
      count: parseNumber(r[2]) ?? 0,
    })),
    topSousMotifs: tableAfter(L.topSousMotifs).map((r) => ({
      rank: parseNumber(r[0]) ?? 0,
      libelle: r[1] ?? '',
      motif: r[2] ?? '',
      count: parseNumber(r[3]) ?? 0,
    })),
  };
}
