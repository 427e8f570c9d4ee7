import { useEffect, useState } from 'react';
import type { CallArticle, CallEntry, CallOutcome } from '../../utils/core/calls/entry';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { t } from '../../utils/i18n';
import { formatDuration, formatElapsed } from './call-choices';
import { CallFields, type CallPatch } from './CallFields';
import {
  CallOutcomeFields,
  OUTCOME_KEYS,
  outcomeOf,
  type OutcomeChoice,
} from './CallOutcomeFields';

export interface CallWidgetProps {
  nomenclature: Nomenclature;
  /** The current article suggestions, for « Orienté vers un article ». */
  articles: readonly CallArticle[];
  /** The call in progress, if any (it survives the panel being closed). */
  current: CallEntry | null;
  /** The call just ended, for the confirmation. */
  lastEnded: CallEntry | null;
  /** A problem to show (log unreadable, call not saved…), as a sentence. */
  problem: string | null;
  onStart(): void;
  onChange(patch: CallPatch): void;
  onEnd(outcome: CallOutcome): void;
  onDiscard(): void;
  onOpenIndicators(): void;
}

/** Milliseconds since `startedAt`, ticking every second while a call runs. */
function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return undefined;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, now - startedAt);
}

const linkOf = (call: CallEntry | null) =>
  call?.outcome?.kind === 'escalade' ? { ticket: call.outcome.ticket } : null;

/** The referent's call log in the side panel: « Nouvel appel », the call's details, its outcome. */
export function CallWidget(p: CallWidgetProps) {
  const { current } = p;
  const elapsed = useElapsed(current?.startedAt ?? null);
  const linked = linkOf(current);
  const [choice, setChoice] = useState<OutcomeChoice>({ kind: null, article: null });
  // A new call starts blank; an escalation linked by the background preselects « Escaladé ».
  useEffect(() => setChoice({ kind: null, article: null }), [current?.id]);
  const isLinked = linked !== null;
  useEffect(() => {
    if (isLinked) setChoice((c) => ({ ...c, kind: 'escalade' }));
  }, [isLinked]);
  const outcome = outcomeOf(choice, linked?.ticket ?? null);
  const discard = () => {
    if (window.confirm(t('callDiscardConfirm'))) p.onDiscard();
  };

  return (
    <section className="ars-card" aria-labelledby="ars-call-title" id="ars-call">
      <div className="ars-topbar">
        <h2 id="ars-call-title">{t('callTitle')}</h2>
        <button
          type="button"
          className="ars-link"
          id="ars-call-indicators"
          onClick={p.onOpenIndicators}
        >
          {t('callIndicators')}
        </button>
      </div>
      {p.problem && (
        <p className="ars-notice ars-error" role="alert">
          {p.problem}
        </p>
      )}
      {!current && (
        <>
          {p.lastEnded && (
            <p className="ars-notice ars-ok" role="status" id="ars-call-saved">
              {p.lastEnded.outcome
                ? t('callSavedOutcome', {
                    duration: formatDuration(p.lastEnded.durationSec),
                    outcome: t(OUTCOME_KEYS[p.lastEnded.outcome.kind]).toLowerCase(),
                  })
                : t('callSaved', { duration: formatDuration(p.lastEnded.durationSec) })}
            </p>
          )}
          <button type="button" className="ars-primary" id="ars-call-start" onClick={p.onStart}>
            {t('callStart')}
          </button>
        </>
      )}
      {current && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (outcome) p.onEnd(outcome);
          }}
        >
          <p id="ars-call-timer" role="timer" aria-label={t('callTimerLabel')}>
            {t('callRunning')} <strong>{formatElapsed(elapsed)}</strong>
          </p>
          <CallFields nomenclature={p.nomenclature} call={current} onChange={p.onChange} />
          <CallOutcomeFields
            choice={choice}
            articles={p.articles}
            linked={linked}
            onChange={setChoice}
          />
          <div className="ars-row">
            <button
              type="submit"
              className="ars-primary"
              id="ars-call-end"
              disabled={!outcome}
              aria-describedby={outcome ? undefined : 'ars-call-end-help'}
            >
              {t('callEnd')}
            </button>
            <button type="button" className="ars-link" id="ars-call-discard" onClick={discard}>
              {t('callDiscard')}
            </button>
          </div>
          {!outcome && (
            <p id="ars-call-end-help" className="ars-status">
              {t('callEndHelp')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
