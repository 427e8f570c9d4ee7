import { configLine } from '../../utils/i18n';
import type { OptionsKey } from '../../utils/i18n/options-fr';
import type { OptionsText } from './text';
import { weakeningText, type StoredWeakening } from './weakening-text';

/** What the options show of the national team's signed feed (read from the background's store). */
export interface FeedView {
  applied: { version: string; publishedAt: string; keyId: string; incidents: number } | null;
  pending: { version: string; publishedAt: string; weakenings: StoredWeakening[] } | null;
  lastCheck: {
    at: number;
    ok: boolean;
    code?: string;
    vars?: Record<string, string | number>;
    message?: string;
    url: string;
  } | null;
}

export interface FeedSectionProps {
  feed: FeedView | null;
  busy: boolean;
  onRefresh: () => void;
  onConfirm: () => void;
  t: OptionsText;
}

const when = (iso: string | number) => new Date(iso).toLocaleString();

/** The last check in words: by its code, or the sentence an older version stored. */
function checkText(check: NonNullable<FeedView['lastCheck']>, t: OptionsText): string {
  if (!check.code) return check.message ?? '';
  const vars = check.vars ?? {};
  if (check.code !== 'refused') return t(`feedCheck_${check.code}` as OptionsKey, vars);
  const errors =
    t.language === 'en' && typeof vars.errors === 'string'
      ? vars.errors.split(' ; ').map(configLine).join('; ')
      : vars.errors;
  return t('feedCheck_refused', {
    reason: t(`feedRefusal_${String(vars.refusal)}` as OptionsKey, {
      ...vars,
      ...(errors === undefined ? {} : { errors }),
    }),
  });
}

/** The feed in force, the last check and why, « Actualiser », and a reducing feed to confirm. */
export function FeedSection({ feed, busy, onRefresh, onConfirm, t }: FeedSectionProps) {
  const check = feed?.lastCheck;
  return (
    <section className="ars-card" id="flux" aria-labelledby="flux-title" data-testid="feed">
      <h2 id="flux-title">{t('sectionFeed')}</h2>
      <dl className="ars-context">
        <dt>{t('feedVersion')}</dt>
        <dd data-testid="feed-version">{feed?.applied?.version ?? t('none')}</dd>
        <dt>{t('feedPublished')}</dt>
        <dd>{feed?.applied ? when(feed.applied.publishedAt) : t('unknown')}</dd>
        <dt>{t('feedKey')}</dt>
        <dd>{feed?.applied?.keyId ?? t('unknown')}</dd>
        <dt>{t('feedIncidents')}</dt>
        <dd>{feed?.applied?.incidents ?? 0}</dd>
        <dt>{t('feedLastCheck')}</dt>
        <dd>{check ? `${when(check.at)} — ${check.url}` : t('unknown')}</dd>
      </dl>
      {check && (
        <p
          role={check.ok ? 'status' : 'alert'}
          data-testid="feed-message"
          data-ok={check.ok}
          data-at={check.at}
        >
          {checkText(check, t)}
        </p>
      )}
      {feed?.pending && (
        <div className="ars-notice" data-testid="feed-pending">
          <p>{t('feedPendingIntro', { version: feed.pending.version })}</p>
          <ul>
            {feed.pending.weakenings
              .map((w) => weakeningText(w, t))
              .map((line) => (
                <li key={line}>{line}</li>
              ))}
          </ul>
          <button type="button" onClick={onConfirm} disabled={busy}>
            {t('feedConfirm')}
          </button>
        </div>
      )}
      <button
        type="button"
        className="ars-secondary"
        onClick={onRefresh}
        disabled={busy}
        aria-busy={busy}
        data-testid="feed-refresh"
      >
        {t('feedRefresh')}
      </button>
    </section>
  );
}
