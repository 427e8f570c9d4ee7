import { fold } from '../text/french';
import { mergeSpans, replaceSpans, type Span } from '../text/spans';

/**
 * What of a text is known to be safe to show or write: words of the application's vocabulary, IDs,
 * versions. Everything else (a name, a town, a story) is unsafe. Used by the strict masking before a
 * screenshot and by the redaction of texts the extension writes from a page (steps, error lines,
 * titles), so both hide the same things.
 *
 * Two readings. `strict`: a word is safe only if the vocabulary has it (values and free text of the
 * content area). `lenient`: a lower-case word is safe too (buttons, menus, headings, labels and the
 * application's own messages, where prose is the application's and a name stands out by its
 * capitals: « Yasmina HADDAD a été ajoutée au ménage »).
 */

export interface SafeWords {
  /** Folded words (lower case, no accents). */
  words: ReadonlySet<string>;
  /** An ID as the application writes it (`^\d{1,20}$` by default). */
  idRe: RegExp;
}

export function compileSafeWords(list: readonly string[], idRe: RegExp): SafeWords {
  const words = new Set<string>();
  for (const entry of list) for (const w of entry.split(/[\s'’-]+/)) if (w) words.add(fold(w));
  return { words, idRe };
}

/** A word, a number (with its separators: 12/04/1987, 8.3.0, 06.12.34.56.78) or an ID like DEM-42. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-./:][\p{L}\p{M}\p{N}]+)*/gu;
const VERSION = /^v?\d{1,3}(?:\.\d{1,4}){1,3}$/i;
const PHONE_LIKE = /^0\d{9}$/;
const NIR_LIKE = /^[1-478]\d{12}(?:\d{2})?$/;

/** In the vocabulary, as written or as the singular / masculine of a listed word. */
function known(safe: SafeWords, w: string): boolean {
  if (safe.words.has(w)) return true;
  const singular = w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w;
  if (singular !== w && safe.words.has(singular)) return true;
  return singular.length > 3 && singular.endsWith('e') && safe.words.has(singular.slice(0, -1));
}

/** Whether one token may be shown. */
export function isSafeToken(token: string, safe: SafeWords, lenient: boolean): boolean {
  if (known(safe, fold(token))) return true;
  if (/\d/.test(token)) {
    if (VERSION.test(token)) return true;
    if (PHONE_LIKE.test(token) || NIR_LIKE.test(token)) return false;
    // An ID (4 digits or more, as the application's pattern says); small numbers are counts or
    // ages, shown only where the application speaks (a pager, a button's « (3) »).
    const digits = token.replace(/\D/g, '').length;
    if (digits >= 4 && safe.idRe.test(token)) return true;
    return lenient && /^\d{1,3}$/.test(token);
  }
  const parts = token.split(/[-./:]/);
  return parts.every((p) => {
    if (!p) return true;
    if (known(safe, fold(p))) return true;
    // Lower case in the application's own sentences; a capital is where names hide.
    return lenient && p === p.toLowerCase() && p !== p.toUpperCase();
  });
}

/** Always hidden, whatever the words around: e-mail addresses and French phone numbers. */
const CONTACTS = [
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,190}\.[A-Za-z]{2,24}/gu,
  /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/g,
];

/** A word that announces an ID. */
const ID_WORD = /(?:^|[^\p{L}])(?:id|n°|no|num|numéro|numero|identifiant|réf|ref)\.?\s*:?\s*$/iu;

/** Short words that join two parts of a name (« de la Fontaine », « Ben Ali ») or a sentence. */
const JOINERS = new Set([
  'de',
  'la',
  'le',
  'du',
  'des',
  'van',
  'von',
  'ben',
  'el',
  'al',
  'y',
  'et',
]);

/**
 * The pieces of `text` to hide, as [start, end) offsets, in order. Unsafe words next to each other
 * (across spaces, punctuation and joiners) make one piece; a text that is mostly unsafe is hidden
 * whole, so a story does not show its grammar words between blocks.
 */
export function unsafeSpans(text: string, safe: SafeWords, lenient: boolean): Span[] {
  const spans: Span[] = [];
  let total = 0;
  let unsafe = 0;
  let ids = 0;
  let open: Span | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    total++;
    const start = m.index;
    const end = start + m[0].length;
    if (!isSafeToken(m[0], safe, lenient)) {
      unsafe++;
      if (open) open[1] = end;
      // An elided capital belongs to the name: N'DIAYE, D'ALMEIDA.
      else
        open = [
          /\p{Lu}['’]$/u.test(text.slice(Math.max(0, start - 2), start)) ? start - 2 : start,
          end,
        ];
      continue;
    }
    // An ID the screen names as one (« ID ménage : 9112604 »), or long enough to be no year or
    // postal code.
    if (safe.idRe.test(m[0]) && (/\d{6}/.test(m[0]) || ID_WORD.test(text.slice(0, start)))) ids++;
    // A joiner may be the middle of a name (« de la Fontaine »): the next word decides.
    if (open && JOINERS.has(fold(m[0]))) continue;
    if (open) spans.push(open);
    open = null;
  }
  if (open) spans.push(open);
  const contacts: Span[] = [];
  for (const re of CONTACTS)
    for (const m of text.matchAll(re)) contacts.push([m.index, m.index + m[0].length]);
  if (!unsafe && !contacts.length) return [];
  // A value of five words or more with anything unknown in it is prose: hidden whole — unless it
  // shows an ID, which must stay readable (the names around it are hidden piece by piece).
  if (!lenient && unsafe && !ids && (total >= 5 || (total >= 3 && unsafe * 2 >= total))) {
    return [[text.search(/\S/), text.trimEnd().length]];
  }
  // Pieces apart by a space, an apostrophe, a comma or a dash only make one.
  return mergeSpans([...spans, ...contacts], (end, start) =>
    /^[\s'’,-]{1,3}$/.test(text.slice(end, start)),
  );
}

/** The text with its unsafe pieces replaced by `mark` (for steps, error lines, titles). */
export function redactUnsafe(
  text: string,
  safe: SafeWords,
  lenient: boolean,
  mark = '[masqué]',
): string {
  const spans = unsafeSpans(text, safe, lenient);
  return spans.length ? replaceSpans(text, spans, mark) : text;
}
