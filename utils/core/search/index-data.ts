/** What a search hit needs to show about its article, without the article's text. */
export type ArticleMeta = {
  slug: string;
  url: string;
  title: string;
  category: string;
  updated: string | null;
  summary: string;
};

/** One indexed section; sections of an article are stored next to each other, in page order. */
export type SectionEntry = { article: number; heading: string; anchor: string; text: string };

/**
 * The search index as plain data. Postings are flat pairs (id, weight × 1000) per term: the
 * BM25F term weight, already saturated and length-normalised at build time, so a query only adds
 * numbers. `art` holds article-level fields (title, summary), `sec` section-level ones
 * (heading, body), which keeps the title from being repeated in every section's postings.
 */
export type IndexData = {
  articles: ArticleMeta[];
  sections: SectionEntry[];
  terms: string[];
  /** Number of articles holding each term, for its rarity (idf). */
  df: number[];
  art: number[][];
  sec: number[][];
  /** Every folded word of the corpus, sorted: the vocabulary that typos are mapped onto. */
  surface: string[];
};

/** Field weights (title > headings > summary > body) and BM25 parameters, as tuned on the eval.
 * `distinct`: the title and heading words no neighbour of the same category has (build-index.ts),
 * chosen on the development sets (0.5 of a grid of 0.5, 1, 2). */
export const WEIGHTS = {
  title: 3,
  heading: 2,
  summary: 1.5,
  body: 1,
  distinct: 0.5,
  k1: 1.2,
  bShort: 0.3,
  bBody: 0.75,
} as const;

/** Posting weights are stored as integers to keep the serialized index small. */
export const WEIGHT_SCALE = 1000;
