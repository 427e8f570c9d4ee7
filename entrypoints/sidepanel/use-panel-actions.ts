import { useEffect, useState } from 'react';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import {
  DEFAULT_ANSWER_TEMPLATES,
  renderAnswer,
  type AnswerTemplate,
} from '../../utils/core/search/answer-templates';
import type { KbHit } from '../../utils/core/search/kb-index';
import { prepareEscalation } from './prepare';

export type PrepareStatus = 'idle' | 'busy' | 'done' | { error: string };

/** « Copier une réponse type »: the first template filled with the article, to the clipboard. */
export function useAnswerCopy(templates: readonly AnswerTemplate[]) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (hit: KbHit) => {
    const template = templates[0] ?? DEFAULT_ANSWER_TEMPLATES[0];
    if (!template) return;
    const answer = renderAnswer(template, {
      title: hit.title,
      url: hit.sectionUrl,
      section: hit.section.heading || undefined,
    });
    await navigator.clipboard.writeText(answer);
    setCopied(hit.slug);
  };
  return { copied, copy };
}

/** « Préparer l'escalade »: the draft saved, then handed to the support form in a new tab. */
export function usePrepare(
  draft: EscalationDraft | null,
  flush: () => Promise<void>,
  nomenclature: Nomenclature,
  kbOrigin: string,
  configured: Nomenclature,
) {
  const [status, setStatus] = useState<PrepareStatus>('idle');
  // « Formulaire ouvert » belongs to the draft it was said of: a new draft (the sent one forgotten,
  // another page) starts without it.
  const draftKey = draft ? `${draft.contextKey}@${draft.createdAt}` : null;
  useEffect(() => setStatus('idle'), [draftKey]);
  const prepare = async () => {
    if (!draft) return;
    setStatus('busy');
    try {
      await flush();
      await prepareEscalation(draft, nomenclature, kbOrigin, configured);
      setStatus('done');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return { status, prepare };
}
