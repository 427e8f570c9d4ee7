import type { CallEntry } from './entry';

const DAY_MS = 86_400_000;

/** The calls kept and those dropped by the retention setting. */
export interface PurgeResult {
  kept: CallEntry[];
  removed: CallEntry[];
}

/**
 * Drops the calls older than the retention setting shared with the escalation history (in days;
 * null keeps everything). Age is counted from the end of the call; a call in progress is never
 * dropped, whatever its start, since the referent is still on it.
 */
export function purgeCalls(
  entries: readonly CallEntry[],
  retentionDays: number | null,
  now: number,
): PurgeResult {
  if (retentionDays === null || !Number.isFinite(retentionDays) || retentionDays < 0) {
    return { kept: [...entries], removed: [] };
  }
  const cutoff = now - retentionDays * DAY_MS;
  const kept: CallEntry[] = [];
  const removed: CallEntry[] = [];
  for (const e of entries) {
    if (e.endedAt !== null && e.endedAt < cutoff) removed.push(e);
    else kept.push(e);
  }
  return { kept, removed };
}
