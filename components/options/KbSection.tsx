import type { OptionsText } from './text';

/** What the knowledge-base index reports (fed by the index feature). */
export interface KbStatus {
  articles?: number;
  /** Epoch milliseconds of the last successful refresh. */
  lastRefresh?: number;
  errors?: readonly string[];
  refreshing?: boolean;
}

export interface KbSectionProps {
  status?: KbStatus;
  onRefresh?: () => void;
  t: OptionsText;
}

/** The index status and « Actualiser maintenant ». */
export function KbSection({ status, onRefresh, t }: KbSectionProps) {
  const when = status?.lastRefresh ? new Date(status.lastRefresh).toLocaleString() : t('unknown');
  return (
    <section className="ars-card" id="base" aria-labelledby="base-title">
      <h2 id="base-title">{t('sectionKb')}</h2>
      <dl className="ars-context">
        <dt>{t('kbArticles')}</dt>
        <dd>{status?.articles ?? t('unknown')}</dd>
        <dt>{t('kbLastRefresh')}</dt>
        <dd>{when}</dd>
        <dt>{t('kbErrors')}</dt>
        <dd>{status?.errors?.length ? status.errors.join(' ; ') : t('none')}</dd>
      </dl>
      <button
        type="button"
        className="ars-secondary"
        disabled={!onRefresh || status?.refreshing}
        onClick={onRefresh}
        aria-busy={status?.refreshing ?? false}
      >
        {t('kbRefresh')}
      </button>
      {!onRefresh && <p className="ars-muted">{t('notConnected')}</p>}
    </section>
  );
}
