import type { MotifProposal } from '../../utils/core/escalation/motif-proposal';
import { resolveSelection, selectionLabel } from '../../utils/core/nomenclature/lookup';
import type { Nomenclature, NomenclatureSelection } from '../../utils/core/nomenclature/schema';
import { t } from '../../utils/i18n';

interface Props {
  nomenclature: Nomenclature;
  selection: NomenclatureSelection;
  proposal: MotifProposal | null;
  onChange(selection: NomenclatureSelection): void;
}

/** Thématique → motif → sous-motif, with the proposal the referent confirms in one click. */
export function NomenclaturePicker({ nomenclature, selection, proposal, onChange }: Props) {
  const r = resolveSelection(nomenclature, selection);
  const proposed: NomenclatureSelection | null = proposal
    ? { thematique: proposal.thematique, motif: proposal.motif, sousMotif: proposal.sousMotif }
    : null;
  const showProposal = proposed && JSON.stringify(proposed) !== JSON.stringify(selection);
  return (
    <section className="ars-card" aria-labelledby="ars-nomenclature-title">
      <h2 id="ars-nomenclature-title">{t('nomenclatureTitle')}</h2>
      {showProposal && (
        <p className="ars-notice" data-testid="motif-proposal">
          {t('proposal', { label: selectionLabel(nomenclature, proposed) })}{' '}
          <button type="button" className="ars-secondary" onClick={() => onChange(proposed)}>
            {t('applyProposal')}
          </button>
        </p>
      )}
      <label htmlFor="ars-thematique">{t('thematiqueLabel')}</label>
      <select
        id="ars-thematique"
        value={r.thematique?.code ?? ''}
        onChange={(e) =>
          onChange({ thematique: e.target.value || null, motif: null, sousMotif: null })
        }
      >
        <option value="">{t('choose')}</option>
        {nomenclature.thematiques.map((x) => (
          <option key={x.code} value={x.code}>
            {x.libelle}
          </option>
        ))}
      </select>
      <label htmlFor="ars-motif">{t('motifLabel')}</label>
      <select
        id="ars-motif"
        value={r.motif?.code ?? ''}
        disabled={!r.thematique}
        onChange={(e) =>
          onChange({
            thematique: r.thematique?.code ?? null,
            motif: e.target.value || null,
            sousMotif: null,
          })
        }
      >
        <option value="">{t('choose')}</option>
        {r.thematique?.motifs.map((x) => (
          <option key={x.code} value={x.code}>
            {x.libelle}
          </option>
        ))}
      </select>
      <label htmlFor="ars-sous-motif">{t('sousMotifLabel')}</label>
      <select
        id="ars-sous-motif"
        value={r.sousMotif?.code ?? ''}
        disabled={!r.motif || r.motif.sousMotifs.length === 0}
        onChange={(e) =>
          onChange({
            thematique: r.thematique?.code ?? null,
            motif: r.motif?.code ?? null,
            sousMotif: e.target.value || null,
          })
        }
      >
        <option value="">{t('choose')}</option>
        {r.motif?.sousMotifs.map((x) => (
          <option key={x.code} value={x.code}>
            {x.libelle}
          </option>
        ))}
      </select>
    </section>
  );
}
