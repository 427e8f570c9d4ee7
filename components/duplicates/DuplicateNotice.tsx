import { useState } from 'react';
import type { Decision } from '../../utils/core/duplicates/policy';
import { getLanguage, say, t } from '../../utils/i18n';

interface Props {
  decision: Decision;
  justification: string | null;
  /** The base URL ticket links are relative to. */
  kbOrigin: string;
  onJustify(text: string): void;
}

const DATES = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short' }),
};

function ticketUrl(url: string | undefined, kbOrigin: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, kbOrigin);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * « Ne faire qu'UNE escalade » : a block shows the existing ticket instead of the button, with two
 * ways forward; a warning lists the related tickets and lets the referent go on.
 */
export function DuplicateNotice({ decision, justification, kbOrigin, onJustify }: Props) {
  const [asking, setAsking] = useState(false);
  const [text, setText] = useState('');
  if (decision.verdict === 'allow') return null;
  const block = decision.verdict === 'block' && !justification;
  const first = decision.matches[0]?.entry;
  const firstUrl = ticketUrl(first?.ticketUrl, kbOrigin);
  const date = DATES[getLanguage()];
  return (
    <section
      className={`ars-notice ${block ? 'ars-error' : 'ars-warn'}`}
      data-testid="duplicate"
      data-verdict={block ? 'block' : 'warn'}
      role={block ? 'alert' : 'status'}
    >
      <strong>
        {decision.incident
          ? t(block ? 'dupIncidentTitle' : 'dupIncidentResolvedTitle')
          : t(block ? 'dupBlockedTitle' : 'dupWarnTitle')}
      </strong>
      <p style={{ margin: '4px 0' }}>{say(decision.reason)}</p>
      <ul className="ars-plain">
        {decision.matches.slice(0, 3).map(({ entry, reasons }) => {
          const url = ticketUrl(entry.ticketUrl, kbOrigin);
          const vars = { date: date.format(new Date(entry.createdAt)) };
          return (
            <li
              key={`${entry.ticketNumber ?? ''}-${entry.createdAt}`}
              data-ticket={entry.ticketNumber ?? ''}
            >
              {entry.ticketNumber
                ? t('dupTicketLine', { number: entry.ticketNumber, ...vars })
                : t('dupEscalationLine', vars)}{' '}
              — <span lang="fr">{entry.subject}</span>
              {entry.status === 'resolved' ? ` ${t('dupResolved')}` : ''}{' '}
              {url && (
                <a href={url} target="_blank" rel="noreferrer noopener">
                  {t('dupOpen')}
                </a>
              )}
              <div className="ars-muted">{reasons.map(say).join(' ; ')}</div>
            </li>
          );
        })}
      </ul>
      {justification && <p className="ars-muted">{t('dupJustified', { text: justification })}</p>}
      {block && (
        <div className="ars-row">
          {firstUrl && (
            <a
              className="ars-secondary"
              href={firstUrl}
              target="_blank"
              rel="noreferrer noopener"
              id="ars-add-to-ticket"
            >
              {decision.incident ? t('dupIncidentArticle') : t('dupAddToTicket')}
            </a>
          )}
          <button
            type="button"
            className="ars-secondary"
            id="ars-other-problem"
            onClick={() => setAsking(true)}
          >
            {t('dupOtherProblem')}
          </button>
        </div>
      )}
      {block && asking && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim().length >= 10) onJustify(text.trim());
          }}
        >
          <label htmlFor="ars-justification">{t('dupJustifyLabel')}</label>
          <input
            id="ars-justification"
            value={text}
            onChange={(e) => setText(e.target.value)}
            minLength={10}
            required
          />
          <button type="submit" className="ars-primary" disabled={text.trim().length < 10}>
            {t('dupConfirm')}
          </button>
        </form>
      )}
      {first && !firstUrl && block && !decision.incident && (
        <p className="ars-muted">{t('dupNoTicketUrl')}</p>
      )}
    </section>
  );
}
