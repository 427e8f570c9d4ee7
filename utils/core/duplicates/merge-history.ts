import { fingerprint } from './fingerprint';
import type { EscalationRecord } from './record';

/**
 * Fields filled from whichever copy has them; the first copy wins when both do, except where a
 * rule below says otherwise.
 */
const FILLABLE = [
  'menageId',
  'personneId',
  'demandeId',
  'userEmail',
  'thematique',
  'motif',
  'sousMotif',
  'ticketNumber',
  'ticketUrl',
  'justification',
] as const;

/**
 * One record from two copies of the same escalation (`a` the one already held): every known field
 * kept, the longer subject and description. The status read live on « Mes tickets » wins, since the
 * page is the knowledge base's own view (a ticket can be reopened); otherwise « resolved » wins over
 * « open » (tickets move that way: an open copy is an older view). That page only shows the day, so
 * a recorded time is kept over it.
 */
export function mergeRecords(a: EscalationRecord, b: EscalationRecord): EscalationRecord {
  const out: EscalationRecord = { ...a };
  for (const key of FILLABLE) {
    if (out[key] === undefined && b[key] !== undefined) out[key] = b[key];
  }
  if (b.subject.length > out.subject.length) out.subject = b.subject;
  if (b.description.length > out.description.length) out.description = b.description;
  if (a.source === 'mes-tickets' && b.source !== 'mes-tickets') out.createdAt = b.createdAt;
  if (b.source === 'mes-tickets') out.status = b.status;
  else if (b.status === 'resolved' && a.source !== 'mes-tickets') out.status = 'resolved';
  return out;
}

/** Two copies are one escalation: same ticket number, or same fingerprint and no conflicting number. */
function findSame(
  entry: EscalationRecord,
  byTicket: Map<string, number>,
  byPrint: Map<string, number>,
  merged: readonly EscalationRecord[],
): number | undefined {
  if (entry.ticketNumber) {
    const i = byTicket.get(entry.ticketNumber);
    if (i !== undefined) return i;
  }
  const i = byPrint.get(fingerprint(entry));
  if (i === undefined) return undefined;
  const other = merged[i]?.ticketNumber;
  return !other || !entry.ticketNumber || other === entry.ticketNumber ? i : undefined;
}

/**
 * Merges an imported history (a colleague's export, the « Mes tickets » page) into the local one:
 * never duplicates an escalation (same ticket number or fingerprint), never drops one. Local order
 * is kept; new entries follow in their imported order.
 */
export function mergeHistory(
  local: readonly EscalationRecord[],
  imported: readonly EscalationRecord[],
): EscalationRecord[] {
  const merged: EscalationRecord[] = [];
  const byTicket = new Map<string, number>();
  const byPrint = new Map<string, number>();
  const index = (i: number) => {
    const e = merged[i];
    if (!e) return;
    if (e.ticketNumber) byTicket.set(e.ticketNumber, i);
    byPrint.set(fingerprint(e), i);
  };
  for (const entry of [...local, ...imported]) {
    const i = findSame(entry, byTicket, byPrint, merged);
    if (i === undefined) {
      merged.push(entry);
      index(merged.length - 1);
    } else {
      const current = merged[i];
      if (current) merged[i] = mergeRecords(current, entry);
      index(i);
    }
  }
  return merged;
}

/** Default retention of the history, in days (issue 8). */
export const DEFAULT_RETENTION_DAYS = 180;

/** Entries younger than `days` (default 180) at `now`; the rest is purged. */
export function purgeOlderThan(
  entries: readonly EscalationRecord[],
  now: Date | string | number,
  days: number = DEFAULT_RETENTION_DAYS,
): EscalationRecord[] {
  const nowMs =
    now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  const limit = nowMs - days * 86_400_000;
  return entries.filter((e) => Date.parse(e.createdAt) >= limit);
}
