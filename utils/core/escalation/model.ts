import { z } from 'zod';
import { NomenclatureSelectionSchema } from '../nomenclature/schema';

/**
 * The escalation script of the national team (webinaire du 11/09/2025) as a typed draft. Free-text
 * fields are plain strings, '' when empty, so the editor binds them directly; limits are generous
 * because a draft that fails to parse would be set aside, and a referent's text must never be lost.
 */

export const ESCALATION_DRAFT_VERSION = 2;

const field = (max: number) => z.string().max(max);
/** IDs are typed or corrected by hand (« 91XXXX8 » in the national example): text, not a pattern. */
const idField = field(100);

export const StepSchema = z.object({ id: z.string().min(1).max(40), text: field(2000) });
export type Step = z.infer<typeof StepSchema>;

export const TechnicalLineSchema = z.object({
  id: z.string().min(1).max(40),
  text: field(2000),
  /** The referent decides which captured lines go into « Résultat obtenu ». */
  included: z.boolean(),
});
export type TechnicalLine = z.infer<typeof TechnicalLineSchema>;

/** A screenshot kept elsewhere (IndexedDB): the draft holds its reference, never the image. */
export const ScreenshotRefSchema = z.object({ id: z.string().min(1).max(100), name: field(300) });
export type ScreenshotRef = z.infer<typeof ScreenshotRefSchema>;

export const EscalationDraftSchema = z.object({
  version: z.literal(ESCALATION_DRAFT_VERSION),
  /** One draft per context, see `contextKeyOf`. */
  contextKey: z.string().min(1).max(200),
  /** « 1. Qui est concerné ? » */
  qui: z.object({
    userEmail: field(254),
    userProfile: field(200),
    menageId: idField,
    personneId: idField,
  }),
  /** « 2. Quelle est la nature de la demande ? » */
  nature: z.object({
    /** One line, becomes the ticket subject. */
    summary: field(300),
    description: field(20000),
    ids: z.object({
      demandeId: idField,
      structureId: idField,
      dispositifId: idField,
      groupePlacesId: idField,
      /** Anything else worth naming (« groupe de places 12, orientation 3456 »). */
      other: field(500),
    }),
  }),
  /** « Étapes pour reproduire », in order. */
  steps: z.array(StepSchema).max(100),
  expected: field(5000),
  obtained: field(5000),
  technicalLines: z.array(TechnicalLineSchema).max(100),
  nomenclature: NomenclatureSelectionSchema,
  screenshots: z.array(ScreenshotRefSchema).max(50),
  /** Why the referent escalates although the guidance says level 1, or the tests already made. */
  justification: field(5000).optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type EscalationDraft = z.infer<typeof EscalationDraftSchema>;

/** The stored drafts: one per context key. */
export const DraftStoreSchema = z.record(z.string(), EscalationDraftSchema);
export type DraftStore = z.infer<typeof DraftStoreSchema>;

/** A blank draft for a context key, every field empty. */
export function emptyDraft(contextKey: string, now: number): EscalationDraft {
  return {
    version: ESCALATION_DRAFT_VERSION,
    contextKey,
    qui: { userEmail: '', userProfile: '', menageId: '', personneId: '' },
    nature: {
      summary: '',
      description: '',
      ids: { demandeId: '', structureId: '', dispositifId: '', groupePlacesId: '', other: '' },
    },
    steps: [],
    expected: '',
    obtained: '',
    technicalLines: [],
    nomenclature: { thematique: null, motif: null, sousMotif: null },
    screenshots: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * An id not yet used among `taken`, like `s3` for a step: ids stay stable when steps are
 * reordered or deleted, so React keys and focus do not jump.
 */
export function nextId(prefix: string, taken: Iterable<{ id: string }>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(t.id);
  let i = used.size + 1;
  while (used.has(`${prefix}${i}`)) i += 1;
  return `${prefix}${i}`;
}
