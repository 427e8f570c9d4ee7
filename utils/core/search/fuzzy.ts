import Fuse from 'fuse.js';

/** A corpus word that a mistyped query word probably meant, with a 0 (exact) … 1 score. */
export type Correction = { word: string; score: number };

/** Beyond this, a « correction » is more often another word than a typo (tuned on the eval). */
const MAX_SCORE = 0.34;

/**
 * Maps mistyped query words onto the corpus vocabulary with fuse.js, which is good at exactly
 * this: short strings, a few typos. Words are bucketed by first letter (typos rarely hit it) so
 * each lookup scans a few hundred words, which keeps a keystroke search within budget.
 */
export class VocabularyMatcher {
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, Correction[]>();

  constructor(private readonly vocabulary: readonly string[]) {
    for (const w of vocabulary) {
      const key = w[0] ?? '';
      const list = this.buckets.get(key) ?? [];
      list.push(w);
      this.buckets.set(key, list);
    }
  }

  /** Up to `limit` likely intended words for `word`, best first; empty when nothing is close. */
  correct(word: string, limit = 2): Correction[] {
    const cached = this.cache.get(word);
    if (cached) return cached.slice(0, limit);
    const fuse = this.fuseFor(word[0] ?? '');
    const found: Correction[] = [];
    for (const r of fuse?.search(word, { limit: 8 }) ?? []) {
      // Fuse scores substrings as well as whole words; a length gap means another word.
      const gap = Math.abs(r.item.length - word.length);
      if (gap > Math.max(1, Math.floor(word.length / 4))) continue;
      const score = (r.score ?? 1) + 0.05 * gap;
      if (score <= MAX_SCORE) found.push({ word: r.item, score });
    }
    found.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(word, found);
    return found.slice(0, limit);
  }

  /** Corpus words starting with `prefix`, for the word still being typed. */
  complete(prefix: string, limit = 6): string[] {
    const list = this.buckets.get(prefix[0] ?? '') ?? [];
    // Shortest completions first: « reac » means « reactiver » before « reactivations ».
    return list
      .filter((w) => w.startsWith(prefix))
      .sort((a, b) => a.length - b.length)
      .slice(0, limit);
  }

  private fuseFor(letter: string): Fuse<string> | undefined {
    let fuse = this.fuses.get(letter);
    const list = this.buckets.get(letter);
    if (!fuse && list) {
      fuse = new Fuse(list, { includeScore: true, threshold: 0.4, distance: 20 });
      this.fuses.set(letter, fuse);
    }
    return fuse;
  }
}
