import type { CallSeed } from '../../components/calls/call-choices';
import type { CallPatch } from '../../components/calls/CallFields';
import {
  CALL_DURATION_MAX_SEC,
  type CallEntry,
  type CallOutcome,
} from '../../utils/core/calls/entry';
import { NO_CONTEXT_KEY } from '../../utils/core/escalation/context-key';

/** The running call of the log: the latest started of those not ended. */
export function runningCall(entries: readonly CallEntry[]): CallEntry | null {
  return entries
    .filter((e) => e.endedAt === null)
    .reduce<CallEntry | null>((a, b) => (a && a.startedAt >= b.startedAt ? a : b), null);
}

/** A call just started: in progress (endedAt null) so that a closed panel keeps it running. */
export function newCall(id: string, now: number, seed: CallSeed, contextKey?: string): CallEntry {
  return {
    id,
    startedAt: now,
    endedAt: null,
    durationSec: 0,
    motif: seed.motif,
    sousMotif: seed.sousMotif,
    callerType: null,
    note: '',
    outcome: null,
    contextKey: contextKey ?? NO_CONTEXT_KEY,
  };
}

/**
 * The call ended now with this outcome. A ticket number the background linked meanwhile is kept
 * when the referent confirms « Escaladé »; any other choice is theirs to make.
 */
export function finishCall(stored: CallEntry, outcome: CallOutcome, now: number): CallEntry {
  const endedAt = Math.max(now, stored.startedAt);
  const durationSec = Math.min(
    CALL_DURATION_MAX_SEC,
    Math.round((endedAt - stored.startedAt) / 1000),
  );
  const keptTicket =
    outcome.kind === 'escalade' && outcome.ticket === null && stored.outcome?.kind === 'escalade'
      ? { kind: 'escalade' as const, ticket: stored.outcome.ticket }
      : outcome;
  return { ...stored, endedAt, durationSec, outcome: keptTicket };
}

/**
 * Whether a running call takes the panel's new context key: only when it has none yet (started
 * before the referent opened the fiche). The first fiche of the call stays its context; an
 * escalation from elsewhere is still linked to the only call in progress (see call-link.ts).
 */
export function adoptsContext(callKey: string | undefined, panelKey: string | undefined): boolean {
  if (!panelKey || panelKey === NO_CONTEXT_KEY) return false;
  return !callKey || callKey === NO_CONTEXT_KEY;
}

/** The stored call with the edits this panel has not written yet on top. */
export function withPending(
  stored: CallEntry,
  pending: { id: string; patch: CallPatch } | null,
): CallEntry {
  return pending && pending.id === stored.id ? { ...stored, ...pending.patch } : stored;
}
