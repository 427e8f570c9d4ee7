import { fold } from '../text/french';
import { normalize, rawWords } from './normalize';
import { SYNONYMS } from './synonyms';

/** A short extract of a section with the matched words marked as [start, end) offsets in `text`.
 * Data, not HTML: the side panel renders it with text nodes, so page text is never injected. */
export type Snippet = { text: string; highlights: [number, number][] };

// Latin letters are all French needs; a plain class is several times faster than \p{L}.
const WORD = /[0-9A-Za-z\u00C0-\u024F'’]+/g;

/** Word → its tokens. Snippets are built on every keystroke over the same few sections, and
 * normalising each word again dominated the search time before this cache. */
const wordTokens = new Map<string, readonly string[]>();

function tokensOf(word: string): readonly string[] {
  let tokens = wordTokens.get(word);
  if (!tokens) {
    if (wordTokens.size > 20_000) wordTokens.clear();
    tokens = normalize(word);
    wordTokens.set(word, tokens);
  }
  return tokens;
}

/** Words of the synonym table by the first letters of what they become (« famille » → « men »). */
const SYNONYM_WORDS = new Map<string, string[]>();
for (const entry of SYNONYMS) {
  const key = normalize(entry.canonical)[0]?.slice(0, 2) ?? '';
  const ws = entry.forms.flatMap((f) => rawWords(f));
  SYNONYM_WORDS.set(key, [...(SYNONYM_WORDS.get(key) ?? []), ...ws.map((w) => w.slice(0, 2))]);
}

/** Joined synonym tokens (« mot de passe » is one token) → the tokens of their words, so that
 * the words of the phrase are highlighted where the phrase matched. */
const JOINED_PARTS = new Map<string, readonly string[]>();
for (const entry of SYNONYMS) {
  const term = entry.joined ? normalize(entry.canonical)[0] : undefined;
  if (term)
    JOINED_PARTS.set(term, [term, ...rawWords(entry.canonical).flatMap((w) => normalize(w))]);
}

function withJoinedParts(terms: ReadonlySet<string>): ReadonlySet<string> {
  let out: Set<string> | undefined;
  for (const [term, parts] of JOINED_PARTS) {
    if (terms.has(term)) out = new Set([...(out ?? terms), ...parts]);
  }
  return out ?? terms;
}

/** Two-letter starts a word must have to possibly normalise to one of `terms`: a stem is almost
 * always a prefix of its folded word, and synonym forms are listed. A cheap filter, so that only
 * a few words of a section go through full normalisation. */
function startsOf(terms: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of terms) {
    out.add(t.slice(0, 2));
    for (const s of SYNONYM_WORDS.get(t.slice(0, 2)) ?? []) out.add(s);
  }
  return out;
}

/** Offsets of the words of `text` whose normalised form is one of `terms`. */
export function matchRanges(text: string, queryTerms: ReadonlySet<string>): [number, number][] {
  const terms = withJoinedParts(queryTerms);
  const starts = startsOf(terms);
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // Elided words (« l'annulation ») are checked in full; others only when their start fits.
    const elided = word.includes("'") || word.includes('’');
    const head = word.slice(0, 2).toLowerCase();
    const start = /^[a-z0-9]*$/.test(head) ? head : fold(head);
    if (!elided && !starts.has(start)) continue;
    if (tokensOf(word).some((t) => terms.has(t))) ranges.push([m.index, m.index + word.length]);
  }
  return ranges;
}

/** The window of about `size` characters holding the most matches, cut at word boundaries. */
export function makeSnippet(text: string, terms: ReadonlySet<string>, size = 180): Snippet {
  const clean = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(clean, terms);
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i++) {
    const start = ranges[i]?.[0] ?? 0;
    let n = 0;
    for (let j = i; j < ranges.length && (ranges[j]?.[1] ?? 0) <= start + size; j++) n++;
    if (n > bestCount) [best, bestCount] = [i, n];
  }
  let from = Math.max(0, (ranges[best]?.[0] ?? 0) - 30);
  if (from > 0) from = clean.indexOf(' ', from) + 1 || from;
  let to = Math.min(clean.length, from + size);
  if (to < clean.length) to = clean.lastIndexOf(' ', to) > from ? clean.lastIndexOf(' ', to) : to;
  const prefix = from > 0 ? '… ' : '';
  const body = clean.slice(from, to);
  const highlights = ranges
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]): [number, number] => [s - from + prefix.length, e - from + prefix.length]);
  return { text: prefix + body + (to < clean.length ? ' …' : ''), highlights };
}
