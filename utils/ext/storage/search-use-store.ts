import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  forgetUse,
  mergeLearned,
  parseLearned,
  recordUse,
  type Learned,
} from '../../core/search/learned';
import {
  parseUnanswered,
  purgeUnanswered,
  recordUnanswered,
  unrecordUnanswered,
  type Unanswered,
} from '../../core/search/unanswered';
import { exclusively } from '../exclusive';

/**
 * What the search learns from use, in storage.local: the query → article pairs a referent opened
 * or copied (`kbLearned`), and the searches that found no answer (`kbUnanswered`). Each is parsed
 * at every read; an unreadable one reads as empty (they are hints, never records). « Effacer mes
 * données » removes both with every non-setting key.
 *
 * WXT items at version 1, stored as before: the `{ version: 1, … }` inside each value is the
 * shape core/search parses and the team file carries, so it stays until core/search drops it.
 */
export const LEARNED_KEY = 'kbLearned';
export const UNANSWERED_KEY = 'kbUnanswered';

interface Store<T> {
  item: WxtStorageItem<unknown, Record<string, unknown>>;
  lock: string;
  parse: (stored: unknown) => T;
}

const learned: Store<Learned> = {
  item: storage.defineItem<unknown>(`local:${LEARNED_KEY}`, { version: 1 }),
  lock: `store:${LEARNED_KEY}`,
  parse: parseLearned,
};

const unanswered: Store<Unanswered> = {
  item: storage.defineItem<unknown>(`local:${UNANSWERED_KEY}`, { version: 1 }),
  lock: `store:${UNANSWERED_KEY}`,
  parse: parseUnanswered,
};

async function read<T>(store: Store<T>): Promise<T> {
  return store.parse(await store.item.getValue());
}

/** Read-modify-write under a lock shared by every extension page (two panels, the options). */
function update<T>(store: Store<T>, change: (v: T) => T): Promise<T> {
  return exclusively(store.lock, async () => {
    const before = await read(store);
    const after = change(before);
    if (after !== before) await store.item.setValue(after);
    return after;
  });
}

export const readLearned = (): Promise<Learned> => read(learned);

export function learnUse(query: string, slug: string, now = Date.now()): Promise<Learned> {
  return update(learned, (l) => recordUse(l, query, slug, now));
}

export function unlearnUse(query: string, slug: string, now = Date.now()): Promise<Learned> {
  return update(learned, (l) => forgetUse(l, query, slug, now));
}

/** Merges a colleague's validated pairs (learned.ts's validateLearnedImport) into ours. */
export function mergeLearnedIn(incoming: Learned, now = Date.now()): Promise<Learned> {
  return update(learned, (l) => mergeLearned(l, incoming, now));
}

/** Calls `onChange` with the stored pairs each time they change; returns the unwatch. */
export function watchLearned(onChange: (learned: Learned) => void): () => void {
  return learned.item.watch((value) => onChange(learned.parse(value)));
}

export const readUnanswered = (): Promise<Unanswered> => read(unanswered);

export function noteUnanswered(query: string, now = Date.now()): Promise<Unanswered> {
  return update(unanswered, (u) => recordUnanswered(u, query, now));
}

export function takeBackUnanswered(query: string): Promise<Unanswered> {
  return update(unanswered, (u) => unrecordUnanswered(u, query));
}

export async function clearUnanswered(): Promise<void> {
  await exclusively(unanswered.lock, () => unanswered.item.removeValue());
}

/** Drops searches older than the history's retention; returns how many went. */
export async function purgeUnansweredSearches(days: number, now = Date.now()): Promise<number> {
  let dropped = 0;
  await update(unanswered, (u) => {
    const kept = purgeUnanswered(u, days, now);
    dropped = u.entries.length - kept.entries.length;
    return dropped ? kept : u;
  });
  return dropped;
}
