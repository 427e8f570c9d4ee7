import { useEffect } from 'react';
import { contextKeyOf } from '../../utils/core/escalation/context-key';
import { withCaptured } from '../../utils/core/escalation/captured';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import type { ContextSnapshot } from '../../utils/ext/protocol/content';
import type { DraftSession } from './draft-session';

/** Same context, new breadcrumbs or errors: they join the draft in focus. */
export function useCapturedSteps(
  session: DraftSession,
  snapshot: ContextSnapshot | null,
  show: (d: EscalationDraft) => void,
) {
  useEffect(() => {
    const current = session.current;
    if (!snapshot || !current || contextKeyOf(snapshot.context) !== current.contextKey) return;
    const next = withCaptured(current, snapshot, session.autoSteps);
    if (next !== current) {
      session.autoSteps = next.steps.map((s) => s.text);
      show(next);
    }
  }, [snapshot]);
}
