import { redactPersonal } from '../privacy/redact-personal';
import { z } from 'zod';

/** Longest description kept in the history: enough to compare, not a copy of the whole ticket. */
export const MAX_DESCRIPTION_LENGTH = 1000;

/** Whitespace collapsed and length capped, so that stored and compared text agree. */
export function normalizeDescription(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_DESCRIPTION_LENGTH);
}

// IDs arrive as strings from the SI SIAO and sometimes as numbers from hand-written JSON; blank
// means unknown, so that `menageId: ''` never matches another blank.
const optionalId = z
  .union([z.string(), z.number()])
  .optional()
  .nullable()
  .transform((v) => {
    const s = v === undefined || v === null ? '' : String(v).trim();
    return s === '' ? undefined : s.slice(0, 80);
  });

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .nullable()
    .transform((v) => {
      const s = (v ?? '').trim();
      return s === '' ? undefined : s.slice(0, max);
    });

/** Any date `Date.parse` reads, stored as a full ISO string (UTC). */
export const IsoDateSchema = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'date invalide' })
  .transform((s) => new Date(Date.parse(s)).toISOString());

export const EscalationStatusSchema = z.enum(['open', 'resolved']);
export type EscalationStatus = z.infer<typeof EscalationStatusSchema>;

export const EscalationSourceSchema = z.enum(['form', 'mes-tickets', 'import']);
export type EscalationSource = z.infer<typeof EscalationSourceSchema>;

/**
 * One escalation in the history, as stored and as compared. No usager names, no screenshots.
 * Parsing also accepts the smaller evaluation format of issue 8 (status defaults to open, source
 * to form) and ignores unknown keys.
 */
export const EscalationRecordSchema = z.object({
  menageId: optionalId,
  personneId: optionalId,
  demandeId: optionalId,
  userEmail: optionalText(254),
  thematique: optionalText(200),
  motif: optionalText(200),
  sousMotif: optionalText(200),
  subject: z
    .string()
    .optional()
    .transform((s) => redactPersonal((s ?? '').replace(/\s+/g, ' ').trim().slice(0, 300))),
  // Redacted on the way in, whatever the source (a submission, « Mes tickets », an import).
  description: z
    .string()
    .optional()
    .transform((s) => normalizeDescription(redactPersonal(s ?? ''))),
  createdAt: IsoDateSchema,
  status: EscalationStatusSchema.optional().default('open'),
  ticketNumber: optionalId,
  ticketUrl: optionalText(2000),
  justification: optionalText(500),
  source: EscalationSourceSchema.optional().default('form'),
});
/** A parsed history entry (every optional field is absent rather than blank). */
export type EscalationRecord = z.infer<typeof EscalationRecordSchema>;
/** What callers may pass before parsing (the evaluation format is a subset). */
export type EscalationInput = z.input<typeof EscalationRecordSchema>;

/** Parses one entry; throws a ZodError on a bad one. */
export function parseEscalation(input: unknown): EscalationRecord {
  return EscalationRecordSchema.parse(input);
}
