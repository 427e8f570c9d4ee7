import { daysFrom, dayKeyOf, isoWeekKey, isoWeekStart, type DayKey } from './calendar';
import type { CallEntry } from './entry';
import { daysOfPeriod, inPeriod, type Period } from './period';
import { mean, median, ratio } from './stats';

/**
 * The figures of the indicators page and of the export's « Synthèse » sheet, computed once from the
 * entries so that charts, table and files always agree. Only ended calls started in the period
 * count; an empty period gives zeros and nulls, never NaN.
 */

export interface DayCount {
  day: DayKey;
  count: number;
}

/** Calls started in one ISO week (or its part inside the period). */
export interface WeekCount {
  /** ISO week, e.g. '2025-W37'. */
  week: string;
  /** Its Monday, to label the week in French. */
  monday: DayKey;
  count: number;
}

/** A motif (or sous-motif) with its number of calls. */
export interface RankedChoice {
  code: string;
  libelle: string;
  count: number;
}

/** A sous-motif with its number of calls and its motif. */
export interface RankedSousMotif extends RankedChoice {
  /** The libellé of its motif, so a sous-motif reads unambiguously on its own. */
  motifLibelle: string | null;
}

/** A knowledge-base article with the number of calls answered with it. */
export interface RankedArticle {
  slug: string;
  title: string;
  count: number;
}

/** Every figure of a period, as the page and the export show them. */
export interface CallIndicators {
  callCount: number;
  perDay: DayCount[];
  perWeek: WeekCount[];
  medianMinutes: number | null;
  meanMinutes: number | null;
  escalationCount: number;
  /** Escalated calls / calls, from 0 to 1; null without calls. */
  escalationRate: number | null;
  topMotifs: RankedChoice[];
  topSousMotifs: RankedSousMotif[];
  topArticles: RankedArticle[];
  /** Calls with no motif chosen: not in the tops, but counted everywhere else. */
  withoutMotif: number;
}

/** The time zone days are counted in, and the length of each top list. */
export interface IndicatorOptions {
  timeZone: string;
  /** The survey's layout: 3 motifs, 10 sous-motifs. */
  topMotifs?: number;
  topSousMotifs?: number;
  topArticles?: number;
}

/** The ended calls started in [from, to), oldest first. */
export function callsInPeriod(entries: readonly CallEntry[], period: Period): CallEntry[] {
  return entries
    .filter((e) => e.endedAt !== null && inPeriod(e.startedAt, period))
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
}

/** Groups by key, keeps the latest label seen, ranks by count then label (stable for ties). */
function rank<T extends { count: number }>(
  items: Iterable<{ key: string; startedAt: number; make: () => Omit<T, 'count'> }>,
  label: (t: T) => string,
  limit: number,
): T[] {
  const groups = new Map<string, { value: T; latest: number }>();
  for (const item of items) {
    const g = groups.get(item.key);
    if (!g) {
      groups.set(item.key, { value: { ...item.make(), count: 1 } as T, latest: item.startedAt });
      continue;
    }
    g.value.count += 1;
    if (item.startedAt >= g.latest) {
      g.value = { ...item.make(), count: g.value.count } as T;
      g.latest = item.startedAt;
    }
  }
  return [...groups.values()]
    .map((g) => g.value)
    .sort((a, b) => b.count - a.count || label(a).localeCompare(label(b), 'fr'))
    .slice(0, Math.max(0, limit));
}

function perDayAndWeek(calls: readonly CallEntry[], period: Period, timeZone: string) {
  const range = daysOfPeriod(period, timeZone);
  const days = range ? daysFrom(range.firstDay, range.lastDay) : [];
  const byDay = new Map<DayKey, number>(days.map((d) => [d, 0]));
  for (const c of calls) {
    const day = dayKeyOf(c.startedAt, timeZone);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  const perDay = [...byDay].map(([day, count]) => ({ day, count }));
  const byWeek = new Map<string, WeekCount>();
  for (const { day, count } of perDay) {
    const week = isoWeekKey(day);
    const w = byWeek.get(week) ?? { week, monday: isoWeekStart(day), count: 0 };
    w.count += count;
    byWeek.set(week, w);
  }
  return { perDay, perWeek: [...byWeek.values()] };
}

/** Every figure of the period [from, to). */
export function computeIndicators(
  entries: readonly CallEntry[],
  period: Period,
  options: IndicatorOptions,
): CallIndicators {
  const calls = callsInPeriod(entries, period);
  const minutes = calls.map((c) => c.durationSec / 60);
  const escalationCount = calls.filter((c) => c.outcome?.kind === 'escalade').length;
  const topMotifs = rank<RankedChoice>(
    calls.flatMap(({ motif, startedAt }) =>
      motif ? [{ key: motif.code, startedAt, make: () => ({ ...motif }) }] : [],
    ),
    (r) => r.libelle,
    options.topMotifs ?? 3,
  );
  // Keyed by motif too: a sous-motif code is only meant to be unique within its motif.
  const topSousMotifs = rank<RankedSousMotif>(
    calls.flatMap(({ motif, sousMotif, startedAt }) =>
      sousMotif
        ? [
            {
              key: `${motif?.code ?? ''}/${sousMotif.code}`,
              startedAt,
              make: () => ({ ...sousMotif, motifLibelle: motif?.libelle ?? null }),
            },
          ]
        : [],
    ),
    (r) => r.libelle,
    options.topSousMotifs ?? 10,
  );
  const topArticles = rank<RankedArticle>(
    calls.flatMap(({ outcome, startedAt }) =>
      outcome?.kind === 'oriente-article'
        ? [{ key: outcome.article.slug, startedAt, make: () => ({ ...outcome.article }) }]
        : [],
    ),
    (r) => r.title,
    options.topArticles ?? 10,
  );
  return {
    callCount: calls.length,
    ...perDayAndWeek(calls, period, options.timeZone),
    medianMinutes: median(minutes),
    meanMinutes: mean(minutes),
    escalationCount,
    escalationRate: ratio(escalationCount, calls.length),
    topMotifs,
    topSousMotifs,
    topArticles,
    withoutMotif: calls.filter((c) => c.motif === null).length,
  };
}
