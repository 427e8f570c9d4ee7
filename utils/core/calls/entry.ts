import { z } from 'zod';

/**
 * One call received by the referent, as the side panel logs it and the indicators page reads it.
 * Only what the national survey asks for (motif, sous-motif, time spent, outcome): the note is
 * short and must not name a usager (the panel checks it with `findPersonalData`).
 */

/** Longest note kept: a reminder for the referent, not a case file. */
export const CALL_NOTE_MAX = 280;

/** A call longer than a working day is a forgotten timer, not a call. */
export const CALL_DURATION_MAX_SEC = 12 * 60 * 60;

/** Who called, in the survey's terms; null when the referent did not say. */
export const CALLER_TYPES = ['prescripteur', 'operateur', 'structure', '115', 'autre'] as const;
export const CallerTypeSchema = z.enum(CALLER_TYPES).nullable();
export type CallerType = z.infer<typeof CallerTypeSchema>;

/** How a caller type reads in the page and the export. */
export const CALLER_TYPE_LABELS: Record<NonNullable<CallerType>, string> = {
  prescripteur: 'Prescripteur',
  operateur: 'Opérateur',
  structure: 'Structure',
  '115': '115',
  autre: 'Autre',
};

/**
 * A nomenclature choice as it was when the call was logged: the libellé is kept next to the code
 * so that an old entry still reads right after the nomenclature is edited or replaced.
 */
export const CallChoiceSchema = z.object({
  code: z.string().trim().min(1).max(100),
  libelle: z.string().trim().min(1).max(300),
});
export type CallChoice = z.infer<typeof CallChoiceSchema>;

/** A knowledge-base article the caller was sent to. */
export const CallArticleSchema = z.object({
  slug: z.string().trim().min(1).max(300),
  title: z.string().trim().min(1).max(500),
});
export type CallArticle = z.infer<typeof CallArticleSchema>;

/** How the call ended: answered, answered with an article, or escalated (ticket once known). */
export const CallOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resolu') }),
  z.object({ kind: z.literal('oriente-article'), article: CallArticleSchema }),
  z.object({ kind: z.literal('escalade'), ticket: z.string().trim().min(1).max(100).nullable() }),
]);
export type CallOutcome = z.infer<typeof CallOutcomeSchema>;
export type CallOutcomeKind = CallOutcome['kind'];

/** How an outcome kind reads in the page and the export. */
export const OUTCOME_LABELS: Record<CallOutcomeKind, string> = {
  resolu: 'Résolu',
  'oriente-article': 'Orienté vers un article',
  escalade: 'Escaladé',
};

const epochMs = z.number().int().nonnegative();

export const CallEntrySchema = z
  .object({
    id: z.string().min(1).max(100),
    /** Epoch milliseconds. */
    startedAt: epochMs,
    /** Null while the call is in progress. */
    endedAt: epochMs.nullable(),
    /** Measured by the timer, then editable: the referent may start it late or forget to stop. */
    durationSec: z.number().int().nonnegative().max(CALL_DURATION_MAX_SEC),
    motif: CallChoiceSchema.nullable(),
    sousMotif: CallChoiceSchema.nullable(),
    callerType: CallerTypeSchema,
    note: z.string().max(CALL_NOTE_MAX),
    /** Null while the call is in progress (or when the referent left it unset). */
    outcome: CallOutcomeSchema.nullable(),
    /** The SI SIAO context of the call (`contextKeyOf`), used to link an escalation to it. */
    contextKey: z.string().max(200).optional(),
  })
  .refine((e) => e.endedAt === null || e.endedAt >= e.startedAt, {
    error: 'la fin d’un appel ne peut précéder son début',
    path: ['endedAt'],
  });
export type CallEntry = z.infer<typeof CallEntrySchema>;

/** True for a call that has been ended: only those count in the indicators. */
export function isEnded(entry: CallEntry): boolean {
  return entry.endedAt !== null;
}
