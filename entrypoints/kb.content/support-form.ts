import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ask } from '../../utils/ext/protocol/ask';
import { latestDraft } from '../../utils/ext/protocol/messages/escalations';
import { tell } from '../../utils/ext/protocol/tell';
import { idsFromText } from '../../utils/core/duplicates/from-escalation';
import {
  clearPendingFill,
  PENDING_FILL_FRESH_MS,
  readPendingFill,
  type PendingFill,
} from '../../utils/ext/storage/pending-fill';
import {
  fieldsNotFound,
  fillForm,
  waitForForm,
  type FillOptions,
  type FillPlan,
} from '../../utils/sites/kb/fill';
import { fillLaterSteps } from '../../utils/sites/kb/fill-later';
import {
  DEFAULT_FORM_MAPPING,
  formMappingSchema,
  type FormMapping,
} from '../../utils/sites/kb/form-mapping';
import { readEffectiveRules } from '../../utils/ext/storage/effective-rules';
import { waitForSubmission } from '../../utils/sites/kb/form-success';
import type { FormView } from '../../utils/sites/kb/form-view';
import type { NomenclatureObserver } from '../../utils/sites/kb/nomenclature-observer';
import { loadAttachments } from './attachments';
import { showBanner } from './banner';
import { showFillBanner } from './fill-report';
import { watchNomenclature } from './observe-nomenclature';
import { readFormValues, type FormValues } from './form-values';
import { checkForm, coverSubmit, removeCover, type GuardIds } from './guard';
import { showSuggestions } from './suggestions-box';
import { downloadBlob } from '../../utils/ext/download';
import { FormNotFoundError } from '../../utils/sites/kb/form-wait';
import { kbLanguage, kt, setKbLanguage } from './text';

/** The form renders asynchronously (HubSpot's embed); past this, the person is told and helped. */
const FORM_TIMEOUT_MS = 8000;
/** A person may take a long while to review before sending. */
const SUBMISSION_WAIT_MS = 2 * 60 * 60 * 1000;

/** What this page knows of the escalation being written. */
interface PageState {
  pending: PendingFill | null;
  ids: GuardIds | null;
  justification: string | null;
  lastValues: FormValues | null;
  /** Reads the form's nomenclature lists; the fill tells it those it opens and closes. */
  observer: NomenclatureObserver | null;
  mapping: FormMapping;
}

/**
 * The mapping in force (the options' or the national feed's), else the built-in one; and the
 * interface language, published with it.
 */
async function readRules(): Promise<FormMapping> {
  const rules = await readEffectiveRules();
  setKbLanguage(rules?.language === 'en' ? 'en' : 'fr');
  const parsed = formMappingSchema.safeParse(rules?.form);
  return parsed.success ? parsed.data : DEFAULT_FORM_MAPPING;
}

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

