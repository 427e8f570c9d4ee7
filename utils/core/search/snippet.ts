import { normalize } from './normalize';

/** A short extract of a section with the matched words marked as [start, end) offsets in `text`.
 * Data, not HTML: the side panel renders it with text nodes, so page text is never injected. */
export type Snippet = { text: string; highlights: [number, number][] };

const WORD = /[\p{L}\p{N}'’]+/gu;

/** Offsets of the words of `text` whose normalised form is one of `terms`. */
export function matchRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (normalize(m[0]).some((t) => terms.has(t))) ranges.push([m.index, m.index + m[0].length]);
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
