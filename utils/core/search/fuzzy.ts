import Fuse from 'fuse.js';

/** A corpus word that a mistyped query word probably meant, with a 0 (exact) … 1 score. */
export type Correction = { word: string; score: number };

/** Scores of the kinds of slips that are typos, best first. Anything else is another word: an
 * unknown word is more often a word the corpus does not use (« dame », « faute », « souci ») than
 * a typo, and « correcting » it into a close corpus word (date, faite, social) pulled unrelated
 * articles up. */
const SCORE = {
  /** Only doubled letters differ: « verouille », « anuler », « fusioner ». */
  doubling: 0.05,
  /** One letter missing, or two neighbours swapped: « conexion », « demnade ». */
  missing: 0.1,
  /** One letter too many: « orthographie ». */
  extra: 0.15,
  /** Same word, another ending: « arrivant » / « arrivent », « observatoire » / « observation ». */
  ending: 0.2,
  /** One wrong letter, in a long word only (in a short one it is usually another word). */
  wrong: 0.25,
} as const;

/** Shortest word in which one wrong letter is taken for a typo. */
const WRONG_MIN_LENGTH = 7;
/** Shortest shared start for two words to be forms of one word, and the most letters each may
 * have past it. */
const ENDING_MIN_PREFIX = 5;
const ENDING_MAX_TAIL = 4;

/** The word with runs of a letter reduced to one: doubled letters are the commonest French typo. */
function skeleton(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/** The kind of single slip that turns `typed` into `word`, if one does. */
function singleSlip(typed: string, word: string): 'missing' | 'extra' | 'wrong' | undefined {
  const d = word.length - typed.length;
  if (d < -1 || d > 1) return undefined;
  let i = 0;
  while (i < typed.length && typed[i] === word[i]) i++;
  if (d === 1) return typed.slice(i) === word.slice(i + 1) ? 'missing' : undefined;
  if (d === -1) return typed.slice(i + 1) === word.slice(i) ? 'extra' : undefined;
  if (i === typed.length) return undefined;
  if (typed.slice(i + 1) === word.slice(i + 1)) return 'wrong';
  // Two neighbours swapped counts as one missing-letter slip.
  const swapped =
    typed[i] === word[i + 1] &&
    typed[i + 1] === word[i] &&
    typed.slice(i + 2) === word.slice(i + 2);
  return swapped ? 'missing' : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** How likely `word` is what `typed` meant, as a score (lower is better), or undefined. */
function slipScore(typed: string, word: string, typedSkeleton: string, wordSkeleton: string) {
  if (typedSkeleton === wordSkeleton) return SCORE.doubling;
  let best: number | undefined;
  const slip = singleSlip(typedSkeleton, wordSkeleton);
  if (slip === 'missing' || slip === 'extra') best = SCORE[slip];
  else if (slip === 'wrong' && typed.length >= WRONG_MIN_LENGTH) best = SCORE.wrong;
  const p = commonPrefix(typed, word);
  if (
    p >= ENDING_MIN_PREFIX &&
    typed.length - p <= ENDING_MAX_TAIL &&
    word.length - p <= ENDING_MAX_TAIL
  ) {
    const ending = SCORE.ending + 0.01 * (typed.length - p + word.length - p);
    best = best === undefined ? ending : Math.min(best, ending);
  }
  return best;
}

/** Fuse.js candidates looked at per word; its threshold is loose on purpose (the slip test
 * decides), and it only has to bring the close words up. */
const FUSE_CANDIDATES = 24;
const FUSE_THRESHOLD = 0.5;

/**
 * Maps mistyped query words onto the corpus vocabulary. Fuse.js, good at short strings with a few
 * typos, proposes the close corpus words; only the slips people make while typing are then kept:
 * doubled or missing letters, a letter too many, two letters swapped, one wrong letter in a long
 * word, or another ending of the same word (fuse's score alone accepted « date » for « dame »,
 * « social » for « souci »). Words are bucketed by first letter (typos rarely hit it); a lookup is
 * cached: well under a millisecond on each keystroke.
 */
export class VocabularyMatcher {
  private readonly byLetter = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly skeletons = new Map<string, string>();
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
    for (const w of vocabulary) {
      const letter = w[0] ?? '';
      const list = this.byLetter.get(letter) ?? [];
      list.push(w);
      this.byLetter.set(letter, list);
      this.skeletons.set(w, skeleton(w));
    }
    // Built up front: the index is loaded once, then queried on every keystroke.
    for (const [letter, list] of this.byLetter) {
      this.fuses.set(letter, new Fuse(list, { threshold: FUSE_THRESHOLD, distance: 20 }));
    }
  }

  /** Up to `limit` likely intended words for `word`, best first; empty when nothing is close. */
  correct(word: string, limit = 2): Correction[] {
    const cached = this.cache.get(word);
    if (cached) return cached.slice(0, limit);
    const found: Correction[] = [];
    const typedSkeleton = skeleton(word);
    // Most unknown words are words the corpus does not use, not typos: when no word of the
    // bucket is one slip away, fuse.js could propose nothing that passes, so it is not asked
    // (the same answer, without fuse's cost: about a millisecond a word, most of a long query's).
    if (!this.anySlip(word, typedSkeleton)) {
      this.remember(word, found);
      return found;
    }
    for (const w of this.candidates(word)) {
      if (Math.abs(w.length - word.length) > ENDING_MAX_TAIL) continue;
      const s = slipScore(word, w, typedSkeleton, this.skeletons.get(w) ?? w);
      if (s === undefined) continue;
      found.push({ word: w, score: Math.max(0, s - 0.01 * Math.log1p(this.popularity(w))) });
    }
    found.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
    this.remember(word, found);
    return found.slice(0, limit);
  }

  private remember(word: string, found: Correction[]): void {
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(word, found);
  }

  /** Whether some corpus word of the same first letter is one typing slip away from `word`. */
  private anySlip(word: string, typedSkeleton: string): boolean {
    for (const w of this.byLetter.get(word[0] ?? '') ?? []) {
      if (Math.abs(w.length - word.length) > ENDING_MAX_TAIL) continue;
      if (slipScore(word, w, typedSkeleton, this.skeletons.get(w) ?? w) !== undefined) return true;
    }
    return false;
  }

  /** Close corpus words sharing the first letter, as fuse.js finds them. */
  private candidates(word: string): string[] {
    const fuse = this.fuses.get(word[0] ?? '');
    return fuse ? fuse.search(word, { limit: FUSE_CANDIDATES }).map((r) => r.item) : [];
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
