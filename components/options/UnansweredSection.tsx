import type { OptionsText } from './text';

/** One search without an answer, as the list shows it. */
export interface UnansweredItem {
  key: string;
  text: string;
  count: number;
  /** Epoch milliseconds of the last time it was searched. */
  last: number;
}

export interface UnansweredSectionProps {
  /** Most frequent first. */
  items: readonly UnansweredItem[];
  /** Opens the knowledge base's form to suggest an article, the text filled in. */
  onSuggest: (item: UnansweredItem) => void;
  onClear: () => void;
  t: OptionsText;
}

/** Searches where no suggestion was opened or copied, for the national team to write articles. */
export function UnansweredSection({ items, onSuggest, onClear, t }: UnansweredSectionProps) {
  return (
    <section className="ars-card" id="sans-reponse" aria-labelledby="sans-reponse-title">
      <h2 id="sans-reponse-title">{t('sectionUnanswered')}</h2>
      <p className="ars-muted">{t('unansweredHelp')}</p>
      {items.length === 0 ? (
        <p data-testid="unanswered-empty">{t('unansweredNone')}</p>
      ) : (
        <>
          <ol className="ars-plain" data-testid="unanswered-list">
            {items.map((item) => (
              <li key={item.key} data-key={item.key}>
                <span>« {item.text} »</span>{' '}
                <span className="ars-muted">
                  {t('unansweredCount', {
                    count: item.count,
                    date: new Date(item.last).toLocaleDateString(),
                  })}
                </span>{' '}
                <button type="button" className="ars-link" onClick={() => onSuggest(item)}>
                  {t('unansweredSuggest')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="ars-secondary"
            id="ars-unanswered-clear"
            onClick={() => window.confirm(t('unansweredClearConfirm')) && onClear()}
          >
            {t('unansweredClear')}
          </button>
        </>
      )}
    </section>
  );
}
