import { z } from 'zod';
import { REDACTED, redactPersonal } from '../privacy/redact-personal';
import { normalize } from './normalize';
import { reduceQuery } from './reduce-query';
import { said, type Said } from '../../i18n/said';

/**
 * Learning from use: a query whose suggestion a referent opened or copied strengthens that
 * article for the same query (by its normalised words) the next time. Kept in this browser,
 * shared with the team file; bounded in count, per article and in the boost it gives, and
 * forgotten with time.
 */

/** Pairs kept in all; past this the weakest go. */
export const MAX_PAIRS = 500;
/** Pairs kept for one article, so no article collects every query. */
export const MAX_PER_ARTICLE = 25;
/** A use counts half as much after this many days. */
export const HALF_LIFE_DAYS = 60;
/** The weight one pair may reach: three or four uses, not a hundred. */
export const MAX_WEIGHT = 4;
/** The most a learned association multiplies an article's score by: enough to reorder close
 * answers, never to bury a clearly better match (the ranking's title and coverage factors move
 * scores by more). */
export const MAX_BOOST = 0.35;
/** How close (shared words over all words) another query must be to count. */
const MIN_SIMILARITY = 0.6;
/** Words of a query key: enough to tell queries apart, short enough to store hundreds. */
const KEY_TERMS = 16;
const DAY_MS = 86_400_000;

const SLUG = /^[a-z0-9][a-z0-9-]{0,159}$/;

export const LearnedPairSchema = z.object({
  /** Normalised query words, sorted, space-separated: no text as typed. */
  key: z
    .string()
    .min(1)
    .max(400)
    .regex(/^[a-z0-9_ ]+$/),
  slug: z.string().regex(SLUG),
  weight: z.number().positive().max(MAX_WEIGHT),
  /** Last use (ms since epoch). */
  at: z.number().int().nonnegative(),
});
export type LearnedPair = z.infer<typeof LearnedPairSchema>;

export const LearnedSchema = z.object({
  version: z.literal(1),
  pairs: z.array(LearnedPairSchema).max(MAX_PAIRS),
});
export type Learned = z.infer<typeof LearnedSchema>;

export const EMPTY_LEARNED: Learned = { version: 1, pairs: [] };

/** The normalised, redacted words of a query that pairs are keyed by; empty when none count. */
export function learnKey(query: string): string {
  const text = reduceQuery(redactPersonal(query).split(REDACTED).join(' '))
    .parts.filter((p) => p.weight >= 0.5)
    .map((p) => p.text)
    .join(' ');
  const terms = [...new Set(normalize(text))].filter((t) => t.length > 1 && !/\d{4}/.test(t));
  return terms.sort().slice(0, KEY_TERMS).join(' ');
}

/** A pair's weight today, halved every HALF_LIFE_DAYS. */
export function decayed(pair: LearnedPair, now: number): number {
  const age = Math.max(0, now - pair.at) / DAY_MS;
  return pair.weight * 0.5 ** (age / HALF_LIFE_DAYS);
}

/** Keeps the strongest pairs within the bounds: per article, then in all. */
function bounded(pairs: readonly LearnedPair[], now: number): LearnedPair[] {
  const strongest = [...pairs]
    .filter((p) => decayed(p, now) >= 0.05)
    .sort((a, b) => decayed(b, now) - decayed(a, now));
  const perArticle = new Map<string, number>();
  const out: LearnedPair[] = [];
  for (const p of strongest) {
    const n = perArticle.get(p.slug) ?? 0;
    if (n >= MAX_PER_ARTICLE || out.length >= MAX_PAIRS) continue;
    perArticle.set(p.slug, n + 1);
    out.push(p);
  }
  return out;
}

/** One more use of `slug` for `query`: its pair grows by one (decayed first), up to MAX_WEIGHT. */
export function recordUse(learned: Learned, query: string, slug: string, now: number): Learned {
  const key = learnKey(query);
  if (!key || !SLUG.test(slug)) return learned;
  const old = learned.pairs.find((p) => p.key === key && p.slug === slug);
  const weight = Math.min(MAX_WEIGHT, (old ? decayed(old, now) : 0) + 1);
  const others = learned.pairs.filter((p) => p !== old);
  return { version: 1, pairs: bounded([...others, { key, slug, weight, at: now }], now) };
}

