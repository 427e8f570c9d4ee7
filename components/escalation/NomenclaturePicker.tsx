import { French, Phrase } from '../Phrase';
import type { MotifProposal } from '../../utils/core/escalation/motif-proposal';
import { resolveSelection, selectionLabel } from '../../utils/core/nomenclature/lookup';
import type { Nomenclature, NomenclatureSelection } from '../../utils/core/nomenclature/schema';
import { getLanguage, t } from '../../utils/i18n';

/** Where the lists come from: read on the support form (with when), or built in. */
export type NomenclatureOrigin =
  { kind: 'observed'; updatedAt: number; borrowed: boolean } | { kind: 'configured' };

interface Props {
  nomenclature: Nomenclature;
  /** Said under the title, so the referent knows whether the lists are the form's own. */
  origin?: NomenclatureOrigin;
  selection: NomenclatureSelection;
  proposal: MotifProposal | null;
  onChange(selection: NomenclatureSelection): void;
}

function originText(origin: NomenclatureOrigin): string {
  if (origin.kind === 'configured') return t('nomenclatureShipped');
  const date = new Intl.DateTimeFormat(getLanguage() === 'en' ? 'en-GB' : 'fr-FR', {
    day: 'numeric',
    month: 'long',
  }).format(new Date(origin.updatedAt));
  const text = t('nomenclatureObserved', { date });
  return origin.borrowed ? `${text} ${t('nomenclatureBorrowed')}` : text;
}

/** Thématique → motif → sous-motif, with the proposal the referent confirms in one click. */
export function NomenclaturePicker({ nomenclature, origin, selection, proposal, onChange }: Props) {
  const r = resolveSelection(nomenclature, selection);
  const proposed: NomenclatureSelection | null = proposal
    ? { thematique: proposal.thematique, motif: proposal.motif, sousMotif: proposal.sousMotif }
    : null;
  const showProposal = proposed && JSON.stringify(proposed) !== JSON.stringify(selection);
  return (
    <section className="ars-card" aria-labelledby="ars-nomenclature-title">
      <h2 id="ars-nomenclature-title">{t('nomenclatureTitle')}</h2>
      {origin && (
        <p className="ars-muted" data-testid="nomenclature-source" data-source={origin.kind}>
          {originText(origin)}
        </p>
      )}
      {showProposal && (
        <p className="ars-notice" data-testid="motif-proposal">
          <Phrase
            k="proposal"
            parts={{ label: <French>{selectionLabel(nomenclature, proposed)}</French> }}
          />{' '}
          <button type="button" className="ars-secondary" onClick={() => onChange(proposed)}>
            {t('applyProposal')}
          </button>
        </p>
      )}
      <label htmlFor="ars-thematique">{t('thematiqueLabel')}</label>
      <select
        lang="fr"
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
        lang="fr"
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
        lang="fr"
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
