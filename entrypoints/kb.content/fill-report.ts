import {
  fillForm,
  planWithChoice,
  type FillOptions,
  type FillPlan,
  type FillReport,
} from '../../utils/sites/kb/fill';
import { FIELD_LABELS, type FormField } from '../../utils/sites/kb/form-mapping';
import type { FormView } from '../../utils/sites/kb/form-view';
import { showBanner, type BannerAction } from './banner';

/** What the banner says about a fill: what was left out and why, in French. */
export function reportLines(report: FillReport): string[] {
  const name = (f: string) => (FIELD_LABELS as Record<string, string>)[f] ?? f;
  return [
    ...report.skipped.map((s) => `Non rempli – ${name(s.field)} : ${s.reason}`),
    ...report.conflicts.map(
      (c) => `Laissé tel quel – ${name(c.field)} : vous aviez déjà saisi une autre valeur.`,
    ),
  ];
}

const BELOW: Record<string, FormField[]> = {
  thematique: ['thematique', 'motif', 'sousMotif'],
  motif: ['motif', 'sousMotif'],
  sousMotif: ['sousMotif'],
};

const CHOOSE =
  'Choix les plus proches offerts par le formulaire : un clic choisit et remplit la suite.';

/**
 * One button per closest option of the first level nothing fitted. A click (a person's: the
 * banner ignores clicks the page makes) chooses it and fills the levels below from the escalation.
 */
function choiceActions(
  view: FormView,
  plan: FillPlan,
  report: FillReport,
  opts: FillOptions,
): BannerAction[] {
  const first = report.choices?.[0];
  const field = first?.field as FormField | undefined;
  if (!first || !field || !BELOW[field]) return [];
  return first.options.map((option, i) => ({
    id: `choice-${i}`,
    label: `${FIELD_LABELS[field]} : ${option.label}`,
    run: async () => {
      const next = planWithChoice(plan, field, option);
      const later = await fillForm(view, next, { ...opts, only: BELOW[field] });
      showFillBanner(view, next, later, opts, 'Choix appliqué : vérifiez puis envoyez.');
    },
  }));
}

/** The banner after a fill, with the closest choices when a level found no match. */
export function showFillBanner(
  view: FormView,
  plan: FillPlan,
  report: FillReport,
  opts: FillOptions,
  title: string,
  extra: readonly string[] = [],
): void {
  const lines = [...reportLines(report), ...extra];
  const actions = choiceActions(view, plan, report, opts);
  if (actions.length) lines.push(CHOOSE);
  showBanner({ tone: lines.length ? 'warn' : 'ok', title, lines, actions });
}
