import { STOP_WORDS, stem, words } from '../text/french';
import { SYNONYMS, type SynonymEntry } from './synonyms';

/** A normalised token and the position of the raw word it came from. */
export type Token = { term: string; src: number };

type Rule = { seq: readonly string[]; out: readonly string[]; exact: boolean };

/** Single letters left by an elision typed without its apostrophe (« l abri », « d une »). */
const ORPHAN = /^[bcdefghjklmnopqrstuvwxz]$/;

/** Raw words of a text as the analyser sees them: folded, elisions and orphan letters removed. */
export function rawWords(text: string): string[] {
  return words(text).filter((w) => !ORPHAN.test(w));
}

/** Stems that the shared stemmer produces for longer words but that are meaningful words of their
 * own: « passe » must not become « pas », the negation referents type in every symptom. */
const PROTECTED = new Set(['pas', 'plus']);

/** french.ts's stem, except where it would merge a word into a protected one. */
export function searchStem(word: string): string {
  const s = stem(word);
  if (!PROTECTED.has(s) || PROTECTED.has(word)) return s;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function stems(ws: readonly string[]): string[] {
  return ws.map((w) => searchStem(w));
}

/** Compiles the synonym table into rules keyed by their first stem, longest first. */
export function compileSynonyms(entries: readonly SynonymEntry[]): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  const add = (form: string, out: readonly string[], exact: boolean): void => {
    const raw = rawWords(form);
    const seq = exact ? raw : stems(raw);
    const first = stems(raw)[0];
    if (first === undefined) return;
    const list = rules.get(first) ?? [];
    list.push({ seq, out, exact });
    rules.set(first, list);
  };
  for (const entry of entries) {
    const canonical = rawWords(entry.canonical);
    const out = canonical.filter((w) => !STOP_WORDS.has(w)).map((w) => searchStem(w));
    const exact = entry.exact === true;
    // The canonical phrase maps to itself, so it is never cut up by a shorter form.
    if (!exact) add(entry.canonical, out, false);
    for (const form of entry.forms) add(form, out, exact);
  }
  for (const list of rules.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  return rules;
}

const DEFAULT_RULES = compileSynonyms(SYNONYMS);

/** True when a raw word starts one of the synonym forms (so it is known, not a typo). */
export function isSynonymWord(word: string, rules = DEFAULT_RULES): boolean {
  return rules.has(searchStem(word));
}

function matchAt(ws: readonly string[], stemmed: readonly string[], i: number, r: Rule): boolean {
  const seq = r.exact ? ws : stemmed;
  for (let k = 0; k < r.seq.length; k++) if (seq[i + k] !== r.seq[k]) return false;
  return true;
}

/**
 * Turns raw words into search tokens: stems, synonyms rewritten, stop words dropped. Phrases are
 * matched before stop words go, so « à compléter » (a status) stays apart from « compléter ».
 */
export function analyzeWords(ws: readonly string[], rules = DEFAULT_RULES): Token[] {
  const stemmed = stems(ws);
  const out: Token[] = [];
  let i = 0;
  while (i < ws.length) {
    const rule = rules.get(stemmed[i] ?? '')?.find((r) => matchAt(ws, stemmed, i, r));
    if (rule) {
      for (const term of rule.out) out.push({ term, src: i });
      i += rule.seq.length;
      continue;
    }
    const word = ws[i] ?? '';
    if (!STOP_WORDS.has(word)) out.push({ term: stemmed[i] ?? word, src: i });
    i++;
  }
  return out;
}

/** The search tokens of a text, shared by the index and the query. */
export function normalize(text: string): string[] {
  return analyzeWords(rawWords(text)).map((t) => t.term);
}
