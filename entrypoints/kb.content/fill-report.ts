import {
  fillForm,
  planWithChoice,
  type FillOptions,
  type FillPlan,
  type FillReport,
} from '../../utils/sites/kb/fill';
import type { FormField } from '../../utils/sites/kb/form-mapping';
import type { FormView } from '../../utils/sites/kb/form-view';
import type { KbKey } from '../../utils/i18n/kb-fr';
import { showBanner, type BannerAction } from './banner';
import { kt } from './text';

/** A field of the form as the banner names it (« Thématique »), in the interface language. */
function fieldName(field: string | number | undefined): string {
  const key = `field_${String(field)}` as KbKey;
  const name = kt(key);
  return name === key ? String(field) : name;
}

/** Why a field was not filled, in words; a field named in the reason is named as the form's. */
export function skipText(s: FillReport['skipped'][number]): string {
  const vars = { ...s.vars, ...(s.vars?.parent ? { parent: fieldName(s.vars.parent) } : {}) };
  return kt(`skip_${s.reason}`, vars);
}

/** What the banner says about a fill: what was left out and why. */
export function reportLines(report: FillReport): string[] {
  return [
    ...report.skipped.map((s) =>
      kt('notFilled', { field: fieldName(s.field), reason: skipText(s) }),
    ),
    ...report.conflicts.map((c) => kt('keptAsIs', { field: fieldName(c.field) })),
  ];
}

const BELOW: Record<string, FormField[]> = {
  thematique: ['thematique', 'motif', 'sousMotif'],
  motif: ['motif', 'sousMotif'],
  sousMotif: ['sousMotif'],
};

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
    label: kt('choiceLabel', { field: fieldName(field), option: option.label }),
    run: async () => {
      const next = planWithChoice(plan, field, option);
      const later = await fillForm(view, next, { ...opts, only: BELOW[field] });
      showFillBanner(view, next, later, opts, kt('choiceApplied'));
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
  if (actions.length) lines.push(kt('closestChoices'));
  showBanner({ tone: lines.length ? 'warn' : 'ok', title, lines, actions });
}
