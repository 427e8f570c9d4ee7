import type { Breadcrumb, SisiaoContext, TechSignal } from '../context';
import { nextId, type EscalationDraft } from './model';
import { toReproSteps, toTechnicalLines } from './repro-steps';

/** What the SI SIAO tab recorded: the side panel's context snapshot has this shape. */
export interface Recording {
  context: SisiaoContext;
  breadcrumbs: readonly Breadcrumb[];
  signals: readonly TechSignal[];
}

/** The steps the recording gives, before the referent edits them. */
export function stepsOf(snapshot: Recording): string[] {
  return toReproSteps(snapshot.breadcrumbs, snapshot.signals, snapshot.context);
}

/** Keeps the captured lines current without touching what the referent wrote or unticked. */
export function withCaptured(
  draft: EscalationDraft,
  snapshot: Recording,
  autoSteps: string[],
): EscalationDraft {
  let next = draft;
  const lines = toTechnicalLines(snapshot.signals);
  const known = new Set(draft.technicalLines.map((l) => l.text));
  const fresh = lines.filter((l) => !known.has(l));
  if (fresh.length) {
    const technicalLines = [...draft.technicalLines];
    // A script error is whatever the page's world said (any script there can post one): offered,
    // unticked, for the referent to judge.
    for (const text of fresh)
      technicalLines.push({
        id: nextId('t', technicalLines),
        text,
        included: !text.startsWith('Erreur de script'),
      });
    next = { ...next, technicalLines };
  }
  // Steps follow the recording until the referent edits them.
  const current = draft.steps.map((s) => s.text);
  const steps = stepsOf(snapshot);
  if (
    JSON.stringify(current) === JSON.stringify(autoSteps) &&
    JSON.stringify(steps) !== JSON.stringify(current)
  ) {
    next = { ...next, steps: steps.map((text, i) => ({ id: `s${i + 1}`, text })) };
  }
  return next;
}
