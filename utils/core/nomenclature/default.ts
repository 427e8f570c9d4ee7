import data from './default-nomenclature.json';
import type { Nomenclature } from './schema';
import { parseNomenclature } from './validate';

/**
 * Builds the nomenclature shipped with the extension from its JSON, validated like one pasted in the
 * options: a typo in the JSON fails loudly here (and in its unit test), not silently in the panel.
 */
export function loadDefaultNomenclature(): Nomenclature {
  const result = parseNomenclature(data);
  if (!result.ok) {
    throw new Error(`Nomenclature par défaut invalide :\n${result.errors.join('\n')}`);
  }
  return result.nomenclature;
}

/** The nomenclature published by the national team (webinaire du 11/09/2025), plus provisional entries. */
export const DEFAULT_NOMENCLATURE: Nomenclature = loadDefaultNomenclature();
