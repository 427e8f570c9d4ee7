import { findPersonalData, names, type PersonalDataOptions } from '../escalation/personal-data';
import { mergeSpans, replaceSpans, type Span } from '../text/spans';

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
  const spans: Span[] = [
    ...findPersonalData(text, options).map((h): Span => [h.start, h.end]),
    // A name goes on over the capitalised words after it: « M. DIALLO Amadou ».
    ...names(text).map((h): Span => [h.start, nameEnd(text, h.end)]),
  ];
  return spans.length ? replaceSpans(text, mergeSpans(spans), REDACTED) : text;
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
