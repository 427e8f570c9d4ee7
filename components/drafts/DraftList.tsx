import { describeContextKey } from '../../utils/core/escalation/context-key';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import { getLanguage, say, t } from '../../utils/i18n';

interface Props {
  drafts: EscalationDraft[];
  currentKey: string | null;
  onDelete(contextKey: string): void;
}

const DATES = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }),
};

/** The drafts kept in the browser, newest first, each deletable. */
export function DraftList({ drafts, currentKey, onDelete }: Props) {
  const date = DATES[getLanguage()];
  const sorted = [...drafts].sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="ars-card" aria-labelledby="ars-drafts-title" data-testid="drafts">
      <h2 id="ars-drafts-title">{t('draftsTitle')}</h2>
      {sorted.length === 0 ? (
        <p className="ars-muted">{t('draftsNone')}</p>
      ) : (
        <ul className="ars-plain">
          {sorted.map((d) => {
            const label = say(describeContextKey(d.contextKey));
            return (
              <li
                key={d.contextKey}
                className="ars-row ars-draft"
                data-key={d.contextKey}
                aria-current={d.contextKey === currentKey ? 'true' : undefined}
              >
                <span style={{ flex: 1 }}>
                  <strong>{label}</strong> —{' '}
                  {d.nature.summary ? (
                    <span lang="fr">{d.nature.summary}</span>
                  ) : (
                    <em className="ars-muted">{t('draftNoSummary')}</em>
                  )}{' '}
                  <span className="ars-muted">
                    ({t('draftUpdated', { date: date.format(d.updatedAt) })})
                  </span>
                </span>
                <button
                  type="button"
                  className="ars-link"
                  aria-label={t('draftDelete', { label })}
                  onClick={() => {
                    if (confirm(t('confirmDelete'))) onDelete(d.contextKey);
                  }}
                >
                  {t('draftDeleteButton')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
