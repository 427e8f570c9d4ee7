import { STOP_WORDS, stem, words } from '../text/french';
import { SYNONYMS, type SynonymEntry } from './synonyms';

/** A normalised token and the position of the raw word it came from. */
export type Token = { term: string; src: number };

type Rule = { seq: readonly string[]; out: readonly string[] };

/** Compiled synonym rules: `exact` ones match raw words, stop words included; the others match
 * the stems of meaningful words, so « supprimer son accès » and « supprimer l'accès » both hit. */
export type SynonymRules = { exact: Map<string, Rule[]>; stems: Map<string, Rule[]> };

/** Single letters left by an elision typed without its apostrophe (« l abri », « d une »). */
const ORPHAN = /^[bcdefghjklmnopqrstuvwxz]$/;

/** Question and filler words of typed queries that french.ts keeps (it is shared with the
 * duplicate guard, whose behaviour must not move): « quel statut », « il faut », « il veut ». */
const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // « deux » says how many, rarely what: « fusionner deux ménages » vs « deux personnes ».
    'quel quelle quels quelles lequel laquelle faut veut veux dont ya sais savoir deux',
    // When it happened, which a description tells and a how-to never answers; unknown to the
    // corpus, these were « corrected » into its words (maintenant → maintenance, demain → demande).
    'maintenant demain hier aujourd hui aujourdhui deja encore toujours depuis vraiment',
    // Contractions typed without apostrophe, speech verbs and wishes: « jai », « ca dit que ».
    'jai cest yen dit veulent voudrais voudrait chose truc',
    // Tenses of avoir and être that french.ts leaves (« j'avais tapé » is not about an « avis »).
    'avais avait avaient aurai aura aurait etais etaient sera serait soit',
    // « tout » and its forms, in every other sentence (« tous les jours », « tout ressaisir »).
    'tout tous toute toutes',
    // SMS spellings of function words: « pr », « ds », « qd », « bcp », « tjs »…
    'pr ds qd bcp tt tjs tjrs svt pcq qqn qq qqch dc bjr slt cdt cdlt',
  ]
    .join(' ')
    .split(' '),
);

/** True for words that carry no meaning for search. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || SEARCH_STOP_WORDS.has(word);
}

/** Raw words of a text as the analyser sees them: folded, elisions and orphan letters removed. */
export function rawWords(text: string): string[] {
  return words(text).filter((w) => !ORPHAN.test(w));
}

/** Nouns ending in « s » in the singular, which the plural folding would cut away from their verb
 * (« refus » → « refu », but « refuser » → « refus »). */
const INVARIABLE_S = new Set(['refus', 'succes', 'proces', 'progres', 'recours', 'secours']);

/** Nouns that the suffix stripping would merge with another word: « département » is not
 * « départ » (a colleague's or a household's leaving), a « formation » is not a « forme », the
 * « navigateur » (browser) is not the « navigation » in the platform, an « opérateur SIAO » is not
 * an « opération ». */
const WHOLE = new Map(
  ['departement', 'formation', 'navigateur', 'operateur'].flatMap((w) => [
    [w, w],
    [`${w}s`, w],
  ]),
);

/** Stems that the shared stemmer produces for longer words but that are meaningful words of their
 * own: « passe » must not become « pas », the negation referents type in every symptom. */
const PROTECTED = new Set(['pas', 'plus']);

/**
 * french.ts's stem, with two search-only adjustments: protected stems (above), and nouns in
 * « -ication » meeting their verb (modification / modifier, vérification / vérifier), which the
 * light stemmer leaves apart.
 */
