import { z } from 'zod';
import { fold } from '../text/french';
import { redactPersonal } from '../privacy/redact-personal';
import { learnKey } from './learned';
import { reduceQuery } from './reduce-query';

/**
 * Searches without an answer: what referents searched for and did not open or copy any
 * suggestion of, counted by normalised text, so the national team sees which articles are
 * missing. Redacted like the history, bounded in count, purged with the history's retention.
 */

/** Distinct searches kept; past this the least recent go. */
export const MAX_UNANSWERED = 200;
/** Longest text kept for one search: enough to write the article, not a whole message. */
export const MAX_TEXT = 300;

export const UnansweredEntrySchema = z.object({
  /** The normalised words (learned.ts's key): two wordings of one search count together. */
  key: z.string().min(1).max(400),
  /** The latest wording, redacted. */
  text: z.string().min(1).max(MAX_TEXT),
  count: z.number().int().positive().max(1_000_000),
  first: z.number().int().nonnegative(),
  last: z.number().int().nonnegative(),
});
export type UnansweredEntry = z.infer<typeof UnansweredEntrySchema>;

export const UnansweredSchema = z.object({
  version: z.literal(1),
  entries: z.array(UnansweredEntrySchema).max(MAX_UNANSWERED),
});
export type Unanswered = z.infer<typeof UnansweredSchema>;

export const EMPTY_UNANSWERED: Unanswered = { version: 1, entries: [] };

/** Reads the stored list; an unreadable one is empty (it is a hint for the team, not a record). */
export function parseUnanswered(value: unknown): Unanswered {
  const parsed = UnansweredSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_UNANSWERED;
}

/**
 * The text kept for a search: its problem (reduce-query.ts drops greetings, signatures, names
 * after a civility, initials, capitalised words), then the history's redaction (phones, e-mails,
 * birth dates, NIR, names), cut to MAX_TEXT.
 */
export function unansweredText(query: string): string {
  const reduced = reduceQuery(query)
    .parts.filter((p) => p.weight >= 0.5)
    .map((p) => p.text)
    .join('. ');
  const text = redactPersonal(reduced.replace(/\s+/g, ' ').trim());
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Counts one more search without an answer (nothing kept for a search of no meaningful word). */
export function recordUnanswered(list: Unanswered, query: string, now: number): Unanswered {
  const key = learnKey(query);
  const text = unansweredText(query);
  if (
    !key ||
    !fold(text)
      .replace(/\[masque\]/g, '')
      .trim()
  )
    return list;
  const old = list.entries.find((e) => e.key === key);
  const entry: UnansweredEntry = old
    ? { ...old, text, count: old.count + 1, last: now }
    : { key, text, count: 1, first: now, last: now };
  const entries = [entry, ...list.entries.filter((e) => e !== old)]
    .sort((a, b) => b.last - a.last)
    .slice(0, MAX_UNANSWERED);
  return { version: 1, entries };
}

/** Takes one count back: the search was answered after all (a suggestion opened later). */
export function unrecordUnanswered(list: Unanswered, query: string): Unanswered {
  const key = learnKey(query);
  const entries = list.entries.flatMap((e) =>
    e.key !== key ? [e] : e.count > 1 ? [{ ...e, count: e.count - 1 }] : [],
  );
  return { version: 1, entries };
}

/** Drops the searches last made more than `days` ago (the history's retention). */
export function purgeUnanswered(list: Unanswered, days: number, now: number): Unanswered {
  const limit = now - days * 86_400_000;
  return { version: 1, entries: list.entries.filter((e) => e.last >= limit) };
}

/** Most frequent first, then most recent. */
export function byFrequency(list: Unanswered): UnansweredEntry[] {
  return [...list.entries].sort((a, b) => b.count - a.count || b.last - a.last);
}
