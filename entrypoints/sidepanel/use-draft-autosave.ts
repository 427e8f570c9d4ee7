import { useCallback, useEffect, useState } from 'react';
import { DraftSaveError, saveDraft } from '../../utils/ext/storage/drafts-store';
import { say } from '../../utils/i18n';
import type { DraftSession } from './draft-session';

/** Autosave delay: short enough that a crash loses at most a few words. */
export const SAVE_DELAY_MS = 400;

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

/**
 * Saving the session's draft: `save` now (also when the panel is hidden or closed), `saveSoon`
 * after a pause in the typing.
 */
export function useDraftAutosave(session: DraftSession) {
  const [saveState, setSaveState] = useState<SaveState>('idle');

  const save = useCallback(async () => {
    clearTimeout(session.timer);
    session.timer = undefined;
    const current = session.current;
    if (!current || !session.dirty) return;
    setSaveState('saving');
    try {
      await saveDraft(current);
      session.base = current;
      session.dirty = false;
      setSaveState('saved');
    } catch (err) {
      setSaveState({
        error:
          err instanceof DraftSaveError
            ? say(err.said)
            : err instanceof Error
              ? err.message
              : String(err),
      });
    }
  }, [session]);

  const saveSoon = useCallback(() => {
    clearTimeout(session.timer);
    session.timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  }, [session, save]);

  useEffect(() => {
    const onHide = () => void save();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      void save();
    };
  }, [save]);

  return { saveState, setSaveState, save, saveSoon };
}
