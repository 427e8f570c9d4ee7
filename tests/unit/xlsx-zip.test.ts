import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32, dosDateTime, zipStore, type ZipEntry } from '../../utils/core/xlsx/zip';

const text = (s: string) => new TextEncoder().encode(s);
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const ENTRIES: ZipEntry[] = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/worksheets/Synthèse é.xml', data: 'Durée médiane, taux d’escalade 😀' },
  { name: 'bin/all-bytes', data: ALL_BYTES },
  { name: 'empty', data: '' },
];
/** A local wall-clock time: ZIP stores local time, so this is what every reader shows. */
const MODIFIED = new Date(2025, 9, 1, 8, 30, 42);

/** Node's own CRC-32 (node ≥ 20.15), an implementation we did not write. */
const nodeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('crc32', () => {
  it('gives the published check values', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    // The CRC-32/ISO-HDLC check value (the CRC of ZIP, gzip, PNG).
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(text('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
    expect(crc32(new Uint8Array([0]))).toBe(0xd202ef8d);
  });

  it.skipIf(!nodeCrc32)('agrees with node’s zlib.crc32 on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(crc32(bytes)).toBe(nodeCrc32?.(bytes));
      }),
    );
  });
});

describe('dosDateTime', () => {
  it('packs the local date and time the way ZIP stores them, in 2 s steps', () => {
    const { date, time } = dosDateTime(MODIFIED);
    expect(date).toBe(((2025 - 1980) << 9) | (10 << 5) | 1);
    expect(time).toBe((8 << 11) | (30 << 5) | 21);
  });

  it('clamps dates before 1980 (the format’s epoch) to 1980-01-01', () => {
    expect(dosDateTime(new Date(1970, 0, 1))).toEqual({ date: (1 << 5) | 1, time: 0 });
  });
});

describe('zipStore', () => {
  const zip = zipStore(ENTRIES, MODIFIED);

  it('is read back by JSZip, CRCs checked: names in order, bytes as given, UTF-8 names', async () => {
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    const files = Object.values(read.files);
    expect(files.map((f) => f.name)).toEqual(ENTRIES.map((e) => e.name));
    for (const entry of ENTRIES) {
      const expected = typeof entry.data === 'string' ? text(entry.data) : entry.data;
      const got = await read.file(entry.name)?.async('uint8array');
      expect(got, entry.name).toEqual(expected);
    }
    expect(files[1]?.date.getMinutes()).toBe(30);
  });

  it('has the layout of APPNOTE: local headers, central directory, end record', () => {
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 8, true)).toBe(ENTRIES.length);
    expect(view.getUint16(end + 10, true)).toBe(ENTRIES.length);
    const centralSize = view.getUint32(end + 12, true);
    const centralStart = view.getUint32(end + 16, true);
    expect(centralStart + centralSize).toBe(end);
    let at = centralStart;
    for (const entry of ENTRIES) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      expect(view.getUint16(at + 8, true)).toBe(0x0800); // UTF-8 names
      expect(view.getUint16(at + 10, true)).toBe(0); // STORE
      const data = typeof entry.data === 'string' ? text(entry.data) : entry.data;
      expect(view.getUint32(at + 16, true)).toBe(crc32(data));
      expect(view.getUint32(at + 20, true)).toBe(data.length);
      const nameLength = view.getUint16(at + 28, true);
      const local = view.getUint32(at + 42, true);
      // The local header repeats the central one, from « version needed » to the name.
      expect(zip.subarray(local + 4, local + 30)).toEqual(zip.subarray(at + 6, at + 32));
      at += 46 + nameLength;
    }
    expect(at).toBe(end);
  });

  it.skipIf(!hasUnzip)('passes Info-ZIP’s `unzip -t` and extracts byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ars-zip-'));
    try {
      const file = join(dir, 'test.zip');
      writeFileSync(file, zip);
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(
        /No errors detected/,
      );
      const out = execFileSync('unzip', ['-p', file, 'bin/all-bytes']);
      expect(new Uint8Array(out)).toEqual(ALL_BYTES);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the same bytes for the same entries and date', () => {
    expect(zipStore(ENTRIES, MODIFIED)).toEqual(zip);
  });

  it('refuses a repeated name, an absolute one and an empty one', () => {
    expect(() => zipStore([...ENTRIES, ENTRIES[0]!])).toThrow(/repeated/);
    expect(() => zipStore([{ name: '/etc/x', data: '' }])).toThrow(/invalid/);
    expect(() => zipStore([{ name: '', data: '' }])).toThrow(/invalid/);
  });

  it('writes an empty archive as a lone end record', async () => {
    const empty = zipStore([], MODIFIED);
    expect(empty.length).toBe(22);
    expect(Object.keys((await JSZip.loadAsync(empty)).files)).toEqual([]);
  });
});
