import { useCallback, useEffect, useRef, useState } from 'react';
import { contextKeyOf } from '../../utils/core/escalation/context-key';
import { mergeDrafts } from '../../utils/core/escalation/merge';
import type { DraftStore, EscalationDraft } from '../../utils/core/escalation/model';
import { stepsOf, withCaptured } from '../../utils/core/escalation/captured';
import { toTechnicalLines } from '../../utils/core/escalation/repro-steps';
import { draftFromContext, mergeContextIntoDraft } from '../../utils/core/escalation/prefill';
import type { ContextSnapshot } from '../../utils/ext/protocol/content';
import {
  deleteDraft,
  readDrafts,
  saveDraft,
  watchDrafts,
} from '../../utils/ext/storage/drafts-store';
import { screenshotStore } from '../../utils/ext/storage/screenshot-store';

/** Autosave delay: short enough that a crash loses at most a few words. */
const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

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

/** The draft of the context in focus: restored, merged with what is captured, autosaved. */
export function useDraft(snapshot: ContextSnapshot | null): DraftApi {
  const [drafts, setDrafts] = useState<DraftStore>({});
  const [loaded, setLoaded] = useState(false);
  const [draft, setDraft] = useState<EscalationDraft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [problems, setProblems] = useState<string[]>([]);
  const [conflicts, setConflicts] = useState<string[]>([]);
  const [restart, setRestart] = useState(0);
  const draftRef = useRef<EscalationDraft | null>(null);
  const baseRef = useRef<EscalationDraft | null>(null);
  // The draft as this panel started it: the merge base while nothing of it is saved yet, so the
  // other window's first save does not replace what was typed here.
  const startRef = useRef<EscalationDraft | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const autoSteps = useRef<string[]>([]);
  const key = snapshot ? contextKeyOf(snapshot.context) : null;

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const current = draftRef.current;
    if (!current || !dirty.current) return;
    setSaveState('saving');
    try {
      await saveDraft(current);
      baseRef.current = current;
      dirty.current = false;
      setSaveState('saved');
    } catch (err) {
      setSaveState({ error: err instanceof Error ? err.message : String(err) });
    }
  }, []);

  const show = (d: EscalationDraft | null) => {
    draftRef.current = d;
    setDraft(d);
  };

  useEffect(() => {
    void readDrafts().then((r) => {
      setDrafts(r.drafts);
      setProblems(r.problems);
      setLoaded(true);
    });
    return watchDrafts((next) => {
      setDrafts(next);
      const mine = draftRef.current;
      if (mine && baseRef.current && !(mine.contextKey in next) && !dirty.current) {
        // Closed elsewhere (its escalation was sent): start afresh for this context.
        baseRef.current = null;
        setSaveState('idle');
        show(null);
        setRestart((n) => n + 1);
        return;
      }
      const theirs = mine ? next[mine.contextKey] : undefined;
      if (!mine || !theirs || theirs.updatedAt === baseRef.current?.updatedAt) return;
      if (theirs.updatedAt === mine.updatedAt) return; // our own save coming back
      const base = baseRef.current ?? startRef.current;
      if (dirty.current && base) {
        const merged = mergeDrafts(base, mine, theirs);
        baseRef.current = theirs;
        show(merged.draft);
        setConflicts(merged.conflicts);
        timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
      } else {
        baseRef.current = theirs;
        show(theirs);
      }
    });
  }, [save]);

  // A new context: save the previous draft, then restore or start this one.
  useEffect(() => {
    if (!loaded) return;
    void save();
    if (!snapshot || !key) {
      show(null);
      return;
    }
    const existing = drafts[key];
    autoSteps.current = existing ? existing.steps.map((s) => s.text) : stepsOf(snapshot);
    const start = existing
      ? mergeContextIntoDraft(existing, snapshot.context)
      : draftFromContext(
          snapshot.context,
          stepsOf(snapshot),
          toTechnicalLines(snapshot.signals),
          Date.now(),
        );
    baseRef.current = existing ?? null;
    startRef.current = start;
    dirty.current = false;
    setConflicts([]);
    setSaveState(existing ? 'saved' : 'idle');
    show(start);
    // drafts deliberately left out: a save elsewhere must not restart the draft in focus
  }, [key, loaded, restart]);

  // Same context, new breadcrumbs or errors: add them.
  useEffect(() => {
    const current = draftRef.current;
    if (!snapshot || !current || contextKeyOf(snapshot.context) !== current.contextKey) return;
    const next = withCaptured(current, snapshot, autoSteps.current);
    if (next !== current) {
      autoSteps.current = next.steps.map((s) => s.text);
      show(next);
    }
  }, [snapshot]);

  useEffect(() => {
    const onHide = () => void save();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      void save();
    };
  }, [save]);

  return {
    drafts,
    draft,
    saveState,
    problems,
    conflicts,
    update(next) {
      const stamped = { ...next, updatedAt: Date.now() };
      dirty.current = true;
      show(stamped);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    async remove(contextKey) {
      await deleteDraft(contextKey);
      await screenshotStore()
        .deleteByDraft(contextKey)
        .catch(() => 0);
      if (draftRef.current?.contextKey === contextKey) {
        dirty.current = false;
        baseRef.current = null;
        if (snapshot) {
          const fresh = draftFromContext(
            snapshot.context,
            stepsOf(snapshot),
            toTechnicalLines(snapshot.signals),
            Date.now(),
          );
          startRef.current = fresh;
          show(fresh);
        }
      }
      setDrafts((await readDrafts()).drafts);
    },
    flush: save,
  };
}
