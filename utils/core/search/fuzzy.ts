import Fuse from 'fuse.js';

/** A corpus word that a mistyped query word probably meant, with a 0 (exact) … 1 score. */
export type Correction = { word: string; score: number };

/** Beyond this, a « correction » is more often another word than a typo. */
const MAX_SCORE = 0.34;

/**
 * Maps mistyped query words onto the corpus vocabulary with fuse.js, which is good at exactly
 * this: short strings, a few typos. Words are bucketed by first letter and length (typos rarely
 * hit the first letter and change the length by one or two), so a lookup scans a few dozen words
 * and stays well under a millisecond on each keystroke.
 */
export class VocabularyMatcher {
  private readonly byLetter = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, Correction[]>();

  /**
   * @param vocabulary the corpus words, sorted
   * @param popularity how common a word is (e.g. its term's document frequency); breaks ties
   *   between equally close candidates in favour of the word the corpus uses most
   */
  constructor(
    vocabulary: readonly string[],
    private readonly popularity: (word: string) => number = () => 0,
  ) {
    const byKey = new Map<string, string[]>();
    for (const w of vocabulary) {
      const letter = w[0] ?? '';
      const list = this.byLetter.get(letter) ?? [];
      list.push(w);
      this.byLetter.set(letter, list);
      const key = `${letter}${w.length}`;
      byKey.set(key, [...(byKey.get(key) ?? []), w]);
    }
    // Built up front: the index is loaded once, then queried on every keystroke.
    for (const [key, list] of byKey) {
      this.fuses.set(key, new Fuse(list, { includeScore: true, threshold: 0.4, distance: 20 }));
    }
  }

  /** Up to `limit` likely intended words for `word`, best first; empty when nothing is close. */
  correct(word: string, limit = 2): Correction[] {
    const cached = this.cache.get(word);
    if (cached) return cached.slice(0, limit);
    const found: Correction[] = [];
    const spread = Math.max(1, Math.floor(word.length / 4));
    for (let len = word.length - spread; len <= word.length + spread; len++) {
      const gap = Math.abs(len - word.length);
      for (const r of this.fuses.get(`${word[0] ?? ''}${len}`)?.search(word, { limit: 4 }) ?? []) {
        const score = (r.score ?? 1) + 0.05 * gap - 0.01 * Math.log1p(this.popularity(r.item));
        if (score <= MAX_SCORE) found.push({ word: r.item, score: Math.max(0, score) });
      }
    }
    found.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(word, found);
    return found.slice(0, limit);
  }

  /** Corpus words starting with `prefix`, shortest first, for the word still being typed. */
  complete(prefix: string, limit = 6): string[] {
    const list = this.byLetter.get(prefix[0] ?? '') ?? [];
    // Shortest completions first: « reac » means « reactiver » before « reactivations ».
    return list
      .filter((w) => w.startsWith(prefix))
      .sort((a, b) => a.length - b.length)
      .slice(0, limit);
  }
}
