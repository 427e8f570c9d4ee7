import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The Chrome Web Store's basic requirements, checked on the zip `npm run zip` uploads (not on the
 * build folder: what ships is what is zipped). Skips, saying so, only when there is no zip.
 */
const OUTPUT = path.resolve('.output');

function newestChromeZip(): string | null {
  let zips: string[] = [];
  try {
    zips = readdirSync(OUTPUT).filter((f) => f.endsWith('-chrome.zip'));
  } catch {
    return null;
  }
  const newest = zips
    .map((f) => path.join(OUTPUT, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  return newest ?? null;
}

/** Reads every file of a zip (stored or deflated entries) from its central directory. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return files;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Library chunks allowed to hold `new Function`/`eval`, each with why. None today (exceljs, the
 * last one, was replaced by our own xlsx writer); our own code never does: the extension pages'
 * CSP forbids it, and the store reviews it as remote-code risk.
 */
const ACCEPTED_DYNAMIC_CODE: Array<{ file: RegExp; why: string }> = [];

/** Ways a script could be fetched from elsewhere and run. */
const REMOTE_CODE: Array<[string, RegExp]> = [
  ['<script src> on another host', /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i],
  ['importScripts() of a URL', /importScripts\s*\(\s*["'`](?:https?:)?\/\//],
  ['import() of a URL', /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
  ['a script element pointed at a URL', /\.src\s*=\s*["'`]https?:\/\/[^"'`]*\.m?js\b/],
  ['eval of fetched text', /\beval\s*\(\s*(?:await\s+)?(?:fetch|\w+\.text\(\))/],
];
const DYNAMIC_CODE = /\beval\s*\(|\bnew\s+Function\s*\(|[^.\w$]Function\s*\(\s*["'`]/;

const zipFile = newestChromeZip();

describe.skipIf(!zipFile)(`Chrome Web Store zip ${zipFile ? path.basename(zipFile) : ''}`, () => {
  const files = zipFile ? readZip(zipFile) : new Map<string, Buffer>();
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as {
    manifest_version?: number;
    name?: string;
    description?: string;
    version?: string;
    default_locale?: string;
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };
  /** `__MSG_key__` resolved in every locale shipped (the store shows each one). */
  const locales = [...files.keys()]
    .map((n) => /^_locales\/([\w-]+)\/messages\.json$/.exec(n)?.[1])
    .filter((l): l is string => !!l);
  const message = (value: string | undefined, locale: string): string => {
    const key = /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];
    if (!key) return value ?? '';
    const file = files.get(`_locales/${locale}/messages.json`);
    const messages = JSON.parse(file?.toString('utf8') ?? '{}') as Record<
      string,
      { message?: string }
    >;
    return messages[key]?.message ?? '';
  };

  it('is Manifest V3 with a name, a description and a store-valid version', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(locales).toContain(manifest.default_locale);
    for (const locale of locales) {
      const name = message(manifest.name, locale);
      const description = message(manifest.description, locale);
      expect(name.trim().length, `${locale} name`).toBeGreaterThan(0);
      expect(name.length, `${locale} name: ${name}`).toBeLessThanOrEqual(75); // Chrome's limit
      expect(description.trim().length, `${locale} description`).toBeGreaterThan(0);
      // The store's limit for a description, in every language.
      expect(description.length, `${locale} description: ${description}`).toBeLessThanOrEqual(132);
    }
    // One to four dot-separated integers, each 0–65535, no leading zeros.
    expect(manifest.version).toMatch(/^(?:0|[1-9]\d{0,4})(?:\.(?:0|[1-9]\d{0,4})){0,3}$/);
    for (const part of manifest.version?.split('.') ?? []) expect(Number(part)).toBeLessThan(65536);
  });

  it('has real PNG icons of 16, 32, 48 and 128 px', () => {
    for (const size of [16, 32, 48, 128]) {
      const file = manifest.icons?.[String(size)];
      expect(file, `icons.${size} in the manifest`).toBeTruthy();
      const bytes = files.get((file ?? '').replace(/^\//, ''));
      expect(bytes, `${file} in the zip`).toBeDefined();
      expect(pngSize(bytes ?? Buffer.alloc(0)), file).toEqual({ width: size, height: size });
    }
    for (const file of Object.values(manifest.action?.default_icon ?? {}))
      expect(files.has(file.replace(/^\//, '')), file).toBe(true);
  });

  it('loads no remote script', () => {
    const found: string[] = [];
    for (const [name, bytes] of files) {
      if (!/\.(?:m?js|html)$/.test(name)) continue;
      const text = bytes.toString('utf8');
      for (const [what, re] of REMOTE_CODE) if (re.test(text)) found.push(`${name}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('has no eval or new Function (outside the listed library chunks, none today)', () => {
    const found = [...files]
      .filter(([name]) => /\.m?js$/.test(name))
      .filter(([, bytes]) => DYNAMIC_CODE.test(bytes.toString('utf8')))
      .map(([name]) => name)
      .filter((name) => !ACCEPTED_DYNAMIC_CODE.some((a) => a.file.test(name)));
    expect(found).toEqual([]);
  });

  it('ships nothing but the extension (no source maps, no tests, no dotfiles)', () => {
    const stray = [...files.keys()].filter((n) =>
      /\.map$|(?:^|\/)\.|(?:^|\/)(?:tests?|node_modules|src)\//.test(n),
    );
    expect(stray).toEqual([]);
  });
});

if (!zipFile) {
  describe('Chrome Web Store zip', () => {
    it.skip('skipped: no .output/*-chrome.zip — run `npm run zip` first', () => undefined);
  });
}
