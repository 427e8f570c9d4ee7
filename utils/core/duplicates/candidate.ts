import { z } from 'zod';
import { EscalationRecordSchema, IsoDateSchema } from './record';

/**
 * An escalation being prepared (side panel, support form): like a history entry, but it may have
 * no date yet and is compared as soon as the case and motif are known, before much is written.
 */
export const EscalationCandidateSchema = EscalationRecordSchema.extend({
  createdAt: IsoDateSchema.optional(),
});
export type EscalationCandidate = z.infer<typeof EscalationCandidateSchema>;
export type EscalationCandidateInput = z.input<typeof EscalationCandidateSchema>;
