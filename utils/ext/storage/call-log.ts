import { storage } from 'wxt/utils/storage';
import { CallEntrySchema, type CallEntry } from '../../core/calls/entry';
import { linkEscalationToCall, type SubmittedEscalation } from '../../core/calls/link-escalation';
import { purgeCalls } from '../../core/calls/purge';
import {
  CALL_LOG_VERSION,
  readCallLog,
  type CallLogV1,
  type UnreadableEntry,
} from '../../core/calls/store-format';
import { CALL_LOG_ITEM_VERSION, callLogToV2 } from '../../core/migrations/call-log';
import { exclusively } from '../exclusive';
import { said, type Said } from '../../i18n/said';

/**
 * The call log in `browser.storage.local` under `callLog`, as the array of its entries. A value
 * that cannot be read is never thrown at the page: it is moved to `callLog.corrupt` (the last few
 * kept, for support) and the log goes on with what could be read.
 */

export const CALL_LOG_KEY = 'callLog';
export const CALL_LOG_CORRUPT_KEY = 'callLog.corrupt';
/** How many set-aside values are kept under `callLog.corrupt`, newest first. */
const CORRUPT_KEPT = 5;

const logItem = storage.defineItem<unknown>(`local:${CALL_LOG_KEY}`, {
  version: CALL_LOG_ITEM_VERSION,
  migrations: { 2: callLogToV2 },
});
const corruptItem = storage.defineItem<unknown>(`local:${CALL_LOG_CORRUPT_KEY}`);

/** The readable entries of the log, and what had to be set aside. */
export interface CallLogLoad {
  entries: CallEntry[];
  /** What was set aside while reading (the page words it), or null when all was readable. */
  problem: Said | null;
}

/** Where the indicators page gets its entries; the side panel may provide another one. */
export interface CallLogSource {
  list(): Promise<CallEntry[]>;
  /** Like `list`, with what had to be set aside; used instead of `list` when present. */
  load?(): Promise<CallLogLoad>;
}

interface CorruptRecord {
  savedAt: number;
  error: string;
  value: unknown;
}

async function setAside(records: CorruptRecord[]): Promise<void> {
  const stored = await corruptItem.getValue();
  const previous: unknown[] = Array.isArray(stored) ? stored : [];
  await corruptItem.setValue([...records, ...previous].slice(0, CORRUPT_KEPT));
}

function describeUnreadable(unreadable: UnreadableEntry[]): Said {
  const n = unreadable.length;
  return said(n > 1 ? 'callsUnreadableMany' : 'callsUnreadableOne', { n });
}

/** Reads, migrates and repairs the stored log (writing back only when something changed). */
export async function loadCallLog(now: number = Date.now()): Promise<CallLogLoad> {
  const raw = await logItem.getValue();
  // readCallLog reads the envelope of earlier releases: bare entries are handed to it as the
  // version-1 log they were. An envelope the migration could not unwrap goes through it as is,
  // and is set aside with its reason.
  const legacy = raw != null && !Array.isArray(raw);
  const read = readCallLog(Array.isArray(raw) ? { version: CALL_LOG_VERSION, entries: raw } : raw);
  if (!read.ok) {
    await setAside([{ savedAt: now, error: read.error, value: raw }]);
    await writeLog({ version: CALL_LOG_VERSION, entries: [] });
    return { entries: [], problem: said('callLogSetAside', { error: read.error }) };
  }
  if (read.unreadable.length > 0) {
    await setAside(read.unreadable.map((u) => ({ savedAt: now, error: u.error, value: u.value })));
  }
  if (legacy || read.unreadable.length > 0 || read.migratedFrom !== null) await writeLog(read.log);
  return {
    entries: read.log.entries,
    problem: read.unreadable.length > 0 ? describeUnreadable(read.unreadable) : null,
  };
}

async function writeLog(log: CallLogV1): Promise<void> {
  await logItem.setValue(log.entries);
}

// Every write is a read-modify-write of the whole log. The side panels (one per window) and the
// background (linking a sent escalation, the retention purge) all write: a Web Lock shared by the
// extension's pages and worker serialises them, so two writers never read the same old log. Where
// Web Locks are missing (unit tests), writes from one page are chained.
const LOCK = 'ars-call-log';

function update<T>(
  change: (entries: CallEntry[]) => { entries: CallEntry[]; result: T },
): Promise<T> {
  return exclusively(LOCK, async () => {
    const { entries } = await loadCallLog();
    const next = change(entries);
    await writeLog({ version: CALL_LOG_VERSION, entries: next.entries });
    return next.result;
  });
}

/** Adds a call (validated: a bad entry is a bug of the caller and throws). */
export async function addCall(entry: CallEntry): Promise<void> {
  const parsed = CallEntrySchema.parse(entry);
  return update((entries) => {
    if (entries.some((e) => e.id === parsed.id)) throw new Error(`appel ${parsed.id} déjà présent`);
    return { entries: [...entries, parsed], result: undefined };
  });
}

/**
 * Changes the call with this id from its freshest stored copy, under the lock: two quick edits of
 * the same call (the motif, then the sous-motif) never write over each other. Null when the call
 * no longer exists (deleted meanwhile).
 */
export function changeCall(
  id: string,
  change: (stored: CallEntry) => CallEntry,
): Promise<CallEntry | null> {
  return update((entries) => {
    const stored = entries.find((e) => e.id === id);
    if (!stored) return { entries, result: null };
    const next = CallEntrySchema.parse(change(stored));
    return { entries: entries.map((e) => (e.id === id ? next : e)), result: next };
  });
}

/** Deletes a call; false when there was none with that id. */
export function removeCall(id: string): Promise<boolean> {
  return update((entries) => {
    const kept = entries.filter((e) => e.id !== id);
    return { entries: kept, result: kept.length !== entries.length };
  });
}

/** Marks as escalated the call an escalation belongs to; the linked call's id, or null. */
export function linkEscalation(escalation: SubmittedEscalation): Promise<string | null> {
  return update((entries) => {
    const linked = linkEscalationToCall(entries, escalation);
    return { entries: linked.entries, result: linked.linkedId };
  });
}

/** Applies the retention setting (days, null = keep); how many calls were removed. */
export function purgeCallLog(
  retentionDays: number | null,
  now: number = Date.now(),
): Promise<number> {
  return update((entries) => {
    const { kept, removed } = purgeCalls(entries, retentionDays, now);
    return { entries: kept, result: removed.length };
  });
}

/** The storage-backed source of the indicators page. */
export const storageCallLogSource: CallLogSource = {
  list: async () => (await loadCallLog()).entries,
  load: () => loadCallLog(),
};
