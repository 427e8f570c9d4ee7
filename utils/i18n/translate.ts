/** The two interface languages; French is the reference and the default. */
export type Language = 'fr' | 'en';

/** Values of a sentence's `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/**
 * A translator over one catalogue pair: the English text when the language is English and the key
 * is translated, else the French; placeholders filled, unknown ones left as they are.
 */
export function translator<K extends string>(
  french: Record<K, string>,
  english: Partial<Record<K, string>>,
  language: () => Language,
): (key: K, vars?: Vars) => string {
  return (key, vars = {}) => {
    const template = (language() === 'en' ? english[key] : undefined) ?? french[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (m, name: string) =>
      name in vars ? String(vars[name]) : m,
    );
  };
}