export function searchStem(word: string): string {
  if (/ications?$/.test(word) && word.length > 8) return word.replace(/cations?$/, '');
  if (INVARIABLE_S.has(word)) return word;
  const whole = WHOLE.get(word);
  if (whole) return whole;
  const s = stem(word);
  if (!PROTECTED.has(s) || PROTECTED.has(word)) return s;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The single token of a `joined` synonym phrase, from the stems of its words. */
export function joinedTerm(stems: readonly string[]): string {
  return stems.join('_');
}

function addRule(map: Map<string, Rule[]>, seq: readonly string[], out: readonly string[]): void {
  const first = seq[0];
  if (first === undefined) return;
  const list = map.get(first) ?? [];
  list.push({ seq, out });
  list.sort((a, b) => b.seq.length - a.seq.length);
  map.set(first, list);
}

/** Compiles the synonym table into rules keyed by their first word or stem, longest first. */
export function compileSynonyms(entries: readonly SynonymEntry[]): SynonymRules {
  const rules: SynonymRules = { exact: new Map(), stems: new Map() };
  for (const entry of entries) {
    if (entry.exact) {
      // Exact rules rewrite raw words; their output is analysed like any text afterwards.
      const out = rawWords(entry.canonical);
      for (const form of entry.forms) addRule(rules.exact, rawWords(form), out);
      continue;
    }
    const toStems = (text: string): string[] =>
      rawWords(text)
        .filter((w) => !isStopWord(w))
        .map((w) => searchStem(w));
    const stems = toStems(entry.canonical);
    const out = entry.joined ? [joinedTerm(stems)] : stems;
    // The canonical phrase maps to itself, so it is never cut up by a shorter form.
    addRule(rules.stems, toStems(entry.canonical), out);
    for (const form of entry.forms) {
      const words = rawWords(form);
      const formStems = toStems(form);
      // A phrase that stop words would leave as one word (« nouveau né », « deux fois ») would
      // rewrite that word everywhere (every « nouveau » an « enfant »): it matches as typed.
      if (words.length > 1 && formStems.length === 1) {
        addRule(rules.exact, words, rawWords(entry.canonical));
      } else addRule(rules.stems, formStems, out);
    }
  }
  return rules;
}

const DEFAULT_RULES = compileSynonyms(SYNONYMS);

/** True when a raw word starts one of the synonym forms (so it is known, not a typo). */
export function isSynonymWord(word: string, rules = DEFAULT_RULES): boolean {
  return rules.stems.has(searchStem(word)) || rules.exact.has(word);
}

function findRule(map: Map<string, Rule[]>, seq: readonly string[], i: number): Rule | undefined {
  return map.get(seq[i] ?? '')?.find((r) => r.seq.every((s, k) => seq[i + k] === s));
}

/** Raw words with exact phrases rewritten; `src` keeps each word's original position. */
function rewriteExact(ws: readonly string[], rules: SynonymRules): { w: string; src: number }[] {
  const out: { w: string; src: number }[] = [];
  for (let i = 0; i < ws.length;) {
    const rule = rules.exact.size ? findRule(rules.exact, ws, i) : undefined;
    if (rule) {
      for (const w of rule.out) out.push({ w, src: i });
      i += rule.seq.length;
    } else {
      out.push({ w: ws[i] ?? '', src: i });
      i++;
    }
  }
  return out;
}

/**
 * Turns raw words into search tokens: exact phrases rewritten (« à compléter », the status, stays
 * apart from « compléter »), stop words dropped, stems taken, then synonym phrases rewritten.
 */
export function analyzeWords(ws: readonly string[], rules = DEFAULT_RULES): Token[] {
  const content = rewriteExact(ws, rules).filter((x) => !isStopWord(x.w));
  const stemmed = content.map((x) => searchStem(x.w));
  const out: Token[] = [];
  for (let i = 0; i < content.length;) {
    const src = content[i]?.src ?? 0;
    const rule = findRule(rules.stems, stemmed, i);
    if (rule) {
      for (const term of rule.out) out.push({ term, src });
      i += rule.seq.length;
    } else {
      out.push({ term: stemmed[i] ?? '', src });
      i++;
    }
  }
  return out;
}

/** The search tokens of a text, shared by the index and the query. */
export function normalize(text: string): string[] {
  return analyzeWords(rawWords(text)).map((t) => t.term);
}
