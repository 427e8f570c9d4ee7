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

/** A French refusal when a configuration's text is over the cap, else null. */
export function configSizeError(text: string, what = 'Le fichier'): string | null {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes <= MAX_CONFIG_BYTES) return null;
  return `${what} fait ${Math.ceil(bytes / 1024)} Ko : une configuration fait ${MAX_CONFIG_BYTES / 1024} Ko au plus. Rien n'a changé.`;
}

/** What `next` weakens compared with `current`, one French line each; [] when nothing does. */
export function weakenings(current: Config, next: Config): string[] {
  const lines: string[] = [];
  const a = maskingRulesOf(current);
  const b = maskingRulesOf(next);
  if (a.mode === 'strict' && b.mode !== 'strict')
    lines.push(
      'Le masquage passe de « strict » à « ciblé » : seuls les champs nommés seront masqués.',
    );
  for (const [key, what] of [
    ['labels', 'libellés masqués'],
    ['selectors', 'sélecteurs masqués'],
    ['fieldHints', 'indices de champs personnels'],
  ] as const) {
    const gone = missing(a, b, key);
    if (gone.length)
      lines.push(
        `${gone.length} ${what} en moins : ${gone.slice(0, 6).join(', ')}${gone.length > 6 ? '…' : ''}.`,
      );
  }
  const added = b.safeWords.filter((w) => !new Set(a.safeWords).has(w));
  if (added.length)
    lines.push(
      `${added.length} mot(s) ajouté(s) au vocabulaire laissé visible : ${added.slice(0, 6).join(', ')}${added.length > 6 ? '…' : ''}.`,
    );
  if (a.maskContactsEverywhere && !b.maskContactsEverywhere)
    lines.push('Les courriels et téléphones ne seront plus masqués partout.');
  if (current.addresses.knowledgeBase !== next.addresses.knowledgeBase)
    lines.push(
      `La base de connaissances change : ${next.addresses.knowledgeBase} au lieu de ${current.addresses.knowledgeBase}.`,
    );
  return lines;
}

function missing(
  a: MaskingRules,
  b: MaskingRules,
  key: 'labels' | 'selectors' | 'fieldHints',
): string[] {
  const kept = new Set(b[key]);
  return a[key].filter((x) => !kept.has(x));
}
