import { useEffect, useMemo, useState } from 'react';
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
} from '../../utils/ext/observed-nomenclature';

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
  useEffect(() => {
    if (!draft || nomenclature === configured || !draft.nomenclature.thematique) return;
    if (resolveSelection(nomenclature, draft.nomenclature).thematique) return;
    const carried = translateSelection(configured, nomenclature, draft.nomenclature);
    if (carried.thematique) update({ ...draft, nomenclature: carried });
  }, [draft, update, nomenclature, configured]);
}
