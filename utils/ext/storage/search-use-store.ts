import { browser } from 'wxt/browser';
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
 * or copied (`kbLearned`), and the searches that found no answer (`kbUnanswered`). Each is a
 * versioned `{ version, … }` value parsed at every read; an unreadable one reads as empty (they
 * are hints, never records). « Effacer mes données » removes both with every non-setting key.
 */
export const LEARNED_KEY = 'kbLearned';
export const UNANSWERED_KEY = 'kbUnanswered';

async function read<T>(key: string, parse: (v: unknown) => T): Promise<T> {
  return parse((await browser.storage.local.get(key))[key]);
}

/** Read-modify-write under a lock shared by every extension page (two panels, the options). */
function update<T>(key: string, parse: (v: unknown) => T, change: (v: T) => T): Promise<T> {
  return exclusively(`store:${key}`, async () => {
    const before = await read(key, parse);
    const after = change(before);
    if (after !== before) await browser.storage.local.set({ [key]: after });
    return after;
  });
}

export const readLearned = (): Promise<Learned> => read(LEARNED_KEY, parseLearned);

export function learnUse(query: string, slug: string, now = Date.now()): Promise<Learned> {
  return update(LEARNED_KEY, parseLearned, (l) => recordUse(l, query, slug, now));
}

export function unlearnUse(query: string, slug: string, now = Date.now()): Promise<Learned> {
  return update(LEARNED_KEY, parseLearned, (l) => forgetUse(l, query, slug, now));
}

/** Merges a colleague's validated pairs (learned.ts's validateLearnedImport) into ours. */
export function mergeLearnedIn(incoming: Learned, now = Date.now()): Promise<Learned> {
  return update(LEARNED_KEY, parseLearned, (l) => mergeLearned(l, incoming, now));
}

/** Calls `onChange` with the stored pairs each time they change; returns the unwatch. */
export function watchLearned(onChange: (learned: Learned) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && LEARNED_KEY in changes) {
      onChange(parseLearned(changes[LEARNED_KEY]?.newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const readUnanswered = (): Promise<Unanswered> => read(UNANSWERED_KEY, parseUnanswered);

export function noteUnanswered(query: string, now = Date.now()): Promise<Unanswered> {
  return update(UNANSWERED_KEY, parseUnanswered, (u) => recordUnanswered(u, query, now));
}

export function takeBackUnanswered(query: string): Promise<Unanswered> {
  return update(UNANSWERED_KEY, parseUnanswered, (u) => unrecordUnanswered(u, query));
}

export async function clearUnanswered(): Promise<void> {
  await exclusively(`store:${UNANSWERED_KEY}`, () => browser.storage.local.remove(UNANSWERED_KEY));
}

/** Drops searches older than the history's retention; returns how many went. */
export async function purgeUnansweredSearches(days: number, now = Date.now()): Promise<number> {
  let dropped = 0;
  await update(UNANSWERED_KEY, parseUnanswered, (u) => {
    const kept = purgeUnanswered(u, days, now);
    dropped = u.entries.length - kept.entries.length;
    return dropped ? kept : u;
  });
  return dropped;
}
