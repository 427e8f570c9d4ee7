import { en } from '../../../utils/i18n/en';
import { kbEn } from '../../../utils/i18n/kb-en';
import { kbFr } from '../../../utils/i18n/kb-fr';
import { fr } from '../../../utils/i18n/fr';
import { optionsEn } from '../../../utils/i18n/options-en';
import { optionsFr } from '../../../utils/i18n/options-fr';
import type { VisibleText } from '../../../entrypoints/kb.content/visible-texts';

/**
 * Tells French text from English in what the English walk saw. Two checks: the French catalogues
 * (a message, or a run of at least two words of it, whose English differs), and the words only
 * French uses (function words, accented letters), for sentences built outside the catalogues.
 */
const CATALOGUES: Array<[Record<string, string>, Record<string, string | undefined>]> = [
  [fr, en],
  [optionsFr, optionsEn],
  [kbFr, kbEn],
];

const FUNCTION_WORDS = new Set(
  (
    'le la les des du une est sont pas vous votre vos aucun aucune dans pour avec sur cette ces ' +
    'être été ou où au aux ne nous leur mais déjà puis rien et un il elle ce qui que'
  ).split(' '),
);

const ACCENTED = /[àâçéèêëîïôûùüÿœ]/i;

const normal = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function catalogueFragments(): { whole: Set<string>; runs: string[] } {
  const whole = new Set<string>();
  const runs: string[] = [];
  for (const [french, english] of CATALOGUES) {
    for (const [key, text] of Object.entries(french)) {
      if (english[key] === text) continue;
      whole.add(normal(text));
      for (const part of text.split(/\{\w+\}/)) {
        const run = normal(part).replace(/^[\s:;,.–—(«»)]+|[\s:;,.–—(«»)]+$/g, '');
        // At least two words of letters: « }, { » between placeholders is not French.
        if ((run.match(/\p{L}{2,}/gu) ?? []).length >= 2) runs.push(run);
      }
    }
  }
  return { whole, runs };
}

const FRAGMENTS = catalogueFragments();

/** Why a text reads as French, or null. */
export function frenchReason(text: string): string | null {
  const t = normal(text);
  if (FRAGMENTS.whole.has(t)) return 'a French catalogue message';
  const run = FRAGMENTS.runs.find((r) => t.includes(r));
  if (run) return `French catalogue words « ${run} »`;
  const words = t.split(/[^\p{L}’']+/u).filter(Boolean);
  const accented = words.find((w) => ACCENTED.test(w));
  if (accented) return `the French word « ${accented} »`;
  const function_ = words.filter((w) => FUNCTION_WORDS.has(w.replace(/^[ldjnsc][’']/, '')));
  if (function_.length >= 2) return `French words « ${function_.join(' ')} »`;
  return null;
}

/** The texts that read as French, one line each with where they are and why. */
export function frenchTexts(texts: readonly VisibleText[]): string[] {
  return texts.flatMap(({ text, where }) => {
    const why = frenchReason(text);
    return why ? [`${where}: « ${text} » (${why})`] : [];
  });
}
