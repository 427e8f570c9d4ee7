import { fold } from '../text/french';

/**
 * Personal data a referent may paste into the free text of an escalation. The national team asks
 * for IDs (ménage, personne) instead: a ticket travels further than the SI SIAO does.
 */

export type PersonalDataKind = 'name-birthdate' | 'phone' | 'email' | 'nir';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** Offsets in the text given, so the editor can highlight the passage. */
  start: number;
  end: number;
}

export interface PersonalDataOptions {
  /** Addresses that are not a usager's (the referent's own, the user's): never reported. */
  allowedEmails?: readonly string[];
  /** For « a date old enough to be a birth date »; defaults to the current year. */
  currentYear?: number;
}

// French numbers: 0X XX XX XX XX, +33 X…, 0033 X…, with spaces, dots or dashes. Digits around it
// mean a longer number (an ID), not a phone.
const PHONE =
  /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?![\d])/g;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// NIR: sex (1/2, 3/4/7/8 for provisional numbers), year, month (01-12, 20-42 or 50-99 when
// unknown), département (2A/2B for Corsica), commune, order, optional 2-digit key.
const NIR =
  /(?<![\dA-Za-z])[1-478][\s.]?\d{2}[\s.]?(?:0[1-9]|1[0-2]|[2-9]\d)[\s.]?(?:\d{2}|2[ABab])[\s.]?\d{3}[\s.]?\d{3}(?:[\s.]?\d{2})?(?![\dA-Za-z])/g;

const MONTHS =
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|' +
  'janv|fevr?|avr|juil|sept?|oct|nov|dec';
// Dates in the folded text: 12/03/1985, 12-03-85, 12.03.1985, 1985-03-12, 12 mars 1985.
const DATE = new RegExp(
  `(?<!\\d)(?:(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](\\d{4}|\\d{2})|(\\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])|(?:1er|0?[1-9]|[12]\\d|3[01]) (?:${MONTHS})\\.? (\\d{4}))(?!\\d)`,
  'g',
);
const BIRTH_CUE = /\b(nee?s?|naissance|ddn|date de naiss\w*|age de|agee? de)\b/;

// Civility then a capitalised word; or a surname in capitals next to a capitalised first name.
const NAME =
  /\b(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)\s+[A-ZÀ-Ý][\p{L}'-]+|\b[A-ZÀ-Ý][a-zà-ÿ'-]+\s+[A-ZÀ-Ý]{2,}(?:[\s-][A-ZÀ-Ý]{2,})*\b|\b[A-ZÀ-Ý]{2,}\s+[A-ZÀ-Ý][a-zà-ÿ'-]+\b/gu;
// Capitals that are not surnames in an SI SIAO ticket.
const ACRONYMS = new Set(
  'SI SIAO ID DI TS PJ CHU CHRS CADA HUDA MAB API URL HTTP PDF RGPD NIR CAF CPAM MDPH ASE SPIP ' +
    'CCAS DDETS DIHAL DDCS FAQ KB OK USA IDF AHI ALT ACT LHSS LAM ESI SAMU SDF RSA AAH ARE',
);

function nirKeyValid(digits: string): boolean {
  if (digits.length !== 15) return true; // no key to check: the 13-digit shape is enough
  const body = digits.slice(0, 13).replace(/2A/i, '19').replace(/2B/i, '18');
  const key = Number(digits.slice(13));
  return 97 - Number(BigInt(body) % 97n) === key;
}

/** Names as a ticket writes them: a civility then a name, or a surname in capitals beside a first name. */
export function names(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(NAME)) {
    const caps = m[0].match(/[A-ZÀ-Ý]{2,}/g) ?? [];
    if (caps.length && caps.every((c) => ACRONYMS.has(c))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A birth date is a date with a birth cue nearby, or an old enough date next to a name. */
function nameBirthdateHits(text: string, currentYear: number): PersonalDataHit[] {
  // fold() keeps the length of Latin text (accents are dropped, not expanded), so offsets agree;
  // œ/æ become two letters, hence the ligature-free copy used only for searching.
  const folded = fold(text.replace(/[œŒæÆ]/g, 'e'));
  const people = names(text);
  const hits: PersonalDataHit[] = [];
  for (const m of folded.matchAll(DATE)) {
    const start = m.index;
    const end = start + m[0].length;
    const rawYear = m[1] ?? m[2] ?? m[3] ?? '';
    const year = rawYear.length === 2 ? 1900 + Number(rawYear) : Number(rawYear);
    const around = folded.slice(Math.max(0, start - 40), Math.min(folded.length, end + 10));
    const cue = BIRTH_CUE.test(around);
    const nearName = people.some((p) => p.end >= start - 60 && p.start <= end + 60);
    // Without a cue, a recent date beside a name is an appointment, not a birth date.
    const oldEnough = year >= 1900 && year <= currentYear - 10;
    if ((cue && year >= 1900 && year <= currentYear) || (nearName && oldEnough)) {
      hits.push({ kind: 'name-birthdate', start, end });
    }
  }
  return hits;
}

/** Every passage of `text` that looks like personal data of a usager, in text order. */
export function findPersonalData(
  text: string,
  options: PersonalDataOptions = {},
): PersonalDataHit[] {
  const allowed = new Set((options.allowedEmails ?? []).map((e) => e.trim().toLowerCase()));
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(EMAIL)) {
    if (!allowed.has(m[0].toLowerCase())) {
      hits.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
    }
  }
  const nirSpans: [number, number][] = [];
  for (const m of text.matchAll(NIR)) {
    const digits = m[0].replace(/[\s.]/g, '');
    if (!nirKeyValid(digits)) continue;
    nirSpans.push([m.index, m.index + m[0].length]);
    hits.push({ kind: 'nir', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PHONE)) {
    const start = m.index;
    if (nirSpans.some(([s, e]) => start >= s && start < e)) continue;
    hits.push({ kind: 'phone', start, end: start + m[0].length });
  }
  hits.push(...nameBirthdateHits(text, options.currentYear ?? new Date().getFullYear()));
  return hits.sort((a, b) => a.start - b.start);
}
