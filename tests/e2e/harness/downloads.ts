import type { E2EPage } from './driver';

/**
 * Files a page saves through `<a download href="blob:…">` (the indicators page's exports), caught
 * inside the page: the same in both browsers, and no download folder to watch. The page keeps
 * working as usual (the real click still happens); the test only reads a copy of the bytes.
 */

/** A file the page offered for download. */
export interface CapturedDownload {
  fileName: string;
  type: string;
  bytes: Buffer;
}

/**
 * Starts recording: every Blob given to `URL.createObjectURL`, and the `download` name of each
 * anchor clicked with a blob URL. Call it once the page has loaded (a navigation forgets it).
 */
export async function captureDownloads(page: E2EPage): Promise<void> {
  await page.evaluate(`(() => {
    if (window.__arsDownloads) return true;
    const blobs = new Map();
    const saved = [];
    window.__arsDownloads = saved;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj) => {
      const url = create(obj);
      if (obj instanceof Blob) blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (blob && this.download) saved.push({ fileName: this.download, blob });
      return click.call(this);
    };
    return true;
  })()`);
}

/** How many downloads the page has started since `captureDownloads`. */
export function downloadCount(page: E2EPage): Promise<number> {
  return page.evaluate<number>(`(window.__arsDownloads ?? []).length`);
}

/** The n-th download (0-based) started since `captureDownloads`, waited for up to `timeoutMs`. */
export async function nthDownload(
  page: E2EPage,
  n: number,
  timeoutMs = 20_000,
): Promise<CapturedDownload> {
  await page.waitForFunction(`(window.__arsDownloads ?? []).length > ${n}`, timeoutMs);
  const got = await page.evaluate<{
    fileName: string;
    type: string;
    base64: string;
  }>(`(async () => {
    const { fileName, blob } = window.__arsDownloads[${n}];
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return { fileName, type: blob.type, base64: btoa(binary) };
  })()`);
  return { fileName: got.fileName, type: got.type, bytes: Buffer.from(got.base64, 'base64') };
}
