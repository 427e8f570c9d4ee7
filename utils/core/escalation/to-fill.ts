import { describeContextKey } from './context-key';
import type { EscalationDraft } from './model';
import { renderEscalation, renderSubject } from './render';
import { resolveSelection, selectionNeedsUsager } from '../nomenclature/lookup';
import type { Nomenclature } from '../nomenclature/schema';

/** An entry as the form's fill maps it: code, libellé and the other names it may bear there. */
export interface FillChoice {
  code: string;
  libelle: string;
  synonyms?: string[];
}

export interface FillContent {
  draftKey: string;
  label: string;
  email: string;
  subject: string;
  description: string;
  thematique: FillChoice | null;
  motif: FillChoice | null;
  sousMotif: FillChoice | null;
  screenshotIds: string[];
  ids: { menageId: string | null; personneId: string | null; demandeId: string | null };
  justification?: string;
}

const choice = (
  node: { code: string; libelle: string; synonyms?: string[] } | null,
): FillChoice | null =>
  node
    ? {
        code: node.code,
        libelle: node.libelle,
        ...(node.synonyms?.length ? { synonyms: node.synonyms.slice(0, 30) } : {}),
      }
    : null;
const orNull = (s: string) => s.trim() || null;

/**
 * What the support form receives from a draft: rendered text, nomenclature, references. A
 * selection made in `fallback` (the configured nomenclature, before the form's own lists were
 * known) is read there when `nomenclature` does not know its codes.
 */
export function fillContentOf(
  draft: EscalationDraft,
  nomenclature: Nomenclature,
  fallback?: Nomenclature,
): FillContent {
  const own = resolveSelection(nomenclature, draft.nomenclature);
  const r = !own.thematique && fallback ? resolveSelection(fallback, draft.nomenclature) : own;
  const justification = draft.justification?.trim();
  return {
    draftKey: draft.contextKey,
    label: describeContextKey(draft.contextKey),
    email: draft.qui.userEmail,
    subject: renderSubject(draft),
    description: renderEscalation(draft, {
      usagerApplies: selectionNeedsUsager(
        own.thematique || !fallback ? nomenclature : fallback,
        draft.nomenclature,
      ),
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
