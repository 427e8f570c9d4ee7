import { useContext, useEffect } from 'react';
import type { KbHit } from '../../utils/core/search/kb-index';
import { t } from '../../utils/i18n';
import { SearchUseContext } from './search-use';
import { French, Phrase } from '../Phrase';
import { Snippet } from './Snippet';

interface Props {
  hits: KbHit[];
  status: 'ready' | 'no-index' | 'idle';
  query: string;
  /** The query the hits were found for, when the box may already hold a newer one. */
  answers?: string;
  onQuery?(query: string): void;
  onCopyAnswer(hit: KbHit): void;
  copiedSlug?: string | null;
}

/** Articles that may answer the question, with the matching section and a highlighted snippet. */
export function Suggestions({
  hits,
  status,
  query,
  answers,
  onQuery,
  onCopyAnswer,
  copiedSlug,
}: Props) {
  const use = useContext(SearchUseContext);
  const typed = Boolean(onQuery);
  const slugs = hits.map((h) => h.slug).join(' ');
  // Learned and unanswered searches are about the query the list answers, not a newer keystroke.
  const found = answers ?? query;
  useEffect(() => {
    if (status === 'ready') use?.shown(found, slugs ? slugs.split(' ') : [], typed);
  }, [use, status, found, slugs, typed]);
  const picked = (hit: KbHit) => use?.picked(found, hit);
  return (
    <section className="ars-card" aria-labelledby="ars-suggestions-title" data-testid="suggestions">
      <h2 id="ars-suggestions-title">{t('suggestionsTitle')}</h2>
      {onQuery && (
        <>
          <label htmlFor="ars-kb-search">{t('searchLabel')}</label>
          <input
            id="ars-kb-search"
            type="search"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
          />
        </>
      )}
      {status === 'no-index' && <p className="ars-muted">{t('kbNotIndexed')}</p>}
      {status === 'ready' && query.trim() && hits.length === 0 && (
        <p className="ars-muted">{t('suggestionsNone')}</p>
      )}
      <ol className="ars-hits" aria-live="polite" data-query={found}>
        {hits.map((hit) => (
          <li key={hit.slug} data-slug={hit.slug}>
            <a
              href={hit.sectionUrl}
              target="_blank"
              rel="noreferrer noopener"
              onClick={() => picked(hit)}
              onAuxClick={() => picked(hit)}
            >
              <French>{hit.title}</French>
            </a>
            <span className="ars-muted">
              {' '}
              · <French>{hit.category}</French>
            </span>
            {hit.section.heading && (
              <div className="ars-muted">
                <Phrase k="inSection" parts={{ heading: <French>{hit.section.heading}</French> }} />
              </div>
            )}
            <div lang="fr">
              <Snippet snippet={hit.snippet} />
            </div>
            <button
              type="button"
              className="ars-link"
              onClick={() => {
                picked(hit);
                onCopyAnswer(hit);
              }}
            >
              {t('copyAnswer')}
            </button>
            {copiedSlug === hit.slug && (
              <span role="status" className="ars-ok-text">
                {' '}
                {t('answerCopied')}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
