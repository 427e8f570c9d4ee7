import { useEffect, useMemo, useState } from 'react';
import { candidateFromDraft } from '../../utils/core/duplicates/from-escalation';
import { decide, type Decision } from '../../utils/core/duplicates/policy';
import { prepareHistory } from '../../utils/core/duplicates/prepared';
import type { EscalationRecord } from '../../utils/core/duplicates/record';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { withIncidents } from '../../utils/core/feed/incident-decision';
import { matchIncidents } from '../../utils/core/feed/incident-match';
import type { Incident } from '../../utils/core/feed/schema';
import { FEED_KEY, readFeedState } from '../../utils/ext/storage/feed-store';
import { HISTORY_CHANGED_KEY } from '../../utils/ext/storage/history-events';
import { listHistory } from '../../utils/ext/storage/history-store';
import { watchLocalKeys } from '../../utils/ext/storage/storage-watch';

export interface DuplicatesApi {
  decision: Decision | null;
  justification: string | null;
}

/** Runs the duplicate policy on the draft as it is, against the history kept in the browser. */
export function useDuplicates(
  draft: EscalationDraft | null,
  nomenclature: Nomenclature,
): DuplicatesApi {
  const [history, setHistory] = useState<EscalationRecord[]>([]);
  useEffect(() => {
    const load = () =>
      void listHistory().then(
        (h) => setHistory(h.records),
        () => undefined,
      );
    load();
    return watchLocalKeys([HISTORY_CHANGED_KEY], load);
  }, []);
  const [incidents, setIncidents] = useState<Incident[]>([]);
  useEffect(() => {
    const load = () =>
      void readFeedState().then(
        (f) => setIncidents(f.applied?.incidents ?? []),
        () => undefined,
      );
    load();
    return watchLocalKeys([FEED_KEY], load);
  }, []);
  const prepared = useMemo(() => prepareHistory(history), [history]);
  const candidate = draft ? JSON.stringify(candidateFromDraft(draft, nomenclature)) : null;
  const decision = useMemo(() => {
    if (!candidate) return null;
    const c = JSON.parse(candidate) as Parameters<typeof decide>[1];
    const fromHistory = history.length ? decide(prepared, c, Date.now()) : null;
    // Known incidents of the national team's feed: an escalation already made, for everyone.
    return withIncidents(fromHistory, matchIncidents(incidents, c));
  }, [candidate, prepared, history.length, incidents]);
  return { decision, justification: draft?.justification?.trim() || null };
}
