import type { EscalationDraft } from '../../utils/core/escalation/model';
import { t } from '../../utils/i18n';
import { StepsEditor } from './StepsEditor';

interface Props {
  draft: EscalationDraft;
  onChange(draft: EscalationDraft): void;
}

/** The national team's escalation script, section by section, pre-filled and editable. */
export function ScriptEditor({ draft, onChange }: Props) {
  const set = (patch: Partial<EscalationDraft>) => onChange({ ...draft, ...patch });
  const qui = (patch: Partial<EscalationDraft['qui']>) => set({ qui: { ...draft.qui, ...patch } });
  const nature = (patch: Partial<EscalationDraft['nature']>) =>
    set({ nature: { ...draft.nature, ...patch } });
  const ids = (patch: Partial<EscalationDraft['nature']['ids']>) =>
    nature({ ids: { ...draft.nature.ids, ...patch } });
  return (
    <section className="ars-card" aria-labelledby="ars-script-title">
      <h2 id="ars-script-title">{t('scriptTitle')}</h2>
      <fieldset>
        <legend>{t('quiTitle')}</legend>
        <div className="ars-grid">
          <div>
            <label htmlFor="ars-user-email">{t('fieldUserEmail')}</label>
            <input
              id="ars-user-email"
              type="email"
              value={draft.qui.userEmail}
              onChange={(e) => qui({ userEmail: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor="ars-user-profile">{t('fieldUserProfile')}</label>
            <input
              id="ars-user-profile"
              value={draft.qui.userProfile}
              onChange={(e) => qui({ userProfile: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor="ars-menage-id">{t('fieldMenageId')}</label>
            <input
              id="ars-menage-id"
              value={draft.qui.menageId}
              onChange={(e) => qui({ menageId: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor="ars-personne-id">{t('fieldPersonneId')}</label>
            <input
              id="ars-personne-id"
              value={draft.qui.personneId}
              onChange={(e) => qui({ personneId: e.target.value })}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('natureTitle')}</legend>
        <label htmlFor="ars-summary">{t('summaryLabel')}</label>
        <input
          id="ars-summary"
          value={draft.nature.summary}
          onChange={(e) => nature({ summary: e.target.value })}
        />
        <label htmlFor="ars-description">{t('descriptionLabel')}</label>
        <textarea
          id="ars-description"
          value={draft.nature.description}
          onChange={(e) => nature({ description: e.target.value })}
        />
        <div className="ars-grid">
          <div>
            <label htmlFor="ars-demande-id">{t('fieldDemandeId')}</label>
            <input
              id="ars-demande-id"
              value={draft.nature.ids.demandeId}
              onChange={(e) => ids({ demandeId: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor="ars-other-ids">{t('otherIdsLabel')}</label>
            <input
              id="ars-other-ids"
              value={draft.nature.ids.other}
              onChange={(e) => ids({ other: e.target.value })}
            />
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('stepsTitle')}</legend>
        <StepsEditor steps={draft.steps} onChange={(steps) => set({ steps })} />
      </fieldset>
      <label htmlFor="ars-expected">{t('expectedLabel')}</label>
      <textarea
        id="ars-expected"
        value={draft.expected}
        onChange={(e) => set({ expected: e.target.value })}
      />
      <label htmlFor="ars-obtained">{t('obtainedLabel')}</label>
      <textarea
        id="ars-obtained"
        value={draft.obtained}
        onChange={(e) => set({ obtained: e.target.value })}
      />
      {draft.technicalLines.length > 0 && (
        <fieldset data-testid="technical-lines">
          <legend>{t('technicalTitle')}</legend>
          {draft.technicalLines.map((line) => (
            <label key={line.id} className="ars-check">
              <input
                type="checkbox"
                checked={line.included}
                onChange={(e) =>
                  set({
                    technicalLines: draft.technicalLines.map((l) =>
                      l.id === line.id ? { ...l, included: e.target.checked } : l,
                    ),
                  })
                }
              />{' '}
              {/* Written into the ticket, in French, for the national team. */}
              <span lang="fr">{line.text}</span>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
