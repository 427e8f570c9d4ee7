import { describeContextKey } from './context-key';
import type { EscalationDraft } from './model';
import { renderEscalation, renderSubject } from './render';
import { resolveSelection, selectionNeedsUsager } from '../nomenclature/lookup';
import type { Nomenclature } from '../nomenclature/schema';

export interface FillContent {
  draftKey: string;
  label: string;
  email: string;
  subject: string;
  description: string;
  thematique: { code: string; libelle: string } | null;
  motif: { code: string; libelle: string } | null;
  sousMotif: { code: string; libelle: string } | null;
  screenshotIds: string[];
  ids: { menageId: string | null; personneId: string | null; demandeId: string | null };
  justification?: string;
}

const choice = (node: { code: string; libelle: string } | null) =>
  node ? { code: node.code, libelle: node.libelle } : null;
const orNull = (s: string) => s.trim() || null;

/** What the support form receives from a draft: rendered text, nomenclature, references. */
export function fillContentOf(draft: EscalationDraft, nomenclature: Nomenclature): FillContent {
  const r = resolveSelection(nomenclature, draft.nomenclature);
  const justification = draft.justification?.trim();
  return {
    draftKey: draft.contextKey,
    label: describeContextKey(draft.contextKey),
    email: draft.qui.userEmail,
    subject: renderSubject(draft),
    description: renderEscalation(draft, {
      usagerApplies: selectionNeedsUsager(nomenclature, draft.nomenclature),
    }),
    thematique: choice(r.thematique),
    motif: choice(r.motif),
    sousMotif: choice(r.sousMotif),
    screenshotIds: draft.screenshots.map((s) => s.id),
    ids: {
      menageId: orNull(draft.qui.menageId),
      personneId: orNull(draft.qui.personneId),
      demandeId: orNull(draft.nature.ids.demandeId),
    },
    ...(justification ? { justification } : {}),
  };
}
