import type { CallArticle, CallOutcome, CallOutcomeKind } from '../../utils/core/calls/entry';
import { t, type MessageKey } from '../../utils/i18n';

/** The outcome being chosen, before the call is ended. */
export interface OutcomeChoice {
  kind: CallOutcomeKind | null;
  article: CallArticle | null;
}

const KINDS: CallOutcomeKind[] = ['resolu', 'oriente-article', 'escalade'];

/** The message of each outcome (« Résolu », « Orienté vers un article », « Escaladé »). */
export const OUTCOME_KEYS: Record<CallOutcomeKind, MessageKey> = {
  resolu: 'callOutcomeResolu',
  'oriente-article': 'callOutcomeArticle',
  escalade: 'callOutcomeEscalade',
};

/** The outcome to store, or null while the choice is incomplete (no kind, or no article). */
export function outcomeOf(choice: OutcomeChoice, linkedTicket: string | null): CallOutcome | null {
  if (choice.kind === 'resolu') return { kind: 'resolu' };
  if (choice.kind === 'escalade') return { kind: 'escalade', ticket: linkedTicket };
  if (choice.kind === 'oriente-article' && choice.article) {
    return { kind: 'oriente-article', article: choice.article };
  }
  return null;
}

interface Props {
  choice: OutcomeChoice;
  /** The current suggestions; the chosen article stays listed even when they change. */
  articles: readonly CallArticle[];
  /** Set when the support form reported an escalation submitted during this call. */
  linked: { ticket: string | null } | null;
  onChange(choice: OutcomeChoice): void;
}

/** « Résolu », « Orienté vers un article » (which one), « Escaladé ». */
export function CallOutcomeFields({ choice, articles, linked, onChange }: Props) {
  const usable = articles.filter((a) => a.slug.trim() && a.title.trim());
  const options =
    choice.article && !usable.some((a) => a.slug === choice.article?.slug)
      ? [choice.article, ...usable]
      : usable;
  const pickArticle = (slug: string) =>
    onChange({ ...choice, article: options.find((a) => a.slug === slug) ?? null });
  return (
    <fieldset>
      <legend>{t('callOutcomeLegend')}</legend>
      {KINDS.map((kind) => (
        <label key={kind} htmlFor={`ars-call-outcome-${kind}`} style={{ fontWeight: 400 }}>
          <input
            type="radio"
            id={`ars-call-outcome-${kind}`}
            name="ars-call-outcome"
            value={kind}
            checked={choice.kind === kind}
            onChange={() => onChange({ ...choice, kind })}
          />{' '}
          {t(OUTCOME_KEYS[kind])}
        </label>
      ))}
      {choice.kind === 'oriente-article' && (
        <>
          <label htmlFor="ars-call-article">{t('callArticleLabel')}</label>
          <select
            id="ars-call-article"
            value={choice.article?.slug ?? ''}
            disabled={options.length === 0}
            aria-describedby={options.length === 0 ? 'ars-call-article-none' : undefined}
            onChange={(e) => pickArticle(e.target.value)}
          >
            <option value="">{t('callArticleChoose')}</option>
            {options.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title}
              </option>
            ))}
          </select>
          {options.length === 0 && (
            <p id="ars-call-article-none" className="ars-muted">
              {t('callArticleNone')}
            </p>
          )}
        </>
      )}
      {linked && (
        <p className="ars-notice" role="status" id="ars-call-linked">
          {linked.ticket ? t('callLinkedTicket', { ticket: linked.ticket }) : t('callLinked')}
        </p>
      )}
    </fieldset>
  );
}
