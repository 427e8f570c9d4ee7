import { optionsEn } from '../../utils/i18n/options-en';
import { optionsFr, type OptionsKey } from '../../utils/i18n/options-fr';
import { translator, type Language } from '../../utils/i18n/translate';

/** Translates an options text, `{name}` placeholders filled; knows its language (plurals). */
export type OptionsText = ((key: OptionsKey, vars?: Record<string, string | number>) => string) & {
  language: Language;
};

/** The options texts in a language (French when a key has no English yet). */
export function optionsText(language: Language): OptionsText {
  return Object.assign(
    translator(optionsFr, optionsEn, () => language),
    { language },
  );
}

/** Whether `n` takes the plural: French says « 0 escalade », English « 0 escalations ». */
export function isPlural(t: OptionsText, n: number): boolean {
  return t.language === 'en' ? n !== 1 : n > 1;
}
