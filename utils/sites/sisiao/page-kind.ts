import type { PageKind } from '../../core/context';
import type { CompiledRules } from './compiled-rules';
import { singular } from './label-pairs';
import { labelWords } from './label-text';
import { type UrlParts, matchesRoute } from './url-facts';

/**
 * Which kind of SI SIAO screen this is, from the route first (most specific pattern at the end of
 * the path, then a fiche pattern inside it: `/menages/1/pieces` is still the fiche ménage), then
 * from the heading a person reads. `parts` is null when the address could not be read: an empty
 * path would pass for the home page.
 */
export function pageKindOf(
  parts: UrlParts | null,
  headings: readonly string[],
  compiled: CompiledRules,
): { kind: PageKind; how: 'url' | 'label' } | null {
  for (const atEnd of [true, false]) {
    for (const k of compiled.pageKinds) {
      if (parts && k.patterns.some((p) => matchesRoute(parts, p, atEnd)))
        return { kind: k.kind, how: 'url' };
    }
  }
  for (const heading of headings) {
    const words = new Set(labelWords(heading).map(singular));
    if (!words.size) continue;
    for (const k of compiled.pageKinds) {
      if (k.headings.some((p) => p.every((w) => words.has(singular(w))))) {
        return { kind: k.kind, how: 'label' };
      }
    }
  }
  return null;
}

/** The volet of a profile or volet label: « Écoutant 115 » → 115, « Volet insertion » → insertion. */
export function voletOf(text: string | null, compiled: CompiledRules): '115' | 'insertion' | null {
  if (!text) return null;
  const words = new Set(labelWords(text));
  const has = (list: string[][]) => list.some((p) => p.every((w) => words.has(w)));
  const is115 = has(compiled.volet115);
  const isInsertion = has(compiled.voletInsertion);
  // A profile naming both (« 115 et insertion ») says nothing about the screen: leave it unknown.
  if (is115 === isInsertion) return null;
  return is115 ? '115' : 'insertion';
}
