import { clearPendingFill, type PendingFill } from '../../utils/ext/storage/pending-fill';
import {
  fieldsNotFound,
  fillForm,
  type FillOptions,
  type FillPlan,
} from '../../utils/sites/kb/fill';
import { fillLaterSteps } from '../../utils/sites/kb/fill-later';
import type { FormView } from '../../utils/sites/kb/form-view';
import { loadAttachments } from './attachments';
import { showFillBanner } from './fill-report';
import type { PageState } from './page-state';
import { kt } from './text';

function planOf(pending: PendingFill, attachments: File[]): FillPlan {
  return {
    email: pending.email,
    subject: pending.subject,
    description: pending.description,
    thematique: pending.thematique ?? undefined,
    motif: pending.motif ?? undefined,
    sousMotif: pending.sousMotif ?? undefined,
    attachments,
  };
}

/**
 * Fills the form with the escalation prepared in the panel, says what was filled, and keeps the
 * escalation's IDs and justification in `state` for the guard and the record.
 */
export async function fill(
  view: FormView,
  pending: PendingFill,
  state: PageState,
  signal: AbortSignal,
  attachmentsLoading?: ReturnType<typeof loadAttachments>,
): Promise<void> {
  state.pending = pending;
  state.ids = pending.ids;
  state.justification = pending.justification ?? null;
  const attachments = await (attachmentsLoading ?? loadAttachments(pending.screenshotIds));
  const plan = planOf(pending, attachments.files);
  const opts: FillOptions = {
    signal,
    mapping: state.mapping,
    onOptions: (v, field, options) => state.observer?.noteOptions(v, field, options),
  };
  const report = await fillForm(view, plan, opts);
  const missing = fieldsNotFound(report);
  const extra = [...attachments.problems, ...(missing.length ? [kt('laterStep')] : [])];
  showFillBanner(view, plan, report, opts, kt('filled'), extra);
  await clearPendingFill();
  // A multi-step form shows its next fields on « Suivant »: they are filled when they appear.
  fillLaterSteps(view, plan, missing, {
    signal,
    mapping: state.mapping,
    onReport: (later, left) =>
      showFillBanner(
        view,
        plan,
        later,
        opts,
        kt('laterFilled'),
        left.length ? [kt('laterStep')] : [],
      ),
  });
}
