import { useEffect, useState } from 'react';
import { mergeDrafts } from '../../utils/core/escalation/merge-drafts';
import type { DraftStore, EscalationDraft } from '../../utils/core/escalation/model';
import { readDrafts, watchDrafts } from '../../utils/ext/storage/drafts-store';
import { say } from '../../utils/i18n';
import type { DraftSession } from './draft-session';
import { SAVE_DELAY_MS, type SaveState } from './use-draft-autosave';

/**
 * The stored drafts, read once then followed: another window's save of the draft in focus is
 * shown, or merged with the edits not yet saved here (`conflicts` names what both changed).
 * `restart` counts the times the draft in focus was closed elsewhere and must start afresh.
 */
export function useStoredDrafts(
  session: DraftSession,
  show: (d: EscalationDraft | null) => void,
  save: () => Promise<void>,
  setSaveState: (s: SaveState) => void,
) {
  const [drafts, setDrafts] = useState<DraftStore>({});
  const [loaded, setLoaded] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [conflicts, setConflicts] = useState<string[]>([]);
  const [restart, setRestart] = useState(0);

  useEffect(() => {
    void readDrafts().then((r) => {
      setDrafts(r.drafts);
      setProblems(r.problems.map(say));
      setLoaded(true);
    });
    return watchDrafts((next) => {
      setDrafts(next);
      const mine = session.current;
      if (mine && session.base && !(mine.contextKey in next) && !session.dirty) {
        // Closed elsewhere (its escalation was sent): start afresh for this context.
        session.base = null;
        setSaveState('idle');
        show(null);
        setRestart((n) => n + 1);
        return;
      }
      const theirs = mine ? next[mine.contextKey] : undefined;
      if (!mine || !theirs || theirs.updatedAt === session.base?.updatedAt) return;
      if (theirs.updatedAt === mine.updatedAt) return; // our own save coming back
      const base = session.base ?? session.start;
      if (session.dirty && base) {
        const merged = mergeDrafts(base, mine, theirs);
        session.base = theirs;
        show(merged.draft);
        setConflicts(merged.conflicts);
        session.timer = setTimeout(() => void save(), SAVE_DELAY_MS);
      } else {
        session.base = theirs;
        show(theirs);
      }
    });
  }, [save]);

  return { drafts, setDrafts, loaded, problems, conflicts, setConflicts, restart };
}
