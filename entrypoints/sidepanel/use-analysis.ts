import { useMemo } from 'react';
import { checkCompleteness, type CompletenessItem } from '../../utils/core/escalation/completeness';
import { guideLevel, type LevelGuidance } from '../../utils/core/escalation/level';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import { proposeMotif, type MotifProposal } from '../../utils/core/escalation/motif-proposal';
import { selectionKbCategories, selectionLevel } from '../../utils/core/nomenclature/lookup';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { boostForContext } from '../../utils/core/search/context-boost';
import type { ContextSnapshot } from '../../utils/ext/protocol/content';

export interface Analysis {
  /** The motif proposed from the page and the text, in the lists in force. */
  proposal: MotifProposal | null;
  /** The same in the configured nomenclature (the call log counts by its codes). */
  callProposal: MotifProposal | null;
  guidance: LevelGuidance | null;
  items: CompletenessItem[];
  /** Knowledge-base categories to favour: the chosen motif's and the page's. */
  categories: string[];
}

/** What the draft says so far: the motif proposal, the level to answer at, what is missing. */
export function useAnalysis(
  draft: EscalationDraft | null,
  snapshot: ContextSnapshot | null,
  nomenclature: Nomenclature,
  configured: Nomenclature,
): Analysis {
  const text = draft
    ? [draft.nature.summary, draft.nature.description, draft.obtained].join('\n')
    : '';
  const signals = snapshot?.signals ?? [];
  const pageKind = snapshot?.context.pageKind ?? null;
  const proposal = useMemo(
    () => (draft ? proposeMotif(nomenclature, { pageKind, text, signals }) : null),
    [draft, nomenclature, pageKind, text, signals],
  );
  const callProposal = useMemo(
    () =>
      nomenclature === configured || !draft
        ? proposal
        : proposeMotif(configured, { pageKind, text, signals }),
    [proposal, nomenclature, configured, draft, pageKind, text, signals],
  );
  const guidance = useMemo(
    () =>
      draft && text.trim()
        ? guideLevel({
            text,
            signals,
            selectionLevel: selectionLevel(nomenclature, draft.nomenclature),
          })
        : null,
    [draft, nomenclature, text, signals],
  );
  const email = snapshot?.context.userEmail ?? undefined;
  const items = useMemo(
    () => (draft ? checkCompleteness(draft, { nomenclature, referentEmail: email, signals }) : []),
    [draft, nomenclature, email, signals],
  );
  const categories = useMemo(() => {
    const fromMotif = draft ? selectionKbCategories(nomenclature, draft.nomenclature) : [];
    return [...new Set([...fromMotif, ...boostForContext({ pageKind }).categories])];
  }, [draft, nomenclature, pageKind]);
  return { proposal, callProposal, guidance, items, categories };
}
