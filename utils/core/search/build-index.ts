import type { KbArticle } from './article';
import { WEIGHTS, WEIGHT_SCALE, type IndexData } from './index-data';
import { normalize, rawWords } from './normalize';
import { STOP_WORDS } from '../text/french';

type Field = { tokens: string[]; weight: number; b: number; avg: number };

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** BM25F: weighted, length-normalised term frequencies summed over fields, then saturated. */
function fieldWeights(fields: readonly Field[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const f of fields) {
    if (f.tokens.length === 0) continue;
    const norm = 1 - f.b + (f.b * f.tokens.length) / Math.max(f.avg, 1);
    for (const [term, n] of counts(f.tokens))
      tf.set(term, (tf.get(term) ?? 0) + (f.weight * n) / norm);
  }
  const out = new Map<string, number>();
  for (const [term, x] of tf) out.set(term, (x * (WEIGHTS.k1 + 1)) / (x + WEIGHTS.k1));
  return out;
}

function average(lists: readonly (readonly string[])[]): number {
  return lists.length ? lists.reduce((s, l) => s + l.length, 0) / lists.length : 1;
}

/**
 * The words of each article's title and headings that its neighbours in the same category do not
 * have in theirs: what tells « Annuler une demande » from « Clôturer une demande ». Counted once
 * more at article level, so a query's discriminating word weighs where it discriminates.
 */
export function distinctiveTerms(
  articles: readonly KbArticle[],
  titles: readonly string[][],
  headings: readonly string[][][],
): string[][] {
  const own = articles.map(
    (_, i) => new Set([...(titles[i] ?? []), ...(headings[i] ?? []).flat()]),
  );
  const byCategory = new Map<string, Map<string, number>>();
  articles.forEach((a, i) => {
    const df = byCategory.get(a.category) ?? new Map<string, number>();
    for (const t of own[i] ?? []) df.set(t, (df.get(t) ?? 0) + 1);
    byCategory.set(a.category, df);
  });
  return articles.map((a, i) => {
    const df = byCategory.get(a.category);
    // Counted in its own article only: no neighbour names it in a title or a heading.
    return [...(own[i] ?? [])].filter((t) => (df?.get(t) ?? 0) <= 1);
  });
}

/** Builds the search index over the sections of the given articles. Pure; no browser API. */
export function buildIndexData(articles: readonly KbArticle[]): IndexData {
  const titles = articles.map((a) => normalize(a.title));
  const summaries = articles.map((a) => normalize(a.summary));
  const headings = articles.map((a) => a.sections.map((s) => normalize(s.heading)));
  const bodies = articles.map((a) => a.sections.map((s) => normalize(s.text)));
  const avg = {
    title: average(titles),
    summary: average(summaries),
    heading: average(headings.flat()),
    body: average(bodies.flat()),
  };
  const distinct = distinctiveTerms(articles, titles, headings);
  const termIds = new Map<string, number>();
  const data: IndexData = {
    articles: [],
    sections: [],
    terms: [],
    df: [],
    art: [],
    sec: [],
    surface: [],
  };
  const id = (term: string): number => {
    let i = termIds.get(term);
    if (i === undefined) {
      i = data.terms.length;
      termIds.set(term, i);
      data.terms.push(term);
      data.df.push(0);
      data.art.push([]);
      data.sec.push([]);
    }
    return i;
  };
  const surface = new Set<string>();
  articles.forEach((a, ai) => {
    data.articles.push({
      slug: a.slug,
      url: a.url,
      title: a.title,
      category: a.category,
      updated: a.updated,
      summary: a.summary,
    });
    const seen = new Set<number>();
    const artW = fieldWeights([
      { tokens: titles[ai] ?? [], weight: WEIGHTS.title, b: WEIGHTS.bShort, avg: avg.title },
      { tokens: summaries[ai] ?? [], weight: WEIGHTS.summary, b: WEIGHTS.bShort, avg: avg.summary },
      { tokens: distinct[ai] ?? [], weight: WEIGHTS.distinct, b: 0, avg: 1 },
    ]);
    for (const [term, w] of artW) {
      const t = id(term);
      seen.add(t);
      data.art[t]?.push(ai, Math.max(1, Math.round(w * WEIGHT_SCALE)));
    }
    a.sections.forEach((s, si) => {
      const sid = data.sections.length;
      data.sections.push({ article: ai, heading: s.heading, anchor: s.anchor, text: s.text });
      const secW = fieldWeights([
        {
          tokens: headings[ai]?.[si] ?? [],
          weight: WEIGHTS.heading,
          b: WEIGHTS.bShort,
          avg: avg.heading,
        },
        { tokens: bodies[ai]?.[si] ?? [], weight: WEIGHTS.body, b: WEIGHTS.bBody, avg: avg.body },
      ]);
      for (const [term, w] of secW) {
        const t = id(term);
        seen.add(t);
        data.sec[t]?.push(sid, Math.max(1, Math.round(w * WEIGHT_SCALE)));
      }
    });
    for (const t of seen) data.df[t] = (data.df[t] ?? 0) + 1;
    for (const text of [a.title, a.summary, ...a.sections.flatMap((s) => [s.heading, s.text])]) {
      for (const w of rawWords(text)) if (w.length >= 3 && !STOP_WORDS.has(w)) surface.add(w);
    }
  });
  data.surface = [...surface].sort();
  return data;
}
