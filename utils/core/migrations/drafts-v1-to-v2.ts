import { z } from 'zod';
import { contextKeyOf } from '../escalation/context-key';
import { emptyDraft, type DraftStore, type EscalationDraft } from '../escalation/model';

/**
 * Drafts v1 were flat: the ménage, the demande, one free text and a date. v2 is the escalation
 * script (`EscalationDraft`), stored one per context key. The v1 text becomes the description:
 * it is the referent's own words, kept whole, never split on guesses.
 */

/** A v1 draft as it was stored. Lenient: what cannot be read is dropped, the text is kept. */
export const DraftV1Schema = z.object({
  menageId: z.string().nullish().catch(null),
  demandeId: z.string().nullish().catch(null),
  text: z.string(),
  updatedAt: z.union([z.number(), z.string()]).nullish().catch(null),
});
export type DraftV1 = z.infer<typeof DraftV1Schema>;

/** Epoch milliseconds from a number or an ISO date; 0 when unreadable. */
function toMillis(value: number | string | null | undefined): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
  if (typeof value === 'string') {
    const t = Date.parse(value);
    if (Number.isFinite(t) && t >= 0) return t;
  }
  return 0;
}

/** One v1 draft as a v2 draft. */
export function draftV1ToV2(v1: DraftV1): EscalationDraft {
  const menageId = v1.menageId?.trim().slice(0, 100) ?? '';
  const demandeId = v1.demandeId?.trim().slice(0, 100) ?? '';
  const at = toMillis(v1.updatedAt);
  const draft = emptyDraft(contextKeyOf({ menageId, demandeId }), at);
  return {
    ...draft,
    qui: { ...draft.qui, menageId },
    nature: {
      ...draft.nature,
      description: v1.text.slice(0, 20000),
      ids: { ...draft.nature.ids, demandeId },
    },
  };
}

/**
 * The v1 store (an array of drafts, or an object of them) as the v2 store keyed by context.
 * Entries without a text are dropped (nothing to lose); two entries for one context keep the
 * newest, with the older text appended so that nothing typed disappears.
 */
export function draftsV1ToV2(value: unknown): DraftStore {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object') throw new Error('brouillons v1 : liste ou objet attendu');
  const entries = Array.isArray(value) ? value : Object.values(value);
  const drafts = entries
    .map((entry) => DraftV1Schema.safeParse(entry))
    .flatMap((r) => (r.success && r.data.text.trim() ? [draftV1ToV2(r.data)] : []))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const store: DraftStore = {};
  for (const draft of drafts) {
    const kept = store[draft.contextKey];
    if (!kept) {
      store[draft.contextKey] = draft;
    } else if (draft.nature.description.trim() !== kept.nature.description.trim()) {
      const description = `${kept.nature.description}\n\n${draft.nature.description}`;
      kept.nature = { ...kept.nature, description: description.slice(0, 20000) };
    }
  }
  return store;
}