async function fill(
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

function fallbackActions(pending: PendingFill | null) {
  if (!pending) return [];
  return [
    {
      id: 'copy-text',
      label: kt('copyText'),
      run: async () => {
        await navigator.clipboard.writeText(`${pending.subject}\n\n${pending.description}`);
        showBanner({ tone: 'ok', title: kt('copied') });
      },
    },
    {
      id: 'download-captures',
      label: kt('downloadShots'),
      run: async () => {
        const { files } = await loadAttachments(pending.screenshotIds);
        for (const file of files) downloadBlob(file, file.name);
      },
    },
  ];
}

/** No escalation was prepared: offer the most recent draft, named, so the wrong one is not used. */
async function offerLatestDraft(
  view: FormView,
  state: PageState,
  signal: AbortSignal,
): Promise<void> {
  const latest = await ask(latestDraft).catch(() => null);
  if (!latest) return;
  const { updatedAt, ...content } = latest;
  const pending: PendingFill = { version: 1, createdAt: Date.now(), ...content };
  showBanner({
    tone: 'info',
    // Named in the panel only: any script of the knowledge base can read this banner.
    title: kt('draftOffer', {
      date: new Date(updatedAt).toLocaleString(kbLanguage() === 'en' ? 'en-GB' : 'fr-FR', {
        dateStyle: 'short',
        timeStyle: 'short',
      }),
    }),
    actions: [
      {
        id: 'fill-latest',
        label: kt('fillWithDraft'),
        run: () => fill(view, pending, state, signal),
      },
    ],
  });
}

/** Runs the duplicate guard on what the form holds, as the person types (debounced). */
function guardAsTyped(ctx: ContentScriptContext, view: FormView, state: PageState): void {
  let timer: number | undefined;
  const run = async () => {
    const values = readFormValues(view);
    state.lastValues = values;
    const description =
      view.fields.description?.element.closest('.hs-form-field, .hsfc-TextareaField, div') ??
      view.fields.description?.element;
    if (description) void showSuggestions(description, `${values.subject} ${values.description}`);
    const verdict = await checkForm(values, state.ids, state.justification);
    if (verdict?.verdict === 'block' && !state.justification) {
      coverSubmit(view, verdict, (text) => {
        state.justification = text;
        showBanner({ tone: 'info', title: kt('justified') });
      });
    } else {
      removeCover();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void run(), 500);
  };
  ctx.addEventListener(view.root.ownerDocument, 'input', schedule, { capture: true });
  ctx.addEventListener(view.root.ownerDocument, 'change', schedule, { capture: true });
  // Values are read at the moment of sending, before the form gives way to its thank-you message.
  ctx.addEventListener(
    view.root.ownerDocument,
    'submit',
    () => {
      state.lastValues = readFormValues(view);
    },
    { capture: true },
  );
  schedule();
}

/** Once the form is sent: record the escalation for the duplicate guard and close its draft. */
async function recordWhenSent(
  ctx: ContentScriptContext,
  view: FormView,
  state: PageState,
): Promise<void> {
  const result = await waitForSubmission(view.root.ownerDocument, {
    signal: ctx.signal,
    timeoutMs: SUBMISSION_WAIT_MS,
  }).catch(() => null);
  if (!result) return; // left without sending: the draft stays
  const values = state.lastValues ?? readFormValues(view);
  await tell('escalationSubmitted', {
    draftKey: state.pending?.draftKey,
    record: {
      menageId: state.ids?.menageId ?? undefined,
      personneId: state.ids?.personneId ?? undefined,
      demandeId: state.ids?.demandeId ?? undefined,
      // A form filled by hand: the IDs named in its text, as the guard read them.
      ...(state.ids ? {} : idsFromText(`${values.subject}\n${values.description}`)),
      userEmail: values.email,
      thematique: values.thematique || state.pending?.thematique?.libelle,
      motif: values.motif || state.pending?.motif?.libelle,
      sousMotif: values.sousMotif || state.pending?.sousMotif?.libelle,
      subject: values.subject,
      description: values.description,
      createdAt: new Date().toISOString(),
      status: 'open',
      ticketNumber: result.ticketNumber ?? undefined,
      ticketUrl: result.url ?? undefined,
      justification: state.justification ?? undefined,
      source: 'form',
    },
  });
  showBanner({
    tone: 'ok',
    title: result.ticketNumber ? kt('sentNumbered', { number: result.ticketNumber }) : kt('sent'),
  });
}

/** On /support/kb-tickets/new: fill, guard, suggest, and record the escalation once sent. */
export async function runSupportForm(ctx: ContentScriptContext): Promise<void> {
  // The person is told within FORM_TIMEOUT_MS of the page's start, whatever the reads before take
  // (the rules in force come from the background, which may be busy right after an install).
  const startedAt = Date.now();
  const pending = await readPendingFill();
  const fresh = pending && Date.now() - pending.createdAt <= PENDING_FILL_FRESH_MS;
  // Fetched while the form renders, so the fill does not wait for it once the form is there.
  const attachments = fresh ? loadAttachments(pending.screenshotIds) : undefined;
  const mapping = await readRules();
  let view: FormView;
  try {
    view = await waitForForm(document, {
      signal: ctx.signal,
      timeoutMs: Math.max(1000, FORM_TIMEOUT_MS - (Date.now() - startedAt)),
      mapping,
    });
  } catch (err) {
    if (ctx.isInvalid) return;
    showBanner({
      tone: 'error',
      title: kt('notRecognised'),
      lines: [
        err instanceof FormNotFoundError
          ? kt('formNotFound', {
              seconds: String(err.seconds).replace('.', kbLanguage() === 'en' ? '.' : ','),
            })
          : err instanceof Error
            ? err.message
            : String(err),
      ],
      actions: fallbackActions(pending),
    });
    return;
  }
  const state: PageState = {
    pending: null,
    ids: null,
    justification: null,
    lastValues: null,
    observer: watchNomenclature(ctx, view),
    mapping,
  };
  if (pending && fresh) {
    await fill(view, pending, state, ctx.signal, attachments);
  } else if (pending) {
    showBanner({
      tone: 'info',
      title: kt('pendingOffer'),
      actions: [
        {
          id: 'fill-pending',
          label: kt('fillPending'),
          run: () => fill(view, pending, state, ctx.signal),
        },
      ],
    });
  } else {
    await offerLatestDraft(view, state, ctx.signal);
  }
  guardAsTyped(ctx, view, state);
  await recordWhenSent(ctx, view, state);
}
