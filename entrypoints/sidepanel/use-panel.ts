import { useState } from 'react';
import { isBlocked } from '../../utils/core/escalation/completeness';
import { planActions } from '../../utils/core/panel/next-action';
import { useAnalysis } from './use-analysis';
import { useCaptureShortcut } from './use-capture-shortcut';
import { useConfig } from './use-config';
import { useDraft } from './use-draft';
import { useDetectionReport } from './use-detection-report';
import { useDuplicates } from './use-duplicates';
import { useKbSearch } from './use-kb-search';
import { useNomenclature, useSelectionCarriedOver } from './use-nomenclature';
import { useAnswerCopy, usePrepare } from './use-panel-actions';
import { useScreenshots } from './use-screenshots';
import { useTargetContext } from './use-target-context';

/** Everything the side panel shows and does, wired from the hooks that each own one concern. */
export function usePanel() {
  const target = useTargetContext();
  const snapshot = target.status === 'ready' ? target.snapshot : null;
  const tabId = target.status === 'ready' ? target.tabId : null;
  const config = useConfig();
  // The form's own lists once seen; the call log keeps the configured one (its indicators count
  // the national motifs by their codes).
  const { nomenclature, origin } = useNomenclature(config.nomenclature);
  const d = useDraft(snapshot);
  const draft = d.draft;
  useSelectionCarriedOver(draft, d.update, nomenclature, config.nomenclature);
  const shots = useScreenshots(
    draft?.contextKey ?? null,
    tabId,
    snapshot?.context.pageKind ?? null,
    (screenshots) => {
      if (d.draft) d.update({ ...d.draft, screenshots });
    },
  );
  useCaptureShortcut(draft && tabId !== null ? () => void shots.capture('visible') : null);
  const [manualQuery, setManualQuery] = useState('');
  const analysis = useAnalysis(draft, snapshot, nomenclature, config.nomenclature);
  const query = draft ? `${draft.nature.summary} ${draft.nature.description}` : manualQuery;
  const search = useKbSearch(query, analysis.categories);
  const duplicates = useDuplicates(draft, nomenclature);
  const answer = useAnswerCopy(config.answerTemplates);
  const prep = usePrepare(draft, d.flush, nomenclature, config.kbOrigin, config.nomenclature);

  const duplicateBlocked = duplicates.decision?.verdict === 'block' && !duplicates.justification;
  const level1 = analysis.guidance?.kind === 'question';
  const plan = planActions({
    hasDraft: Boolean(snapshot && draft),
    level1Answer: level1 && search.hits.length > 0,
    duplicateBlocked,
  });
  const report = useDetectionReport(tabId);
  return {
    report,
    target,
    snapshot,
    config,
    nomenclature,
    origin,
    d,
    shots,
    manualQuery,
    setManualQuery,
    analysis,
    query,
    search,
    duplicates,
    answer,
    prep,
    level1,
    blocked: isBlocked(analysis.items),
    plan,
  };
}

export type PanelModel = ReturnType<typeof usePanel>;
