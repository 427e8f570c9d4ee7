import { canonLabel, canonWord, tokens } from './label-text';

/**
 * A dictionary of labels (« ID ménage », « Nom ») and the scanner that finds them in a text,
 * with the value that follows when it is in the same text (« ID ménage : 9100018 »).
 */

/** How a value is cut and checked: an ID token, a version number, or free text up to a separator. */
export type ValueKind = 'id' | 'version' | 'text';

export interface LabelEntry {
  key: string;
  kind: ValueKind;
}

export interface LabelDict {
  byCanon: Map<string, LabelEntry>;
  /** Canonical words any label contains: a text without one of them is skipped at once. */
  words: Set<string>;
  maxWords: number;
}

export function buildDict(entries: Iterable<[label: string, entry: LabelEntry]>): LabelDict {
  const byCanon = new Map<string, LabelEntry>();
  const words = new Set<string>();
  let maxWords = 1;
  for (const [label, entry] of entries) {
    const canon = canonLabel(label);
    if (!canon || byCanon.has(canon)) continue;
    byCanon.set(canon, entry);
    const parts = canon.split(' ');
    for (const w of parts) words.add(w);
    // Raw words (stop words included) bound the window scanned for a label.
    maxWords = Math.max(maxWords, label.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length);
  }
  return { byCanon, words, maxWords: Math.min(maxWords, 8) };
}

/** A label found in a text, with the value after it when the same text holds one. */
export interface TextMatch {
  entry: LabelEntry;
  labelStart: number;
  labelEnd: number;
  /** The value cut per its kind; null when the text holds only the label (value is elsewhere). */
  value: string | null;
  valueStart: number;
  valueEnd: number;
  /** True when nothing but punctuation follows the label: look for the value next to it. */
  labelOnly: boolean;
}

// Inside a label, words are separated by spaces, « ° », apostrophes, dots or hyphens only.
const LABEL_GAP = /^[\s°º'’.-]*$/;
// Before a label: start of text, or a separator that ends the previous item.
const ITEM_BREAK = /[:;,|·•—–()[\]/\n\t]|\s-\s/;
// Between a label and its value.
const VALUE_GAP = /^[\s:：#°º=–—-]*/;
const VERSION = /^v?(\d{1,3}(?:\.\d{1,4}){1,3})\b/i;
const TEXT_END = /[|•·;\n\t]|\s[–—-]\s|\s{3,}/;

/**
 * Finds labels of the dictionary in a short text. A label must start the text or follow a
 * separator, so « Ancien ID ménage : 1 » is not read as « ID ménage ». Returns at most 8 matches.
 */
export function scanText(text: string, dict: LabelDict, idRe: RegExp): TextMatch[] {
  const toks = tokens(text, 40);
  const out: TextMatch[] = [];
  const canon = toks.map((t) => canonWord(t.word));
  let prevValueEnd = -1;
  for (let j = 0; j < toks.length && out.length < 8; j++) {
    const first = canon[j] as string;
    if (!first || !dict.words.has(first)) continue;
    const tj = toks[j] as (typeof toks)[number];
    const before = text.slice(j === 0 ? 0 : (toks[j - 1]?.end ?? 0), tj.start);
    if (j > 0 && !ITEM_BREAK.test(before) && prevValueEnd !== toks[j - 1]?.end) continue;
    let best: { entry: LabelEntry; k: number } | null = null;
    const words: string[] = [];
    for (let k = j; k < toks.length && k < j + dict.maxWords; k++) {
      const tk = toks[k] as (typeof toks)[number];
      if (
        k > j &&
        !LABEL_GAP.test(text.slice((toks[k - 1] as (typeof toks)[number]).end, tk.start))
      )
        break;
      const w = canon[k] as string;
      if (w) words.push(w);
      const entry = dict.byCanon.get([...words].sort().join(' '));
      if (entry) best = { entry, k };
    }
    if (!best) continue;
    const labelEnd = (toks[best.k] as (typeof toks)[number]).end;
    const m = cutValue(text, labelEnd, best.entry.kind, idRe);
    out.push({ entry: best.entry, labelStart: tj.start, labelEnd, ...m });
    if (m.value !== null) prevValueEnd = m.valueEnd;
    // Continue after the value (or the label): a text may hold « ID ménage : 1 · ID demande : 2 ».
    const resume = m.value !== null ? m.valueEnd : labelEnd;
    while (j + 1 < toks.length && (toks[j + 1] as (typeof toks)[number]).start < resume) j++;
  }
  return out;
}

function cutValue(
  text: string,
  from: number,
  kind: ValueKind,
  idRe: RegExp,
): { value: string | null; valueStart: number; valueEnd: number; labelOnly: boolean } {
  const gap = VALUE_GAP.exec(text.slice(from))?.[0] ?? '';
  const start = from + gap.length;
  const rest = text.slice(start);
  const none = { value: null, valueStart: start, valueEnd: start };
  if (!/[\p{L}\p{N}]/u.test(rest)) return { ...none, labelOnly: true };
  if (kind === 'id') {
    const tok = /^[A-Za-z0-9_-]{1,40}/.exec(rest)?.[0];
    // The ID must be a whole word: « 9100018abc » or « 12/03/2024 » are not IDs.
    const tail = rest.slice(tok?.length ?? 0, (tok?.length ?? 0) + 2);
    if (!tok || /^(?:[\p{L}\p{N}]|[/.,:]\d)/u.test(tail) || !idRe.test(tok)) {
      return { ...none, labelOnly: false };
    }
    return { value: tok, valueStart: start, valueEnd: start + tok.length, labelOnly: false };
  }
  if (kind === 'version') {
    const m = VERSION.exec(rest);
    if (!m?.[1]) return { ...none, labelOnly: false };
    return { value: m[1], valueStart: start, valueEnd: start + m[0].length, labelOnly: false };
  }
  // Free text is only taken after a colon: « Profil Écoutant » is more likely a heading than a pair.
  if (!/[:：]/.test(gap)) return { ...none, labelOnly: false };
  const end = TEXT_END.exec(rest);
  const value = (end ? rest.slice(0, end.index) : rest).trim().slice(0, 200);
  return value
    ? { value, valueStart: start, valueEnd: start + value.length, labelOnly: false }
    : { ...none, labelOnly: true };
}

/** Cuts a value that sits in its own element (a `dd`, a cell), per its kind. */
export function readValue(raw: string, kind: ValueKind, idRe: RegExp): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (kind === 'text') return text.slice(0, 200);
  return cutValue(text, 0, kind, idRe).value;
}
