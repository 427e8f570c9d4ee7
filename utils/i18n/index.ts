import { fr, type MessageKey } from './fr';
import type { Said, SaidDate } from './said';
import { translator, type Language } from './translate';

export type { Language, MessageKey, Said };

let current: Language = 'fr';
/** The English texts, filled when English is first chosen: French pages never load them. */
const english: Partial<Record<MessageKey, string>> = {};
let configLineEnglish: ((line: string) => string) | null = null;
let englishLoaded: Promise<void> | null = null;

/**
 * Sets the interface language (a setting; French by default, as the product is French-first).
 * English is loaded on first use (its own chunk, like the xlsx writer); resolves once it is there.
 */
export async function setLanguage(language: Language): Promise<void> {
  if (language === 'en') {
    englishLoaded ??= Promise.all([import('./en'), import('./config-en')]).then(
      ([{ en }, { configLineInEnglish }]) => {
        Object.assign(english, en);
        configLineEnglish = configLineInEnglish;
      },
    );
    await englishLoaded;
  }
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** The text of a key in the current language, with `{name}` placeholders filled. */
export const t = translator<MessageKey>(fr, english, () => current);

/** A sentence decided elsewhere (core, the background), in the current language. */
export function say(s: Said): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(s.vars ?? {})) {
    vars[name] = typeof value !== 'object' ? value : 'key' in value ? say(value) : moment(value);
  }
  return t(s.key, vars);
}

/** « 4 décembre » / « 9 h 12 » in French, « 4 December » / « 9:12 » in English. */
function moment({ date, as }: SaidDate): string {
  const d = new Date(date);
  const locale = current === 'en' ? 'en-GB' : 'fr-FR';
  if (as === 'day') return d.toLocaleDateString(locale, { day: 'numeric', month: 'long' });
  const time = d.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  return current === 'en' ? time : time.replace(':', ' h ');
}

/**
 * A configuration validation line (built in French where files are read) in the current
 * language: English pages match it against config-en.ts, loaded with the English texts.
 */
export function configLine(line: string): string {
  return current === 'en' && configLineEnglish ? configLineEnglish(line) : line;
}