/** Takes back a use (a search first counted without an answer, then answered, or the reverse). */
export function forgetUse(learned: Learned, query: string, slug: string, now: number): Learned {
  const key = learnKey(query);
  const pairs = learned.pairs.flatMap((p) => {
    if (p.key !== key || p.slug !== slug) return [p];
    const weight = decayed(p, now) - 1;
    return weight > 0.05 ? [{ ...p, weight, at: now }] : [];
  });
  return { version: 1, pairs };
}

/** Each pair's key as words, computed once per stored value (the panel searches on every key). */
const keyWords = new WeakMap<Learned, string[][]>();
function splitKeys(learned: Learned): string[][] {
  let keys = keyWords.get(learned);
  if (!keys) keyWords.set(learned, (keys = learned.pairs.map((p) => p.key.split(' '))));
  return keys;
}

function similarity(a: ReadonlySet<string>, b: readonly string[]): number {
  let shared = 0;
  for (const t of b) if (a.has(t)) shared++;
  return shared / (a.size + b.length - shared || 1);
}

/**
 * Score factors (≥ 1, ≤ 1 + MAX_BOOST) for the articles learned for queries like `query`: each
 * pair counts by its decayed weight times how close its words are; the sum saturates, so many
 * uses approach the bound and one use gives about a third of it.
 */
export function learnedBoost(learned: Learned, query: string, now: number): Map<string, number> {
  const out = new Map<string, number>();
  if (learned.pairs.length === 0) return out;
  const terms = new Set(learnKey(query).split(' ').filter(Boolean));
  if (terms.size === 0) return out;
  const strength = new Map<string, number>();
  const keys = splitKeys(learned);
  learned.pairs.forEach((p, i) => {
    const sim = similarity(terms, keys[i] ?? []);
    if (sim < MIN_SIMILARITY) return;
    strength.set(p.slug, (strength.get(p.slug) ?? 0) + decayed(p, now) * sim);
  });
  for (const [slug, s] of strength) out.set(slug, 1 + MAX_BOOST * (1 - Math.exp(-s / 2.5)));
  return out;
}

/** Reads stored pairs; anything unreadable gives none (learning is a hint, never a fault). */
export function parseLearned(value: unknown): Learned {
  const parsed = LearnedSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_LEARNED;
}

/** Largest learned part of a team file, as JSON text. */
export const MAX_IMPORT_CHARS = 128 * 1024;
/** A colleague's use counts for this much of one's own. */
const IMPORTED_SHARE = 0.5;

export type LearnedImport = { ok: true; learned: Learned } | { ok: false; error: Said };

/**
 * Checks the learned part of a colleague's file before it is merged: the schema and its bounds,
 * its size, no article holding more than its share, no date in the future. A file that breaks
 * one is refused whole, saying why (the page words it).
 */
export function validateLearnedImport(value: unknown, now: number): LearnedImport {
  if (JSON.stringify(value ?? null).length > MAX_IMPORT_CHARS) {
    return { ok: false, error: said('learnedTooBig', { kb: MAX_IMPORT_CHARS / 1024 }) };
  }
  const parsed = LearnedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: said('learnedInvalid', {
        where: issue?.path.join('.') || said('fileRoot'),
        issue: issue?.message ?? said('fileUnexpected'),
      }),
    };
  }
  const perArticle = new Map<string, number>();
  for (const p of parsed.data.pairs) perArticle.set(p.slug, (perArticle.get(p.slug) ?? 0) + 1);
  const crowded = [...perArticle].find(([, n]) => n > MAX_PER_ARTICLE);
  if (crowded) {
    return {
      ok: false,
      error: said('learnedCrowded', { n: crowded[1], slug: crowded[0], max: MAX_PER_ARTICLE }),
    };
  }
  if (parsed.data.pairs.some((p) => p.at > now + DAY_MS)) {
    return { ok: false, error: said('learnedFuture') };
  }
  return { ok: true, learned: parsed.data };
}

/** Merges a colleague's pairs in at half weight (never above one's own); the bounds apply. */
export function mergeLearned(local: Learned, incoming: Learned, now: number): Learned {
  const byPair = new Map(local.pairs.map((p) => [`${p.key}|${p.slug}`, p]));
  for (const p of incoming.pairs) {
    const id = `${p.key}|${p.slug}`;
    const mine = byPair.get(id);
    // The larger of the two, not their sum: the team file imported again each week is the same.
    const theirs = decayed(p, now) * IMPORTED_SHARE;
    if (theirs > 0.05 && theirs > (mine ? decayed(mine, now) : 0)) {
      byPair.set(id, { key: p.key, slug: p.slug, weight: theirs, at: now });
    }
  }
  return { version: 1, pairs: bounded([...byPair.values()], now) };
}
