import { fold, tokenize } from '../text/french';
import {
  ABBREVIATIONS,
  GENERIC_STEMS,
  GENERIC_WEIGHT,
  SYMPTOM_STEMS,
  SYMPTOM_WEIGHT,
  SYNONYMS,
} from './vocabulary';
import { errorSignatures } from './signatures';

/** What the similarity needs from one escalation's text, computed once per history entry. */
export interface TextFeatures {
  /** Canonical content tokens (stemmed, stop words and case IDs removed, synonyms merged). */
  readonly tokens: ReadonlySet<string>;
  /** Error signatures (see `errorSignatures`). */
  readonly signatures: readonly string[];
  /** Character trigrams of the folded text, digits masked: catches copies with small edits. */
  readonly grams: ReadonlySet<string>;
  /** Length of the text the trigrams come from. */
  readonly length: number;
}

/** Digits of an ID (`D104522` → `104522`), since referents write IDs without their prefix. */
function idForms(ids: ReadonlyArray<string | undefined>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    if (!id) continue;
    out.add(fold(id));
    const digits = id.replace(/\D/g, '');
    if (digits.length >= 3) out.add(digits);
  }
  return out;
}

function expandAbbreviations(folded: string): string {
  let out = folded;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/**
 * Base weight of a token before rarity: generic words and small numbers (dates, counts) weigh
 * little, symptom words half; numbers of 3 digits (HTTP statuses, « 115 ») weigh like words.
 */
export function baseWeight(token: string): number {
  if (GENERIC_STEMS.has(token)) return GENERIC_WEIGHT;
  if (SYMPTOM_STEMS.has(token)) return SYMPTOM_WEIGHT;
  if (/^\d+$/.test(token) && (token.length <= 2 || token.length === 4)) return GENERIC_WEIGHT;
  return 1;
}

function contentTokens(text: string, ids: Set<string>): Set<string> {
  const out = new Set<string>();
  // E-mail addresses and links say who and where, not what fails (« ts@exemple.fr » would make
  // every escalation written from the national script template look alike).
  const plain = text.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  for (const raw of tokenize(expandAbbreviations(fold(plain)))) {
    if (ids.has(raw)) continue;
    // Long numbers and letter+digit codes are IDs of some case, never the problem itself.
    if (/^\d{5,}$/.test(raw) || (/\d/.test(raw) && /[a-z]/.test(raw) && raw.length >= 5)) continue;
    out.add(SYNONYMS.get(raw) ?? raw);
  }
  return out;
}

function trigrams(text: string): Set<string> {
  const flat = ` ${fold(text)
    .replace(/\d+/g, '0')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= flat.length; i++) grams.add(flat.slice(i, i + 3));
  return grams;
}

/** Features of an escalation's subject and description; `ids` are its case IDs, ignored as words. */
export function textFeatures(
  subject: string,
  description: string,
  ids: ReadonlyArray<string | undefined> = [],
): TextFeatures {
  const text = `${subject}\n${description}`;
  const source = description || subject;
  // Trigrams are only needed for the few entries compared in full: computed on first use.
  let grams: Set<string> | undefined;
  return {
    tokens: contentTokens(text, idForms(ids)),
    signatures: errorSignatures(text),
    get grams() {
      grams ??= trigrams(source);
      return grams;
    },
    length: source.length,
  };
}
