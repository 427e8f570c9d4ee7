import type { EscalationDraft } from '../escalation/model';
import { resolveSelection } from '../nomenclature/lookup';
import type { Nomenclature } from '../nomenclature/schema';
import { fold } from '../text/french';
import type { EscalationCandidateInput } from './candidate';

/** The duplicate guard's view of a draft: case IDs, nomenclature by libellé, subject, description. */
export function candidateFromDraft(
  draft: EscalationDraft,
  nomenclature: Nomenclature,
): EscalationCandidateInput {
  const r = resolveSelection(nomenclature, draft.nomenclature);
  return {
    menageId: draft.qui.menageId,
    personneId: draft.qui.personneId,
    demandeId: draft.nature.ids.demandeId,
    userEmail: draft.qui.userEmail,
    thematique: r.thematique?.libelle,
    motif: r.motif?.libelle,
    sousMotif: r.sousMotif?.libelle,
    subject: draft.nature.summary,
    description: [
      draft.nature.description,
      draft.obtained,
      ...draft.technicalLines.filter((l) => l.included).map((l) => l.text),
    ]
      .filter(Boolean)
      .join('\n'),
    justification: draft.justification,
  };
}

const ID_AFTER = (word: string) =>
  new RegExp(
    `(?:id(?:entifiant)?|n[°o]|numero)?\\s*${word}\\s*(?:id|n[°o]|numero)?\\s*[:=]?\\s*(\\d{5,12})\\b`,
    'g',
  );

/**
 * Case IDs written in a text typed by hand (a form opened without the panel): « ID ménage 9100018 »,
 * « ménage n° 9100018 », « demande : 7700042 ». Only when the text names exactly one value for a
 * kind: two different ménages in one text say nothing certain.
 */
export function idsFromText(text: string): {
  menageId?: string;
  personneId?: string;
  demandeId?: string;
} {
  const folded = fold(text);
  const one = (word: string): string | undefined => {
    const values = new Set([...folded.matchAll(ID_AFTER(word))].map((m) => m[1] ?? ''));
    return values.size === 1 ? [...values][0] : undefined;
  };
  const out: { menageId?: string; personneId?: string; demandeId?: string } = {};
  const menage = one('menage');
  const personne = one('personne');
  const demande = one('demande');
  if (menage) out.menageId = menage;
  if (personne) out.personneId = personne;
  if (demande) out.demandeId = demande;
  return out;
}
