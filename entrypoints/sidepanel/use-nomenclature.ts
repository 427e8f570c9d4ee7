import { useEffect, useMemo, useRef, useState } from 'react';
import type { NomenclatureOrigin } from '../../components/escalation/NomenclaturePicker';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import {
  hasBorrowedEntries,
  translateSelection,
} from '../../utils/core/nomenclature/from-observed';
import { resolveSelection } from '../../utils/core/nomenclature/lookup';
import type { ObservedNomenclature } from '../../utils/core/nomenclature/observed';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import {
  nomenclatureInForce,
  readObservedNomenclature,
  watchObservedNomenclature,
} from '../../utils/ext/storage/observed-nomenclature';

export interface PanelNomenclature {
  nomenclature: Nomenclature;
  origin: NomenclatureOrigin;
}

/** The support form's own lists once seen (kept current), else the configured nomenclature. */
export function useNomenclature(configured: Nomenclature): PanelNomenclature {
  const [observed, setObserved] = useState<ObservedNomenclature | null>(null);
  useEffect(() => {
    let live = true;
    readObservedNomenclature().then(
      (value) => live && setObserved(value),
      () => undefined,
    );
    const unwatch = watchObservedNomenclature((value) => live && setObserved(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return useMemo(() => {
    const { nomenclature, source } = nomenclatureInForce(observed, configured);
    const origin: NomenclatureOrigin =
      source.kind === 'observed'
        ? { ...source, borrowed: hasBorrowedEntries(nomenclature) }
        : { kind: 'configured' };
    return { nomenclature, origin };
  }, [observed, configured]);
}

/**
 * A draft whose choice was made in the configured nomenclature, carried over by meaning once the
 * form's own lists are in force (they have other codes), so the referent does not choose again.
 */
export function useSelectionCarriedOver(
  draft: EscalationDraft | null,
  update: (draft: EscalationDraft) => void,
  nomenclature: Nomenclature,
  configured: Nomenclature,
): void {
  // The nomenclature the draft's choice was last whole in: the form's lists grow a level at a
  // time (thématiques first, motifs once shown), so a choice is carried over again as they grow.
  const wholeIn = useRef<Nomenclature>(configured);
  useEffect(() => {
    if (!draft || !draft.nomenclature.thematique) return;
    if (isWhole(nomenclature, draft.nomenclature)) {
      wholeIn.current = nomenclature;
      return;
    }
    const from = isWhole(wholeIn.current, draft.nomenclature) ? wholeIn.current : configured;
    const carried = translateSelection(from, nomenclature, draft.nomenclature);
    if (!carried.thematique) return;
    if (JSON.stringify(carried) === JSON.stringify(draft.nomenclature)) return;
    update({ ...draft, nomenclature: carried });
  }, [draft, update, nomenclature, configured]);
}

/** Whether every level the selection names exists in the nomenclature. */
function isWhole(n: Nomenclature, selection: EscalationDraft['nomenclature']): boolean {
  const r = resolveSelection(n, selection);
  return (
    !!r.thematique && (!selection.motif || !!r.motif) && (!selection.sousMotif || !!r.sousMotif)
  );
}
