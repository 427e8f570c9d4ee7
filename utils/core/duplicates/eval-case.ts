import { z } from 'zod';
import { EscalationCandidateSchema } from './candidate';
import { EscalationRecordSchema, IsoDateSchema } from './record';

/** One case of the evaluation command (issue 8); unknown keys such as `note` are ignored. */
export const DuplicateEvalCaseSchema = z.object({
  history: z.array(EscalationRecordSchema),
  candidate: EscalationCandidateSchema,
  now: IsoDateSchema,
  expected: z.enum(['block', 'warn', 'allow']),
});
export type DuplicateEvalCase = z.infer<typeof DuplicateEvalCaseSchema>;
export const DuplicateEvalCasesSchema = z.array(DuplicateEvalCaseSchema);
