/**
 * A ZIP archive writer for the few small parts of an .xlsx: every entry is STOREd (method 0, no
 * compression), the one method every reader must accept (PKWARE APPNOTE 6.3.10, §4.4.5). No
 * ZIP64: an export is far below its limits (65,535 entries, 4 GiB), which are checked.
 */

/** One file of the archive; text is written as UTF-8. */
export interface ZipEntry {
  /** Path inside the archive, '/'-separated, no leading '/'. */
  name: string;
  data: Uint8Array | string;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, the one ZIP and gzip use) of `bytes`, as an unsigned integer. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of `d`'s local wall clock, as ZIP stores them (2 s steps, from 1980). */
export function dosDateTime(d: Date): { date: number; time: number } {
  if (d.getFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  const year = Math.min(d.getFullYear(), 2107) - 1980;
  return {
    date: (year << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** Version 2.0: what readers expect of a plain archive (1.0 would do for STORE alone). */
const VERSION = 20;
/** General purpose bit 11: names (and comments) are UTF-8. */
const UTF8_NAMES = 0x0800;

/** Little-endian fields into a buffer of known size. */
class ByteWriter {
  readonly out: Uint8Array<ArrayBuffer>;
  private readonly view: DataView;
  at = 0;

  constructor(size: number) {
    this.out = new Uint8Array(new ArrayBuffer(size));
    this.view = new DataView(this.out.buffer);
  }
  u16(v: number): void {
    this.view.setUint16(this.at, v, true);
    this.at += 2;
  }
  u32(v: number): void {
    this.view.setUint32(this.at, v, true);
    this.at += 4;
  }
  bytes(b: Uint8Array): void {
    this.out.set(b, this.at);
    this.at += b.length;
  }
}

interface PreparedEntry {
  name: Uint8Array;
  data: Uint8Array;
  crc: number;
  /** Where its local header starts. */
  offset: number;
}

/** The fields local and central headers share, from « version needed » to « extra length ». */
function sharedFields(w: ByteWriter, f: PreparedEntry, stamp: { date: number; time: number }) {
  w.u16(VERSION);
  w.u16(UTF8_NAMES);
  w.u16(0); // method: STORE
  w.u16(stamp.time);
  w.u16(stamp.date);
  w.u32(f.crc);
  w.u32(f.data.length); // compressed size: stored as is
  w.u32(f.data.length);
  w.u16(f.name.length);
  w.u16(0); // extra field length
}

function prepare(entries: readonly ZipEntry[]): PreparedEntry[] {
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  return entries.map((e) => {
    if (!e.name || e.name.startsWith('/') || seen.has(e.name)) {
      throw new Error(`zip: invalid or repeated entry name « ${e.name} »`);
    }
    seen.add(e.name);
    const data = typeof e.data === 'string' ? encoder.encode(e.data) : e.data;
    return { name: encoder.encode(e.name), data, crc: crc32(data), offset: 0 };
  });
}

/** The archive's bytes: entries in the order given, all stamped `modified` (local time). */
export function zipStore(
  entries: readonly ZipEntry[],
  modified: Date = new Date(),
): Uint8Array<ArrayBuffer> {
  const files = prepare(entries);
  const stamp = dosDateTime(modified);
  let size = END_RECORD;
  for (const f of files) size += LOCAL_HEADER + CENTRAL_HEADER + 2 * f.name.length + f.data.length;
  if (files.length > 0xffff || size > 0xffffffff || files.some((f) => f.name.length > 0xffff)) {
    throw new RangeError('zip: too large for an archive without ZIP64');
  }
  const w = new ByteWriter(size);
  for (const f of files) {
    f.offset = w.at;
    w.u32(0x04034b50);
    sharedFields(w, f, stamp);
    w.bytes(f.name);
    w.bytes(f.data);
  }
  const centralStart = w.at;
  for (const f of files) {
    w.u32(0x02014b50);
    w.u16(VERSION); // made by: MS-DOS attributes (host 0), spec 2.0
    sharedFields(w, f, stamp);
    w.u16(0); // comment length
    w.u16(0); // disk number
    w.u16(0); // internal attributes
    w.u32(0); // external attributes
    w.u32(f.offset);
    w.bytes(f.name);
  }
  const centralSize = w.at - centralStart;
  w.u32(0x06054b50);
  w.u16(0); // this disk
  w.u16(0); // disk where the central directory starts
  w.u16(files.length);
  w.u16(files.length);
  w.u32(centralSize);
  w.u32(centralStart);
  w.u16(0); // comment length
  return w.out;
}
