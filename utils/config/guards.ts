import type { MaskingRules } from '../sites/sisiao/masking-rules';
import { maskingRulesOf } from './resolve';
import type { Config } from './schema';

/**
 * Guards on configuration that comes from outside (a file, a policy, a feed): a size cap, and the
 * changes a person must confirm before they apply — less masking, or another knowledge base (the
 * form the extension fills, the articles it trusts).
 */

/** The largest configuration read: today's full export is about 40 KB. */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** The size of a configuration's text in KB when it is over the cap, else null. */
export function configOverCap(text: string): number | null {
  const bytes = new TextEncoder().encode(text).length;
  return bytes <= MAX_CONFIG_BYTES ? null : Math.ceil(bytes / 1024);
}

/** A French refusal when a configuration's text is over the cap, else null. */
export function configSizeError(text: string, what = 'Le fichier'): string | null {
  const kb = configOverCap(text);
  if (kb === null) return null;
  return `${what} fait ${kb} Ko : une configuration fait ${MAX_CONFIG_BYTES / 1024} Ko au plus. Rien n'a changé.`;
}

/**
 * One thing a configuration weakens, by code (the options page says it in its language): `n` and
 * the first names of what goes, or the two knowledge-base addresses.
 */
export type Weakening =
  | { code: 'strictToTargeted' | 'contactsNotEverywhere' }
  | {
      code: 'labelsRemoved' | 'selectorsRemoved' | 'hintsRemoved' | 'safeWordsAdded';
      n: number;
      list: string;
    }
  | { code: 'kbChanged'; from: string; to: string };

const firstSix = (items: readonly string[]) =>
  `${items.slice(0, 6).join(', ')}${items.length > 6 ? '…' : ''}`;

/** What `next` weakens compared with `current`; [] when nothing does. */
export function weakenings(current: Config, next: Config): Weakening[] {
  const out: Weakening[] = [];
  const a = maskingRulesOf(current);
  const b = maskingRulesOf(next);
  if (a.mode === 'strict' && b.mode !== 'strict') out.push({ code: 'strictToTargeted' });
  for (const [key, code] of [
    ['labels', 'labelsRemoved'],
    ['selectors', 'selectorsRemoved'],
    ['fieldHints', 'hintsRemoved'],
  ] as const) {
    const gone = missing(a, b, key);
    if (gone.length) out.push({ code, n: gone.length, list: firstSix(gone) });
  }
  const added = b.safeWords.filter((w) => !new Set(a.safeWords).has(w));
  if (added.length) out.push({ code: 'safeWordsAdded', n: added.length, list: firstSix(added) });
  if (a.maskContactsEverywhere && !b.maskContactsEverywhere)
    out.push({ code: 'contactsNotEverywhere' });
  if (current.addresses.knowledgeBase !== next.addresses.knowledgeBase)
    out.push({
      code: 'kbChanged',
      from: current.addresses.knowledgeBase,
      to: next.addresses.knowledgeBase,
    });
  return out;
}

function missing(
  a: MaskingRules,
  b: MaskingRules,
  key: 'labels' | 'selectors' | 'fieldHints',
): string[] {
  const kept = new Set(b[key]);
  return a[key].filter((x) => !kept.has(x));
}
