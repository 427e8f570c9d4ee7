import { z } from 'zod';
import { linkEscalation, loadCallLog } from '../../../utils/ext/storage/call-log';

const ArgsSchema = z.object({
  contextKey: z.string().trim().min(1).max(200).optional(),
  ticket: z.string().trim().min(1).max(100).nullable(),
  submittedAt: z.number().int().nonnegative(),
});

/**
 * The context key of the one call in progress that had started by `submittedAt`, if exactly one:
 * a referent on the phone who submits an escalation does it for that call, even when the form was
 * opened directly (no draft, so no context key) or from another fiche than the one the call began on.
 */
async function runningCallKey(submittedAt: number): Promise<string | undefined> {
  const { entries } = await loadCallLog();
  const running = entries.filter((c) => c.endedAt === null && c.startedAt <= submittedAt);
  return running.length === 1 ? running[0]?.contextKey : undefined;
}

/**
 * Marks as escalated the call an escalation submitted through the support form belongs to: the call
 * of the same context (running, or ended within a few minutes), else the only call in progress.
 * Resolves with the linked call's id, or null when none matched; never throws (a failure to link
 * must not fail the recording of the escalation itself).
 */
export async function linkSubmittedEscalation(
  contextKey: string | undefined,
  ticket: string | null,
  submittedAt: number,
): Promise<string | null> {
  try {
    const args = ArgsSchema.parse({
      contextKey: contextKey || undefined,
      ticket: ticket || null,
      submittedAt,
    });
    if (args.contextKey) {
      const linked = await linkEscalation({
        contextKey: args.contextKey,
        ticket: args.ticket,
        submittedAt,
      });
      if (linked) return linked;
    }
    const fallback = await runningCallKey(args.submittedAt);
    if (!fallback || fallback === args.contextKey) return null;
    return await linkEscalation({ contextKey: fallback, ticket: args.ticket, submittedAt });
  } catch (err) {
    console.warn('[ars] escalation not linked to a call', err);
    return null;
  }
}
