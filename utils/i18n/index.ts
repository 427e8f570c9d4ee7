import { en } from './en';
import { fr, type MessageKey } from './fr';

export type { MessageKey };
export type Language = 'fr' | 'en';

let current: Language = 'fr';

/** Sets the interface language (a setting; French by default, as the product is French-first). */
export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** The text of a key in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = (current === 'en' ? en[key] : undefined) ?? fr[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
