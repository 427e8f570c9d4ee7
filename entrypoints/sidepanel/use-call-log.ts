import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CallSeed } from '../../components/calls/call-choices';
import type { CallPatch } from '../../components/calls/CallFields';
import type { CallEntry, CallOutcome } from '../../utils/core/calls/entry';
import {
  addCall,
  CALL_LOG_KEY,
  changeCall,
  loadCallLog,
  removeCall,
} from '../../utils/ext/storage/call-log';
import { watchLocalKeys } from '../../utils/ext/storage/storage-watch';
import { say, t } from '../../utils/i18n';
import { adoptsContext, finishCall, newCall, runningCall, withPending } from './call-session';

/** Typing in the note is written after this pause, not at every key. */
const SAVE_DELAY_MS = 400;

export interface CallLogApi {
  current: CallEntry | null;
  lastEnded: CallEntry | null;
  problem: string | null;
  start(seed: CallSeed): void;
  change(patch: CallPatch): void;
  end(outcome: CallOutcome): void;
  discard(): void;
  openIndicators(): void;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The call in progress, read from the stored log (so a call survives the panel being closed) and
 * re-read when the log changes: the background marks it escalated when the support form is sent.
 */
export function useCallLog(contextKey: string | undefined): CallLogApi {
  const [current, setCurrent] = useState<CallEntry | null>(null);
  const [lastEnded, setLastEnded] = useState<CallEntry | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pending = useRef<{ id: string; patch: CallPatch } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Edits of a call just started wait for it to be stored: a quick « Terminer » must find it.
  const added = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const read = await loadCallLog();
        if (!live) return;
        const running = runningCall(read.entries);
        setCurrent(running && withPending(running, pending.current));
        if (read.problem) setProblem(say(read.problem));
      } catch (e) {
        if (live) setProblem(t('callLogUnreadable', { error: describe(e) }));
      }
    };
    void load();
    const unwatch = watchLocalKeys([CALL_LOG_KEY], () => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  /** Applies `change` to the freshest stored copy (never to a stale one: see call-session.ts). */
  const write = useCallback(async (id: string, change: (stored: CallEntry) => CallEntry) => {
    try {
      await added.current;
      const next = await changeCall(id, change);
      if (!next) {
        setProblem(t('callGone'));
        setCurrent(null);
        return null;
      }
      return next;
    } catch (e) {
      setProblem(t('callNotSaved', { error: describe(e) }));
      return null;
    }
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = null;
    if (p) await write(p.id, (stored) => ({ ...stored, ...p.patch }));
  }, [write]);

  // The panel may be closed at any moment: what was typed is written when it is hidden.
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  const change = useCallback(
    (patch: CallPatch) => {
      setCurrent((c) => {
        if (!c) return c;
        const prev = pending.current?.id === c.id ? pending.current.patch : {};
        pending.current = { id: c.id, patch: { ...prev, ...patch } };
        return { ...c, ...patch };
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    if (current && adoptsContext(current.contextKey, contextKey)) change({ contextKey });
  }, [current, contextKey, change]);

  const start = (seed: CallSeed) => {
    const entry = newCall(crypto.randomUUID(), Date.now(), seed, contextKey);
    setCurrent(entry);
    setLastEnded(null);
    setProblem(null);
    added.current = addCall(entry).catch((e: unknown) => {
      setCurrent(null);
      setProblem(t('callNotSaved', { error: describe(e) }));
    });
  };

  const end = (outcome: CallOutcome) => {
    const id = current?.id;
    if (!id) return;
    void flush()
      .then(() => write(id, (stored) => finishCall(stored, outcome, Date.now())))
      .then((ended) => {
        if (!ended) return;
        setCurrent(null);
        setLastEnded(ended);
      });
  };

  const discard = () => {
    const id = current?.id;
    if (!id) return;
    clearTimeout(timer.current);
    pending.current = null;
    setCurrent(null);
    removeCall(id).catch((e: unknown) => setProblem(t('callNotRemoved', { error: describe(e) })));
  };

  const openIndicators = () =>
    void browser.tabs.create({ url: browser.runtime.getURL('/indicators.html') });

  return { current, lastEnded, problem, start, change, end, discard, openIndicators };
}
