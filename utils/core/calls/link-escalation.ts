import type { CallEntry } from './entry';

/** An escalation the support form reported as submitted. */
export interface SubmittedEscalation {
  /** The context key of the escalation's draft (`contextKeyOf`). */
  contextKey: string;
  /** Epoch milliseconds of the submission. */
  submittedAt: number;
  /** The ticket number, when the form's success page showed one. */
  ticket: string | null;
}

/**
 * How long after a call ended a submission still belongs to it: referents often hang up first and
 * finish the form right after. Beyond this, a submission is another piece of work.
 */
export const LINK_GRACE_MS = 5 * 60 * 1000;

/** The entries after linking, and which call was linked. */
export interface LinkResult {
  entries: CallEntry[];
  /** The call now marked as escalated, or null when no call matched (entries unchanged). */
  linkedId: string | null;
}

function matches(call: CallEntry, esc: SubmittedEscalation, graceMs: number): boolean {
  if (call.contextKey === undefined || call.contextKey !== esc.contextKey) return false;
  if (esc.submittedAt < call.startedAt) return false;
  return call.endedAt === null || esc.submittedAt <= call.endedAt + graceMs;
}

/**
 * Marks as escalated the call the submission belongs to: same context key, submitted while the call
 * was running (or within `graceMs` of its end). A call in progress wins over an ended one, then the
 * latest started. A call already escalated keeps its ticket (« une seule escalade »); only a missing
 * ticket number is filled in. Returns new entries, the given ones are not modified.
 */
export function linkEscalationToCall(
  entries: readonly CallEntry[],
  escalation: SubmittedEscalation,
  graceMs: number = LINK_GRACE_MS,
): LinkResult {
  const candidates = entries
    .filter((c) => matches(c, escalation, graceMs))
    .sort(
      (a, b) =>
        Number(a.endedAt !== null) - Number(b.endedAt !== null) || b.startedAt - a.startedAt,
    );
  const target = candidates[0];
  if (!target) return { entries: [...entries], linkedId: null };
  const current = target.outcome;
  const ticket =
    current?.kind === 'escalade' && current.ticket !== null ? current.ticket : escalation.ticket;
  const linked: CallEntry = { ...target, outcome: { kind: 'escalade', ticket } };
  return {
    entries: entries.map((c) => (c.id === target.id ? linked : c)),
    linkedId: target.id,
  };
}
