import { useEffect, useMemo, useRef } from 'react';
import { proposalChoices, type CodesProposal } from '../../components/calls/call-choices';
import { CallWidget } from '../../components/calls/CallWidget';
import type { CallArticle } from '../../utils/core/calls/entry';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { useCallLog } from './use-call-log';

export interface CallLogProps {
  nomenclature: Nomenclature;
  /** The motif proposed for the page in focus (the panel's `MotifProposal` fits), or null. */
  proposal: CodesProposal | null;
  /** The context of the page in focus (`contextKeyOf`), to link a submitted escalation. */
  contextKey?: string;
  /** The current suggestions (`KbHit`s fit), for « Orienté vers un article ». */
  articles: readonly CallArticle[];
}

/** The call log widget connected to the stored log. */
export function CallLog({ nomenclature, proposal, contextKey, articles }: CallLogProps) {
  const log = useCallLog(contextKey);
  const motifCode = proposal?.motif ?? null;
  const sousCode = proposal?.sousMotif ?? null;
  const seed = useMemo(
    () =>
      proposalChoices(nomenclature, motifCode ? { motif: motifCode, sousMotif: sousCode } : null),
    [nomenclature, motifCode, sousCode],
  );
  // The call often starts before the fiche is open: a proposal that comes later fills a motif
  // still unset. Only when the proposal changes, so that a motif the referent cleared stays clear.
  const { current, change } = log;
  const latest = useRef({ current, change });
  latest.current = { current, change };
  useEffect(() => {
    const { current: c, change: apply } = latest.current;
    if (c && c.motif === null && seed.motif) apply(seed);
  }, [seed]);

  return (
    <CallWidget
      nomenclature={nomenclature}
      articles={articles}
      current={current}
      lastEnded={log.lastEnded}
      problem={log.problem}
      onStart={() => log.start(seed)}
      onChange={change}
      onEnd={log.end}
      onDiscard={log.discard}
      onOpenIndicators={log.openIndicators}
    />
  );
}
