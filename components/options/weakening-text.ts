import type { Weakening } from '../../utils/config/guards';
import type { OptionsKey } from '../../utils/i18n/options-fr';
import type { OptionsText } from './text';

/** A weakening as stored: its code and values, or the French line an older version kept. */
export type StoredWeakening =
  string | { code: string; n?: number; list?: string; from?: string; to?: string };

/** One weakening in the page's language. */
export function weakeningText(w: Weakening | StoredWeakening, t: OptionsText): string {
  if (typeof w === 'string') return w;
  const { code, ...vars } = w as { code: string } & Record<string, string | number>;
  return t(`weakening_${code}` as OptionsKey, vars);
}
