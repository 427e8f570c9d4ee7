import { findPersonalData, names, type PersonalDataOptions } from '../escalation/personal-data';

/** What replaces a redacted passage in a text the extension keeps or sends. */
export const REDACTED = '[masqué]';

/**
 * A text with the usager's personal data replaced by « [masqué] »: a civility and a name, a
 * surname in capitals beside a first name, a birth date, a phone, an e-mail (other than the
 * allowed ones), a NIR. For texts the person wrote (history, subject): the words around stay,
 * the duplicate guard still compares them.
 */
export function redactPersonal(text: string, options: PersonalDataOptions = {}): string {
  if (!text) return text;
  const spans = [
    ...findPersonalData(text, options).map((h) => [h.start, h.end] as [number, number]),
    // A name goes on over the capitalised words after it: « M. DIALLO Amadou ».
    ...names(text).map((h) => [h.start, nameEnd(text, h.end)] as [number, number]),
  ].sort((a, b) => a[0] - b[0]);
  if (!spans.length) return text;
  const merged: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = '';
  let at = 0;
  for (const [s, e] of merged) {
    out += text.slice(at, s) + REDACTED;
    at = e;
  }
  return out + text.slice(at);
}

const NEXT_NAME_WORD = /^\s+\p{Lu}[\p{L}'’-]*/u;

function nameEnd(text: string, end: number): number {
  for (let i = 0; i < 3; i++) {
    const m = NEXT_NAME_WORD.exec(text.slice(end));
    if (!m) break;
    end += m[0].length;
  }
  return end;
}
