import { kbEn } from '../../utils/i18n/kb-en';
import { kbFr } from '../../utils/i18n/kb-fr';
import { translator, type Language } from '../../utils/i18n/translate';

let language: Language = 'fr';

/** The interface language, as published with the rules in force (French until read). */
export function setKbLanguage(next: Language): void {
  language = next;
}

export function kbLanguage(): Language {
  return language;
}

/** A text of the extension on the knowledge base, in the interface language. */
export const kt = translator(kbFr, kbEn, () => language);
