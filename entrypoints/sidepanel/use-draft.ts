import { useEffect } from 'react';
import { contextKeyOf } from '../../utils/core/escalation/context-key';
import type { DraftStore, EscalationDraft } from '../../utils/core/escalation/model';
import { stepsOf } from '../../utils/core/escalation/captured';
import { toTechnicalLines } from '../../utils/core/escalation/repro-steps';
import { draftFromContext, mergeContextIntoDraft } from '../../utils/core/escalation/prefill';
import type { ContextSnapshot } from '../../utils/ext/protocol/content';
import { deleteDraft, readDrafts } from '../../utils/ext/storage/drafts-store';
import { screenshotStore } from '../../utils/ext/storage/screenshot-store';
import { useCapturedSteps } from './use-captured-steps';
import { useDraftSession } from './draft-session';
import { useDraftAutosave, type SaveState } from './use-draft-autosave';
import { useStoredDrafts } from './use-stored-drafts';

export interface DraftApi {
  drafts: DraftStore;
  draft: EscalationDraft | null;
  saveState: SaveState;
  problems: string[];
  conflicts: string[];
  update(next: EscalationDraft): void;
  remove(contextKey: string): Promise<void>;
  /** Saves now (before leaving for the support form). */
  flush(): Promise<void>;
}

/** A new draft for the snapshot's context, with the steps and lines it recorded. */
function freshDraft(snapshot: ContextSnapshot): EscalationDraft {
  return draftFromContext(
    snapshot.context,
    stepsOf(snapshot),
    toTechnicalLines(snapshot.signals),
    Date.now(),
  );
}

/** The draft of the context in focus: restored, merged with what is captured, autosaved. */
export function useDraft(snapshot: ContextSnapshot | null): DraftApi {
  const { session, draft, show } = useDraftSession();
  const { saveState, setSaveState, save, saveSoon } = useDraftAutosave(session);
  const stored = useStoredDrafts(session, show, save, setSaveState);
  const { drafts, loaded, restart } = stored;
  const key = snapshot ? contextKeyOf(snapshot.context) : null;

  // A new context: save the previous draft, then restore or start this one.
  useEffect(() => {
    if (!loaded) return;
    void save();
    if (!snapshot || !key) {
      show(null);
      return;
    }
    const existing = drafts[key];
    session.autoSteps = existing ? existing.steps.map((s) => s.text) : stepsOf(snapshot);
    const start = existing
      ? mergeContextIntoDraft(existing, snapshot.context)
      : freshDraft(snapshot);
    session.base = existing ?? null;
    session.start = start;
    session.dirty = false;
    stored.setConflicts([]);
    setSaveState(existing ? 'saved' : 'idle');
    show(start);
    // drafts deliberately left out: a save elsewhere must not restart the draft in focus
  }, [key, loaded, restart]);

  useCapturedSteps(session, snapshot, show);

  return {
    drafts,
    draft,
    saveState,
    problems: stored.problems,
    conflicts: stored.conflicts,
    update(next) {
      session.dirty = true;
      show({ ...next, updatedAt: Date.now() });
      saveSoon();
    },
    async remove(contextKey) {
      await deleteDraft(contextKey);
      await screenshotStore()
        .deleteByDraft(contextKey)
        .catch(() => 0);
      if (session.current?.contextKey === contextKey) {
        session.dirty = false;
        session.base = null;
        if (snapshot) {
          const fresh = freshDraft(snapshot);
          session.start = fresh;
          show(fresh);
        }
      }
      stored.setDrafts((await readDrafts()).drafts);
    },
    flush: save,
  };
}
