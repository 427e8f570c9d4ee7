/**
 * Reads the pixel size from a PNG header, so the capture code knows the size of what
 * `captureVisibleTab` returned without decoding it (the signature, then the IHDR chunk).
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  if (SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  // Bytes 12–15 name the first chunk, which the format requires to be IHDR.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}
