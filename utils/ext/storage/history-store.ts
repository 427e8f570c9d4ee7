import { fingerprint } from '../../core/duplicates/fingerprint';
import { mergeHistory, purgeOlderThan } from '../../core/duplicates/merge-history';
import { EscalationRecordSchema, type EscalationRecord } from '../../core/duplicates/record';
import { committed, done, isQuotaError, openDb, STORES } from './idb';

/**
 * The escalation history the duplicate guard reads: what was submitted through the support form,
 * the « Mes tickets » rows, colleagues' imports. IDs, nomenclature, subject, normalized description,
 * status and ticket: never a usager's name, never a screenshot.
 */

export interface HistoryRead {
  records: EscalationRecord[];
  skipped: number;
}

export async function listHistory(): Promise<HistoryRead> {
  const db = await openDb();
  const raw = (await done(
    db.transaction(STORES.history).objectStore(STORES.history).getAll(),
  )) as unknown[];
  const records: EscalationRecord[] = [];
  let skipped = 0;
  for (const item of raw) {
    const parsed = EscalationRecordSchema.safeParse((item as { record?: unknown } | null)?.record);
    if (parsed.success) records.push(parsed.data);
    else skipped += 1;
  }
  records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { records, skipped };
}

async function replaceAll(records: EscalationRecord[]): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORES.history, 'readwrite');
  const store = tx.objectStore(STORES.history);
  store.clear();
  for (const record of records) store.put({ id: fingerprint(record), record });
  try {
    await committed(tx);
  } catch (err) {
    throw new Error(
      isQuotaError(err)
        ? 'Le stockage du navigateur est plein : l’historique des escalades n’a pas pu être mis à jour.'
        : `L’historique des escalades n’a pas pu être mis à jour (${String(err)}).`,
    );
  }
}

/** Merges records in (never duplicating, never dropping) and applies the retention period. */
export async function mergeIntoHistory(
  incoming: EscalationRecord[],
  retentionDays: number,
  now = Date.now(),
): Promise<EscalationRecord[]> {
  const { records } = await listHistory();
  // An entry dated in the future (a colleague's clock, a hand-edited file) would outlive the
  // retention period: it is taken as made now.
  const nowIso = new Date(now).toISOString();
  const dated = incoming.map((r) =>
    Date.parse(r.createdAt) > now ? { ...r, createdAt: nowIso } : r,
  );
  const merged = purgeOlderThan(mergeHistory(records, dated), new Date(now), retentionDays);
  await replaceAll(merged);
  return merged;
}

export async function purgeHistory(retentionDays: number, now = Date.now()): Promise<number> {
  const { records } = await listHistory();
  const kept = purgeOlderThan(records, new Date(now), retentionDays);
  if (kept.length !== records.length) await replaceAll(kept);
  return records.length - kept.length;
}

export async function clearHistory(): Promise<void> {
  await replaceAll([]);
}
