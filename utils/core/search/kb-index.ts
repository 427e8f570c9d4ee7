import type { KbArticle } from './article';
import { buildIndexData } from './build-index';
import { VocabularyMatcher } from './fuzzy';
import { indexFromJson, indexToJson, type KbIndexJson } from './index-format';
import { isSynonymWord, normalize, rawWords, searchStem } from './normalize';
import { analyzeQuery, type QueryOptions } from './query';
import { rank, toRuntime, type RankOptions, type Runtime } from './rank';
import { reduceQuery } from './reduce-query';
import { learnedBoost, type Learned } from './learned';
import { makeSnippet, type Snippet } from './snippet';

/** One suggested article, pointing at its best matching section. */
export type KbHit = {
  slug: string;
  title: string;
  category: string;
  url: string;
  /** The best matching section; heading and anchor are empty for the introduction. */
  section: { heading: string; anchor: string };
  /** The article URL opened at that section. */
  sectionUrl: string;
  score: number;
  snippet: Snippet;
};

export type SearchOptions = QueryOptions & {
  /** Number of hits wanted (default 5). */
  limit?: number;
  /** Categories to raise, e.g. from the SI SIAO page kind and the chosen motif. */
  boost?: RankOptions['boost'];
  /** What referents opened or copied for such queries before (learned.ts), and when it is. */
  learned?: { pairs: Learned; now: number };
  /** Reduce a long message to its problem first (default true; false searches the text as is). */
  reduce?: boolean;
};

/** The knowledge-base search index: build it from articles or load it from storage, then query. */
export class KbIndex {
  private readonly rt: Runtime;
  private readonly known: ReadonlySet<string>;
  private readonly matcher: VocabularyMatcher;
  private readonly firstSection: Int32Array;
  private readonly articleIds: Map<string, number>;

  private constructor(
    data: Parameters<typeof toRuntime>[0],
    /** When the index was built (ISO), to show its age and decide on a refresh. */
    readonly builtAt: string,
  ) {
    this.rt = toRuntime(data);
    this.known = new Set(data.surface);
    this.matcher = new VocabularyMatcher(data.surface, (word) => {
      const t = this.rt.termIds.get(normalize(word)[0] ?? '');
      return t === undefined ? 0 : (data.df[t] ?? 0);
    });
    this.articleIds = new Map(data.articles.map((a, i) => [a.slug, i]));
    this.firstSection = new Int32Array(data.articles.length).fill(-1);
    for (let s = data.sections.length - 1; s >= 0; s--) {
      this.firstSection[data.sections[s]?.article ?? 0] = s;
    }
  }

  /** Builds an index over the sections of `articles`. */
  static build(articles: readonly KbArticle[], now = new Date()): KbIndex {
    return new KbIndex(buildIndexData(articles), now.toISOString());
  }

  /** Loads a stored index; throws when the value is not a valid index of the current version. */
  static fromJSON(json: unknown): KbIndex {
    const { data, builtAt } = indexFromJson(json);
    return new KbIndex(data, builtAt);
  }

  /** The compact, versioned form to store in IndexedDB. */
  toJSON(): KbIndexJson {
    return indexToJson(this.rt.data, new Date(this.builtAt));
  }

  /** Number of indexed articles. */
  get size(): number {
    return this.rt.data.articles.length;
  }

  /** Slugs of the indexed articles, in index order. */
  slugs(): string[] {
    return this.rt.data.articles.map((a) => a.slug);
  }

  /** A word of the corpus, or another form of one (« femme » where the corpus only has
   * « femmes »): never a typo to correct. */
  private readonly isKnown = {
    has: (word: string): boolean => this.known.has(word) || this.rt.termIds.has(searchStem(word)),
  };

  /** A capitalised word of a message is a word, not a name, when the corpus or the synonyms know it. */
  private readonly isKnownWord = (w: string): boolean =>
    w.length > 1 && (this.isKnown.has(w) || isSynonymWord(w));

  /**
   * Searches once for each article's title, results dropped. The first searches of a page pay for
   * JIT compilation and cold caches (up to 5–20 ms each, several times a steady search): the side
   * panel runs this when idle after loading the index, so the referent's first keystrokes do not.
   */
  warmUp(): void {
    for (const a of this.rt.data.articles) {
      this.search(a.title, { limit: 5, prefix: true });
      // A slip in the title's longest word compiles typo correction (fuse.js) too, whose first
      // calls cost up to 10 ms a word.
      const longest = rawWords(a.title).reduce((x, w) => (w.length > x.length ? w : x), '');
      if (longest.length >= 6) this.matcher.correct(longest.slice(0, -2) + longest.slice(-1));
    }
  }

  private articleBoost(
    query: string,
    learned: { pairs: Learned; now: number },
  ): Map<number, number> {
    const out = new Map<number, number>();
    for (const [slug, factor] of learnedBoost(learned.pairs, query, learned.now)) {
      const a = this.articleIds.get(slug);
      if (a !== undefined) out.set(a, factor);
    }
    return out;
  }

  /** The best articles for `query`, best first; empty for an empty or meaningless query. */
  search(query: string, opts: SearchOptions = {}): KbHit[] {
    // A message pasted whole is reduced to its problem; a keyword query stays as typed.
    const parts = opts.reduce === false ? query : reduceQuery(query, this.isKnownWord).parts;
    const terms = analyzeQuery(parts, this.isKnown, this.matcher, opts);
    if (terms.size === 0) return [];
    const ranked = rank(this.rt, terms, {
      limit: opts.limit ?? 5,
      boost: opts.boost,
      articleBoost: opts.learned ? this.articleBoost(query, opts.learned) : undefined,
    });
    const termSet = new Set(terms.keys());
    return ranked.map((r) => {
      const a = this.rt.data.articles[r.article];
      const sid = r.section >= 0 ? r.section : (this.firstSection[r.article] ?? -1);
      const s = this.rt.data.sections[sid];
      const anchor = s?.anchor ?? '';
      const url = a?.url ?? '';
      return {
        slug: a?.slug ?? '',
        title: a?.title ?? '',
        category: a?.category ?? '',
        url,
        section: { heading: s?.heading ?? '', anchor },
        sectionUrl: anchor ? `${url.split('#')[0]}#${encodeURIComponent(anchor)}` : url,
        score: Math.round(r.score * 1000) / 1000,
        snippet: makeSnippet(s?.text || a?.summary || '', termSet),
      };
    });
  }
}
