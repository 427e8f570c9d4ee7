import { useState } from 'react';
import type { Decision } from '../../utils/core/duplicates/policy';

interface Props {
  decision: Decision;
  justification: string | null;
  /** The base URL ticket links are relative to. */
  kbOrigin: string;
  onJustify(text: string): void;
}

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' });

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
  return (
    <section
      className={`ars-notice ${block ? 'ars-error' : 'ars-warn'}`}
      data-testid="duplicate"
      data-verdict={block ? 'block' : 'warn'}
      role={block ? 'alert' : 'status'}
    >
      <strong>{block ? 'Ce problème a déjà été escaladé' : 'Escalades proches'}</strong>
      <p style={{ margin: '4px 0' }}>{decision.reason}</p>
      <ul className="ars-plain">
        {decision.matches.slice(0, 3).map(({ entry, reasons }) => {
          const url = ticketUrl(entry.ticketUrl, kbOrigin);
          return (
            <li
              key={`${entry.ticketNumber ?? ''}-${entry.createdAt}`}
              data-ticket={entry.ticketNumber ?? ''}
            >
              {entry.ticketNumber ? `Ticket n° ${entry.ticketNumber}` : 'Escalade'} du{' '}
              {DATE.format(new Date(entry.createdAt))} — {entry.subject}
              {entry.status === 'resolved' ? ' (résolu)' : ''}{' '}
              {url && (
                <a href={url} target="_blank" rel="noreferrer noopener">
                  ouvrir
                </a>
              )}
              <div className="ars-muted">{reasons.join(' ; ')}</div>
            </li>
          );
        })}
      </ul>
      {justification && (
        <p className="ars-muted">Justification enregistrée : « {justification} »</p>
      )}
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
              Ajouter un complément au ticket existant
            </a>
          )}
          <button
            type="button"
            className="ars-secondary"
            id="ars-other-problem"
            onClick={() => setAsking(true)}
          >
            C’est un autre problème
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
          <label htmlFor="ars-justification">
            En une ligne, en quoi ce problème est-il différent ?
          </label>
          <input
            id="ars-justification"
            value={text}
            onChange={(e) => setText(e.target.value)}
            minLength={10}
            required
          />
          <button type="submit" className="ars-primary" disabled={text.trim().length < 10}>
            Confirmer et continuer
          </button>
        </form>
      )}
      {first && !firstUrl && block && (
        <p className="ars-muted">Le ticket existant n’a pas d’adresse connue.</p>
      )}
    </section>
  );
}
