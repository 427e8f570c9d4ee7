import { fold } from '../text/french';

/** The fields that say which case and which problem an escalation is about. */
export interface CaseKeys {
  readonly menageId?: string | undefined;
  readonly personneId?: string | undefined;
  readonly demandeId?: string | undefined;
  readonly motif?: string | undefined;
  readonly sousMotif?: string | undefined;
}

/**
 * How two escalations' cases relate. `same`: the same demande, or (neither having a demande) the
 * same ménage or personne — the only relation that can block. `related`: only one has a demande
 * and they share the ménage or personne (a demande of that household): worth a warning, not a block.
 * `other`: anything else, including two different demandes of one household.
 */
export type CaseRelation = 'same' | 'related' | 'other';

/** See `CaseRelation`. */
export function caseRelation(a: CaseKeys, b: CaseKeys): CaseRelation {
  if (a.demandeId && b.demandeId) return a.demandeId === b.demandeId ? 'same' : 'other';
  const household =
    (!!a.menageId && a.menageId === b.menageId) ||
    (!!a.personneId && a.personneId === b.personneId);
  if (!household) return 'other';
  return a.demandeId || b.demandeId ? 'related' : 'same';
}

/** A label compared without case, accents, punctuation or guillemets. */
export function labelKey(label: string | undefined): string {
  return label
    ? fold(label)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : '';
}

/**
 * Whether two escalations were filed under the same problem: the sous-motifs when both have one,
 * else the motifs when both have one, else `unknown`.
 */
export type CategoryRelation = 'same' | 'different' | 'unknown';

/** Folded sous-motif and motif of an escalation, computed once per entry. */
export interface CategoryKeys {
  readonly sousMotif: string;
  readonly motif: string;
}

/** See `CategoryKeys`. */
export function categoryKeys(e: CaseKeys): CategoryKeys {
  return { sousMotif: labelKey(e.sousMotif), motif: labelKey(e.motif) };
}

/** `categoryRelation` on keys already folded. */
export function categoryRelationOfKeys(a: CategoryKeys, b: CategoryKeys): CategoryRelation {
  if (a.sousMotif && b.sousMotif) return a.sousMotif === b.sousMotif ? 'same' : 'different';
  if (a.motif && b.motif) return a.motif === b.motif ? 'same' : 'different';
  return 'unknown';
}

/** See `CategoryRelation`. */
export function categoryRelation(a: CaseKeys, b: CaseKeys): CategoryRelation {
  return categoryRelationOfKeys(categoryKeys(a), categoryKeys(b));
}
