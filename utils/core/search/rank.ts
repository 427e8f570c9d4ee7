import type { IndexData } from './index-data';
import { WEIGHT_SCALE } from './index-data';
import { normalize } from './normalize';
import type { QueryTerms } from './query';

/** The index in the shape queries read fastest: typed postings and precomputed rarity. */
export type Runtime = {
  data: IndexData;
  termIds: Map<string, number>;
  idf: Float64Array;
  art: Int32Array[];
  sec: Int32Array[];
  /** Term ids of each article's title. */
  titles: Set<number>[];
};

export type Ranked = { article: number; section: number; score: number; matched: number };

export type RankOptions = {
  limit: number;
  boost?: { categories: readonly string[]; factor?: number };
  /** Score factors by article id, from learning (learned.ts bounds them). */
  articleBoost?: ReadonlyMap<number, number>;
};

/** How much the other matching sections of an article add to its best one. */
const OTHER_SECTIONS = 0.15;
/** Share of the score that depends on how many query terms an article covers at all. */
const COVERAGE = 0.5;
const DEFAULT_BOOST = 0.3;
/** Extra weight for an article whose title holds the query's words: a knowledge-base title names
 * the task (« Fusionner ou dissocier des ménages »), so it separates near-identical articles. */
const TITLE_BONUS = 0.5;
/** Added to each term's rarity in the title share, so that a common but decisive word (« ménage »
 * against « personne ») still counts there. */
const TITLE_IDF_FLOOR = 0.5;

/** Prepares index data for querying. */
export function toRuntime(data: IndexData): Runtime {
  const n = Math.max(data.articles.length, 1);
  const idf = new Float64Array(data.terms.length);
  data.df.forEach((df, i) => (idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5))));
  const termIds = new Map(data.terms.map((t, i) => [t, i]));
  const titleIds = (title: string): Set<number> =>
    new Set(normalize(title).flatMap((t) => termIds.get(t) ?? []));
  return {
    data,
    termIds,
    idf,
    art: data.art.map((p) => Int32Array.from(p)),
    sec: data.sec.map((p) => Int32Array.from(p)),
    titles: data.articles.map((a) => titleIds(a.title)),
  };
}

type Query = { ids: number[]; w: number[]; titleW: number[]; total: number; titleTotal: number };

/** Query terms as index ids with their idf-weighted weights; unknown terms still count in totals. */
function resolve(rt: Runtime, terms: QueryTerms): Query {
  const q: Query = { ids: [], w: [], titleW: [], total: 0, titleTotal: 0 };
  for (const [term, weight] of terms) {
    const t = rt.termIds.get(term);
    const idf = t === undefined ? 2 : (rt.idf[t] ?? 0);
    q.total += weight * idf;
    q.titleTotal += weight * (idf + TITLE_IDF_FLOOR);
    if (t === undefined) continue;
    q.ids.push(t);
    q.w.push(weight * idf);
    q.titleW.push(weight * (idf + TITLE_IDF_FLOOR));
  }
  return q;
}

/**
 * BM25-like ranking over sections, aggregated to articles: an article scores its title/summary
 * match, plus its best section, plus a little of its other matching sections; the sum is scaled
 * by the share of the query (by rarity) the article covers, so one rare word matched everywhere
 * cannot beat an article that matches the whole question, and by the share its title covers.
 */
export function rank(rt: Runtime, terms: QueryTerms, opts: RankOptions): Ranked[] {
  const { data } = rt;
  const nA = data.articles.length;
  const artScore = new Float64Array(nA);
  const covered = new Float64Array(nA);
  const lastTerm = new Int32Array(nA).fill(-1);
  const secScore = new Float64Array(data.sections.length);
  const touched: number[] = [];
  const q = resolve(rt, terms);
  q.ids.forEach((t, k) => {
    const w = q.w[k] ?? 0;
    const ap = rt.art[t] ?? new Int32Array();
    for (let i = 0; i < ap.length; i += 2) {
      const a = ap[i] ?? 0;
      artScore[a] = (artScore[a] ?? 0) + (w * (ap[i + 1] ?? 0)) / WEIGHT_SCALE;
      if (lastTerm[a] !== k) [lastTerm[a], covered[a]] = [k, (covered[a] ?? 0) + w];
    }
    const sp = rt.sec[t] ?? new Int32Array();
    for (let i = 0; i < sp.length; i += 2) {
      const s = sp[i] ?? 0;
      if (secScore[s] === 0) touched.push(s);
      secScore[s] = (secScore[s] ?? 0) + (w * (sp[i + 1] ?? 0)) / WEIGHT_SCALE;
      const a = data.sections[s]?.article ?? 0;
      if (lastTerm[a] !== k) [lastTerm[a], covered[a]] = [k, (covered[a] ?? 0) + w];
    }
  });
  const best = new Float64Array(nA);
  const bestSection = new Int32Array(nA).fill(-1);
  const sum = new Float64Array(nA);
  for (const s of touched) {
    const v = secScore[s] ?? 0;
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
    const share = q.total > 0 ? (covered[a] ?? 0) / q.total : 0;
    score *= 1 - COVERAGE + COVERAGE * share;
    const title = rt.titles[a];
    let inTitle = 0;
    q.ids.forEach((t, k) => (inTitle += title?.has(t) ? (q.titleW[k] ?? 0) : 0));
    score *= 1 + (TITLE_BONUS * inTitle) / Math.max(q.titleTotal, 1e-9);
    if (boosted.has(data.articles[a]?.category ?? '')) score *= factor;
    score *= opts.articleBoost?.get(a) ?? 1;
    out.push({ article: a, section: bestSection[a] ?? -1, score, matched: share });
  }
  out.sort((x, y) => y.score - x.score || x.article - y.article);
  return out.slice(0, opts.limit);
}
