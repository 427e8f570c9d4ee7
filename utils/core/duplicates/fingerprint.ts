import { fold } from '../text/french';
import { labelKey } from './case-match';
import type { EscalationRecord } from './record';

/** cyrb53: a fast, well-spread 53-bit string hash (not cryptographic: it only names entries). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

const flat = (s: string | undefined) =>
  s
    ? fold(s)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : '';

/**
 * Names one escalation independently of its ticket number and status, so that the same escalation
 * exported by a colleague (or recorded before its ticket number was known) is recognised on import:
 * case IDs, sous-motif or motif, subject, description and the minute it was created.
 */
export function fingerprint(entry: EscalationRecord): string {
  return hash53(
    [
      entry.demandeId ?? '',
      entry.menageId ?? '',
      entry.personneId ?? '',
      labelKey(entry.sousMotif) || labelKey(entry.motif),
      flat(entry.subject),
      flat(entry.description),
      entry.createdAt.slice(0, 16),
    ].join('\u001f'),
  );
}
