import { useEffect, useState } from 'react';
import type { CallEntry } from '../../utils/core/calls/entry';
import type { CallLogSource } from '../../utils/ext/storage/call-log';
import { say } from '../../utils/i18n';

/** Loading, the entries (with what was set aside), or why they could not be read. */
export type LoggedCalls =
  | { status: 'loading' }
  | { status: 'ready'; entries: CallEntry[]; problem: string | null }
  | { status: 'error'; message: string };

/**
 * The entries of the log, read again whenever the tab comes back into view: the referent logs
 * calls in the side panel while this page stays open in another tab.
 */
export function useLoggedCalls(source: CallLogSource): LoggedCalls {
  const [state, setState] = useState<LoggedCalls>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const loaded = source.load
          ? await source.load()
          : { entries: await source.list(), problem: null };
        const problem = loaded.problem && say(loaded.problem);
        if (live) setState({ status: 'ready', entries: loaded.entries, problem });
      } catch (err) {
        if (live) setState({ status: 'error', message: String(err) });
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [source]);
  return state;
}
