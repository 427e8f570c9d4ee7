import type { SisiaoContext } from '../context';
import { contextKeyOf } from './context-key';
import { emptyDraft, type EscalationDraft } from './model';

/** One line of text: trimmed, inner whitespace (line breaks included) collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Non-empty lines, without a line repeating the one before (a double click, a reloaded page). */
function cleanLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = oneLine(raw);
    if (line && line !== out[out.length - 1]) out.push(line);
  }
  return out;
}

/**
 * A new draft pre-filled from what the extension captured: the user and usager, the IDs, the steps
 * (from the breadcrumbs, already worded by the caller) and the technical error lines (all included
 * at first; the referent unticks what is noise). Summary, description and results stay for the
 * referent to write, and the nomenclature for them to confirm.
 */
export function draftFromContext(
  context: SisiaoContext,
  breadcrumbsSteps: readonly string[],
  technicalLines: readonly string[],
  now: number,
): EscalationDraft {
  const draft = emptyDraft(contextKeyOf(context), now);
  const merged = mergeContextIntoDraft(draft, context);
  return {
    ...merged,
    steps: cleanLines(breadcrumbsSteps).map((text, i) => ({ id: `s${i + 1}`, text })),
    technicalLines: cleanLines(technicalLines).map((text, i) => ({
      id: `t${i + 1}`,
      text,
      included: true,
    })),
  };
}

const IDENTITY_FIELDS = ['demandeId', 'menageId', 'personneId'] as const;

function draftId(draft: EscalationDraft, key: (typeof IDENTITY_FIELDS)[number]): string {
  return key === 'demandeId' ? draft.nature.ids.demandeId : draft.qui[key];
}

/**
 * True when the context names another demande, ménage or personne than the draft: merging it would
 * put someone else's ID into this escalation.
 */
export function contextConflicts(draft: EscalationDraft, context: SisiaoContext): boolean {
  return IDENTITY_FIELDS.some((key) => {
    const mine = draftId(draft, key).trim();
    const theirs = context[key]?.trim();
    return Boolean(mine && theirs && mine !== theirs);
  });
}

/**
 * Fills the draft's empty fields from the context, never touching what is already there (the
 * referent may have typed or corrected it). A context about someone else changes nothing. Returns
 * the same object when nothing changed, so callers can skip a save; `now`, when given, becomes
 * `updatedAt` of a changed draft.
 */
export function mergeContextIntoDraft(
  draft: EscalationDraft,
  context: SisiaoContext,
  now?: number,
): EscalationDraft {
  if (contextConflicts(draft, context)) return draft;
  let changed = false;
  const fill = (current: string, value: string | null): string => {
    const v = value?.trim() ?? '';
    if (current.trim() || !v) return current;
    changed = true;
    return v;
  };
  const qui = {
    userEmail: fill(draft.qui.userEmail, context.userEmail),
    userProfile: fill(draft.qui.userProfile, context.userProfile),
    menageId: fill(draft.qui.menageId, context.menageId),
    personneId: fill(draft.qui.personneId, context.personneId),
  };
  const ids = {
    ...draft.nature.ids,
    demandeId: fill(draft.nature.ids.demandeId, context.demandeId),
    structureId: fill(draft.nature.ids.structureId, context.structureId),
    dispositifId: fill(draft.nature.ids.dispositifId, context.dispositifId),
    groupePlacesId: fill(draft.nature.ids.groupePlacesId, context.groupePlacesId),
  };
  if (!changed) return draft;
  return {
    ...draft,
    qui,
    nature: { ...draft.nature, ids },
    updatedAt: now ?? draft.updatedAt,
  };
}
