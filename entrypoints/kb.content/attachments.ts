import { ask } from '../../utils/ext/protocol/ask';
import { kt } from './text';
import { getAttachments } from '../../utils/ext/protocol/messages/escalations';

/** Decoded by hand: a fetch of a data: URL would fall under the page's Content-Security-Policy. */
function fromDataUrl(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The escalation's screenshots as Files, fetched from the extension (its IndexedDB is not ours). */
export async function loadAttachments(
  ids: string[],
): Promise<{ files: File[]; problems: string[] }> {
  if (ids.length === 0) return { files: [], problems: [] };
  try {
    const answer = await ask(getAttachments, { ids });
    const files = answer.files.map(
      (f) => new File([fromDataUrl(f.dataUrl)], f.name, { type: f.mime }),
    );
    const problems = answer.missing.length
      ? [kt('shotsMissing', { n: answer.missing.length })]
      : [];
    return { files, problems };
  } catch (err) {
    return {
      files: [],
      problems: [kt('shotsFailed', { error: String(err) })],
    };
  }
}
