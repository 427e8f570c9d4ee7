import { z } from 'zod';
import { contextKeyInTicket } from './context-key';
import type { EscalationDraft } from './model';
import { renderEscalation, renderSubject } from './render';
import { resolveSelection, selectionNeedsUsager } from '../nomenclature/lookup';
import type { Nomenclature } from '../nomenclature/schema';

/** An entry as the form's fill maps it: code, libellé and the other names it may bear there. */
export const FillChoiceSchema = z.object({
  code: z.string().max(100),
  libelle: z.string().max(300),
  synonyms: z.array(z.string().max(200)).max(30).optional(),
});
export type FillChoice = z.infer<typeof FillChoiceSchema>;

/**
 * What the support form receives from a draft, declared once: the panel's pending fill
 * (pending-fill.ts) and the background's latest draft (protocol) both carry it.
 */
export const FillContentSchema = z.object({
  draftKey: z.string().max(200),
  /** Shown when the form is opened later, so the wrong draft is not used. */
  label: z.string().max(300),
  email: z.string().max(254),
  subject: z.string().max(500),
  description: z.string().max(50_000),
  thematique: FillChoiceSchema.nullable(),
  motif: FillChoiceSchema.nullable(),
  sousMotif: FillChoiceSchema.nullable(),
  screenshotIds: z.array(z.string().max(100)).max(20),
  /** The case, for the history the duplicate guard reads once the form is sent. */
  ids: z.object({
    menageId: z.string().max(100).nullable(),
    personneId: z.string().max(100).nullable(),
    demandeId: z.string().max(100).nullable(),
  }),
  justification: z.string().max(5000).optional(),
});
export type FillContent = z.infer<typeof FillContentSchema>;

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
    label: contextKeyInTicket(draft.contextKey),
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
