/** Pieces of a text as [start, end) offsets: merged, and replaced by a mark (redaction). */
export type Span = [number, number];

/**
 * The spans sorted and merged where they overlap, or where `joins(end, start)` says the gap
 * between two of them belongs with them (a space inside a name, say).
 */
export function mergeSpans(
  spans: readonly Span[],
  joins?: (end: number, start: number) => boolean,
): Span[] {
  const out: Span[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && (s <= last[1] || joins?.(last[1], s))) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The text with each span (sorted, not overlapping) replaced by `mark`. */
export function replaceSpans(text: string, spans: readonly Span[], mark: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + mark;
    at = e;
  }
  return out + text.slice(at);
}
