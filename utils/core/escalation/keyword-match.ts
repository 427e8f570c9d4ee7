import { tokenize } from '../text/french';

/**
 * Keyword matching tolerant of how referents type: accents dropped, doubled letters missed
 * (« anuler », « fusioner », « verouillé ») and one-letter slips in longer words (« mot de pase »).
 */

// Verb endings the shared stemmer leaves (« enregistrant », « annulait », « validons »): folded
// here only, on both sides of a match, so the search index's stems are not changed.
const VERB_ENDING = /(?:aient|ait|ais|ant|ons)$/;

/** A stemmed token with doubled letters squashed, so « annul » and « anul » are one key. */
export function matchKey(token: string): string {
  const squashed = token.replace(/([a-z])\1+/g, '$1');
  const bare = squashed.replace(VERB_ENDING, '');
  return bare.length >= 4 && bare !== squashed ? bare : squashed;
}

/** Tokens of a text as match keys, in order. */
export function matchTokens(text: string): string[] {
  return tokenize(text).map(matchKey);
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      // swapped letters (« reinitailiser ») count as one slip
      i += 2;
      j += 2;
    } else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Same key, or one slip apart when both are long enough for a slip not to change the word. */
export function keysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  return withinOneEdit(a, b);
}

/**
 * Positions in `text` covered by the phrase `keyword` (all its keys, close together, in any
 * order), or null. « Close » is a window a little wider than the phrase, so « mot de passe » and
 * « mot de passe expiré » match but a « mot » and a « passe » two sentences apart do not.
 */
export function findPhrase(text: readonly string[], keyword: readonly string[]): number[] | null {
  if (!keyword.length) return null;
  const window = keyword.length + 3;
  const [first, ...rest] = keyword;
  for (let p = 0; p < text.length; p += 1) {
    if (!keysMatch(text[p] ?? '', first ?? '')) continue;
    const used = [p];
    const ok = rest.every((k) => {
      for (let q = Math.max(0, p - window); q < Math.min(text.length, p + window + 1); q += 1) {
        if (!used.includes(q) && keysMatch(text[q] ?? '', k)) {
          used.push(q);
          return true;
        }
      }
      return false;
    });
    if (ok) return used;
  }
  return null;
}
