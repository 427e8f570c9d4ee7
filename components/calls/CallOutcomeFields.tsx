import {
  OUTCOME_LABELS,
  type CallArticle,
  type CallOutcome,
  type CallOutcomeKind,
} from '../../utils/core/calls/entry';

/** The outcome being chosen, before the call is ended. */
export interface OutcomeChoice {
  kind: CallOutcomeKind | null;
  article: CallArticle | null;
}

const KINDS: CallOutcomeKind[] = ['resolu', 'oriente-article', 'escalade'];

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
      <legend>Issue de l’appel</legend>
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
          {OUTCOME_LABELS[kind]}
        </label>
      ))}
      {choice.kind === 'oriente-article' && (
        <>
          <label htmlFor="ars-call-article">Article transmis</label>
          <select
            id="ars-call-article"
            value={choice.article?.slug ?? ''}
            disabled={options.length === 0}
            aria-describedby={options.length === 0 ? 'ars-call-article-none' : undefined}
            onChange={(e) => pickArticle(e.target.value)}
          >
            <option value="">— Choisir parmi les suggestions —</option>
            {options.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title}
              </option>
            ))}
          </select>
          {options.length === 0 && (
            <p id="ars-call-article-none" className="ars-muted">
              Aucun article suggéré pour l’instant : cherchez-le dans les suggestions du panneau.
            </p>
          )}
        </>
      )}
      {linked && (
        <p className="ars-notice" role="status" id="ars-call-linked">
          Escalade envoyée pendant cet appel
          {linked.ticket ? ` : ticket n° ${linked.ticket}` : ''}.
        </p>
      )}
    </fieldset>
  );
}
