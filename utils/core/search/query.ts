import type { VocabularyMatcher } from './fuzzy';
import { analyzeWords, isStopWord, isSynonymWord, rawWords } from './normalize';
import type { QueryPart } from './reduce-query';

/** Query terms with their weights: 1 for a word as typed, less for a guessed correction. */
export type QueryTerms = Map<string, number>;

/** Elisions typed without apostrophe: « narrive », « lactualisation ». */
const GLUED_ELISION = /^(?:[ldjmnstc]|qu)([aeiouyh].{2,})$/;

export type QueryOptions = {
  /** Treat the last word as still being typed and complete it (live search on each keystroke). */
  prefix?: boolean;
};

type Variant = { word: string; weight: number };

/** Weight of a verb found without its « re- »: the same action, done again. */
const REPEATED = 0.9;

/** The word without the prefix of repetition, in its spellings: « rajouter » → « ajouter »,
 * « rouvrir » → « ouvrir », « ressaisir » → « saisir », « recréer » → « créer ». For unknown words
 * only: the corpus often writes the plain verb. */
function withoutRepetition(word: string): string[] {
  if (word.length < 6) return [];
  const out: string[] = [];
  if (word.startsWith('ress')) out.push(word.slice(3));
  if (word.startsWith('re')) out.push(word.slice(2));
  if (/^r[aeiou]/.test(word)) out.push(word.slice(1));
  return out.filter((w) => w.length >= 4);
}

/** Which typed words are the corpus's own (a set of words will do). */
export type Known = { has(word: string): boolean };

/** Dates typed in a description (« du 12/03 », « le 14.05.2025 »): they name the case, not the
 * topic, and matched the example dates of articles. Dotted or dashed only with a year, so that a
 * version (« 8.1 ») stays. */
const DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\b/g;

/** Case, file and phone numbers (« dmd n° 458712 », « 2024-000123 »), and years: four digits or
 * more never name a topic, while short numbers do (« 115 », « siao 93 », « 5 essais »). */
const LONG_NUMBER = /\d{4}/;

/** The query without the dates it mentions. */
export function withoutReferences(query: string): string {
  return query.replace(DATE, ' ');
}

function variantsOf(
  word: string,
  last: boolean,
  known: Known,
  matcher: VocabularyMatcher,
  opts: QueryOptions,
): Variant[] {
  if (known.has(word) || isStopWord(word) || isSynonymWord(word) || /\d/.test(word)) {
    return [{ word, weight: 1 }];
  }
  // Three letters leave too little to tell a typo from another word (« min » is not « main »).
  if (word.length < 4) return [{ word, weight: 1 }];
  const glued = GLUED_ELISION.exec(word)?.[1];
  if (glued && known.has(glued)) return [{ word: glued, weight: 1 }];
  if (last && opts.prefix) {
    const done = matcher.complete(word, 4);
    if (done.length) return done.map((w, i) => ({ word: w, weight: i === 0 ? 0.9 : 0.6 }));
  }
  const fixes = matcher.correct(word, 2);
  if (fixes.length === 0) {
    // Another form of the same word (above) is closer than the plain verb.
    const unprefixed = withoutRepetition(word).find((w) => known.has(w));
    return [{ word: unprefixed ?? word, weight: unprefixed ? REPEATED : 1 }];
  }
  return fixes.map((f, i) => ({ word: f.word, weight: (1 - f.score) * (i === 0 ? 1 : 0.6) }));
}

/**
 * Turns what was typed into weighted index terms: each unknown word is corrected onto the corpus
 * vocabulary (or completed, for the word being typed), then the whole sequence goes through the
 * same analysis as the indexed text, so synonyms and phrases apply to corrected words too.
 * A query in parts (reduce-query.ts) is analysed part by part, each part's terms scaled by its
 * weight; only the last part's last word is being typed.
 */
export function analyzeQuery(
  query: string | readonly QueryPart[],
  known: Known,
  matcher: VocabularyMatcher,
  opts: QueryOptions = {},
): QueryTerms {
  const parts = typeof query === 'string' ? [{ text: query, weight: 1 }] : query;
  const terms: QueryTerms = new Map();
  const add = (term: string, weight: number): void => {
    // A term typed twice (or reached by two routes) counts a little more, not twice as much.
    const prev = terms.get(term) ?? 0;
    terms.set(term, Math.max(prev, weight) + 0.25 * Math.min(prev, weight));
  };
  parts.forEach((part, p) => {
    const last = p === parts.length - 1;
    analyzePart(part.text, known, matcher, last ? opts : {}, (t, w) => add(t, w * part.weight));
  });
  return terms;
}

function analyzePart(
  text: string,
  known: Known,
  matcher: VocabularyMatcher,
  opts: QueryOptions,
  add: (term: string, weight: number) => void,
): void {
  const ws = rawWords(withoutReferences(text)).filter((w) => !LONG_NUMBER.test(w));
  const variants = ws.map((w, i) => variantsOf(w, i === ws.length - 1, known, matcher, opts));
  const main = variants.map((v) => v[0]?.word ?? '');
  for (const t of analyzeWords(main)) add(t.term, variants[t.src]?.[0]?.weight ?? 1);
  variants.forEach((vs, i) => {
    for (const v of vs.slice(1)) {
      const alt = [...main];
      alt[i] = v.word;
      for (const t of analyzeWords(alt)) if (t.src === i) add(t.term, v.weight);
    }
  });
}
