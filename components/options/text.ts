import { optionsEn } from '../../utils/i18n/options-en';
import { optionsFr, type OptionsKey } from '../../utils/i18n/options-fr';

/** Translates an options text, `{name}` placeholders filled. */
export type OptionsText = (key: OptionsKey, vars?: Record<string, string | number>) => string;

/** The options texts in a language (French when a key has no English yet). */
export function optionsText(language: 'fr' | 'en'): OptionsText {
  return (key, vars = {}) => {
    const template = (language === 'en' ? optionsEn[key] : undefined) ?? optionsFr[key];
    return template.replace(/\{(\w+)\}/g, (m, name: string) =>
      name in vars ? String(vars[name]) : m,
    );
  };
}
