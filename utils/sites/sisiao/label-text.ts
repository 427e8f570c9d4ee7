/**
 * Label text as a person reads it: « N° de la demande : », « Numéro demande », « ID demande » all
 * name the same field. Folding here (not per rule) keeps the rules short and catches variants that
 * SI SIAO releases introduce without warning.
 */

/** Words that carry no meaning in a label: articles and prepositions. */
const STOP = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'a',
  'au',
  'en',
  'of',
  'the',
]);

/** « N° », « No », « Numéro », « Identifiant », « ID » all say "the identifier of". */
export const SAME_AS_ID: ReadonlySet<string> = new Set([
  'n',
  'no',
  'nr',
  'num',
  'numero',
  'id',
  'ident',
  'identifiant',
]);

/** Lower case, accents removed, ligatures and compatibility forms (º, ﬁ) expanded. */
export function foldText(text: string): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Meaningful words of a label, folded, with the identifier synonyms made one word. */
export function labelWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldText(text).split(/[^a-z0-9]+/)) {
    if (!raw || STOP.has(raw)) continue;
    out.push(SAME_AS_ID.has(raw) ? 'id' : raw);
  }
  return out;
}

/**
 * The canonical key of a label: its meaningful words, sorted, so « Ménage n° » and « N° ménage »
 * meet. Empty string when the label has no meaningful word.
 */
export function canonLabel(text: string): string {
  return labelWords(text).sort().join(' ');
}

/** A word of a text with where it sits, so a value can be cut out of the raw text. */
export interface Token {
  /** Folded form used for matching. */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*/gu;

/** Splits a raw text into words with their offsets (hyphenated words stay whole). */
export function tokens(text: string, max = 60): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m && out.length < max; m = TOKEN.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Canonical form of one word, as `labelWords` would give it, or '' for a stop word. */
export function canonWord(word: string): string {
  const w = foldText(word).replace(/[^a-z0-9]+/g, '');
  if (!w || STOP.has(w)) return '';
  return SAME_AS_ID.has(w) ? 'id' : w;
}
