import type { IndexData } from './index-data';
import { WEIGHT_SCALE } from './index-data';
import type { QueryTerms } from './query';

/** The index in the shape queries read fastest: typed postings and precomputed rarity. */
export type Runtime = {
  data: IndexData;
  termIds: Map<string, number>;
  idf: Float64Array;
  art: Int32Array[];
  sec: Int32Array[];
};

export type Ranked = { article: number; section: number; score: number; matched: number };

export type RankOptions = {
  limit: number;
  boost?: { categories: readonly string[]; factor?: number };
};

/** How much the other matching sections of an article add to its best one. */
const OTHER_SECTIONS = 0.15;
/** Share of the score that depends on how many query terms an article covers at all. */
const COVERAGE = 0.5;
const DEFAULT_BOOST = 0.3;

/** Prepares index data for querying. */
export function toRuntime(data: IndexData): Runtime {
  const n = Math.max(data.articles.length, 1);
  const idf = new Float64Array(data.terms.length);
  data.df.forEach((df, i) => (idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5))));
  return {
    data,
    termIds: new Map(data.terms.map((t, i) => [t, i])),
    idf,
    art: data.art.map((p) => Int32Array.from(p)),
    sec: data.sec.map((p) => Int32Array.from(p)),
  };
}

/**
 * BM25-like ranking over sections, aggregated to articles: an article scores its title/summary
 * match, plus its best section, plus a little of its other matching sections, scaled by the share
 * of the query (by rarity) it covers, so one rare word matched everywhere cannot beat an article
 * that matches the whole question.
 */
export function rank(rt: Runtime, terms: QueryTerms, opts: RankOptions): Ranked[] {
  const { data } = rt;
  const nA = data.articles.length;
  const artScore = new Float64Array(nA);
  const covered = new Float64Array(nA);
  const lastTerm = new Int32Array(nA).fill(-1);
  const secScore = new Map<number, number>();
  let total = 0;
  let q = 0;
  for (const [term, weight] of terms) {
    const t = rt.termIds.get(term);
    q++;
    if (t === undefined) {
      total += weight * 2;
      continue;
    }
    const w = weight * (rt.idf[t] ?? 0);
    total += w;
    const cover = (a: number): void => {
      if (lastTerm[a] !== q) {
        lastTerm[a] = q;
        covered[a] = (covered[a] ?? 0) + w;
      }
    };
    const ap = rt.art[t] ?? new Int32Array();
    for (let i = 0; i < ap.length; i += 2) {
      const a = ap[i] ?? 0;
      artScore[a] = (artScore[a] ?? 0) + (w * (ap[i + 1] ?? 0)) / WEIGHT_SCALE;
      cover(a);
    }
    const sp = rt.sec[t] ?? new Int32Array();
    for (let i = 0; i < sp.length; i += 2) {
      const s = sp[i] ?? 0;
      secScore.set(s, (secScore.get(s) ?? 0) + (w * (sp[i + 1] ?? 0)) / WEIGHT_SCALE);
      cover(data.sections[s]?.article ?? 0);
    }
  }
  const best = new Float64Array(nA);
  const bestSection = new Int32Array(nA).fill(-1);
  const sum = new Float64Array(nA);
  for (const [s, v] of secScore) {
    const a = data.sections[s]?.article ?? 0;
    sum[a] = (sum[a] ?? 0) + v;
    if (v > (best[a] ?? 0)) [best[a], bestSection[a]] = [v, s];
  }
  const boosted = new Set(opts.boost?.categories ?? []);
  const factor = 1 + (opts.boost?.factor ?? DEFAULT_BOOST);
  const out: Ranked[] = [];
  for (let a = 0; a < nA; a++) {
    if ((covered[a] ?? 0) === 0) continue;
    const b = best[a] ?? 0;
    let score = (artScore[a] ?? 0) + b + OTHER_SECTIONS * ((sum[a] ?? 0) - b);
    const share = total > 0 ? (covered[a] ?? 0) / total : 0;
    score *= 1 - COVERAGE + COVERAGE * share;
    if (boosted.has(data.articles[a]?.category ?? '')) score *= factor;
    out.push({ article: a, section: bestSection[a] ?? -1, score, matched: share });
  }
  out.sort((x, y) => y.score - x.score || x.article - y.article);
  return out.slice(0, opts.limit);
}
