import { useRef, useState } from 'react';
import type { EscalationDraft } from '../../utils/core/escalation/model';

/**
 * What the draft hooks share between renders. Storage events, timers and `pagehide` call back
 * outside React's render, so they read these fields rather than state that may be stale.
 */
export interface DraftSession {
  /** The draft shown. */
  current: EscalationDraft | null;
  /** The stored draft this one last agreed with: the merge base against another window's save. */
  base: EscalationDraft | null;
  /**
   * The draft as this panel started it: the merge base while nothing of it is saved yet, so the
   * other window's first save does not replace what was typed here.
   */
  start: EscalationDraft | null;
  /** Edited since the last save. */
  dirty: boolean;
  /** The pending autosave. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The steps as captured last, which the captured steps may still replace. */
  autoSteps: string[];
}

/** The session, with the draft as React state and `show` to change both at once. */
export function useDraftSession() {
  const session = useRef<DraftSession>({
    current: null,
    base: null,
    start: null,
    dirty: false,
    timer: undefined,
    autoSteps: [],
  }).current;
  const [draft, setDraft] = useState<EscalationDraft | null>(null);
  const show = (d: EscalationDraft | null) => {
    session.current = d;
    setDraft(d);
  };
  return { session, draft, show };
}
