import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { z } from 'zod';
import { idsFromText } from '../../utils/core/duplicates/from-escalation';
import {
  clearPendingFill,
  PENDING_FILL_FRESH_MS,
  readPendingFill,
  type PendingFill,
} from '../../utils/ext/pending-fill';
import {
  fieldsNotFound,
  fillForm,
  waitForForm,
  type FillPlan,
  type FillReport,
} from '../../utils/sites/kb/fill';
import { fillLaterSteps } from '../../utils/sites/kb/fill-later';
import { FIELD_LABELS } from '../../utils/sites/kb/form-mapping';
import { waitForSubmission } from '../../utils/sites/kb/form-success';
import type { FormView } from '../../utils/sites/kb/form-view';
import { loadAttachments } from './attachments';
import { showBanner } from './banner';
import { readFormValues, type FormValues } from './form-values';
import { checkForm, coverSubmit, removeCover, type GuardIds } from './guard';
import { showSuggestions } from './suggestions-box';
import { downloadBlob } from '../../utils/ext/download';

/** The form renders asynchronously (HubSpot's embed); past this, the person is told and helped. */
const FORM_TIMEOUT_MS = 8000;
/** A person may take a long while to review before sending. */
const SUBMISSION_WAIT_MS = 2 * 60 * 60 * 1000;

const LatestDraftSchema = z
  .object({
    draftKey: z.string(),
    label: z.string(),
    email: z.string(),
    subject: z.string(),
    description: z.string(),
    thematique: z.object({ code: z.string(), libelle: z.string() }).nullable(),
    motif: z.object({ code: z.string(), libelle: z.string() }).nullable(),
    sousMotif: z.object({ code: z.string(), libelle: z.string() }).nullable(),
    screenshotIds: z.array(z.string()),
    ids: z.object({
      menageId: z.string().nullable(),
      personneId: z.string().nullable(),
      demandeId: z.string().nullable(),
    }),
    justification: z.string().optional(),
    updatedAt: z.number(),
  })
  .nullable();

/** What this page knows of the escalation being written. */
interface PageState {
  pending: PendingFill | null;
  ids: GuardIds | null;
  justification: string | null;
  lastValues: FormValues | null;
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

function reportLines(report: FillReport): string[] {
  const name = (f: string) => (FIELD_LABELS as Record<string, string>)[f] ?? f;
  return [
    ...report.skipped.map((s) => `Non rempli – ${name(s.field)} : ${s.reason}`),
    ...report.conflicts.map(
      (c) => `Laissé tel quel – ${name(c.field)} : vous aviez déjà saisi une autre valeur.`,
    ),
  ];
}

async function fill(
  view: FormView,
  pending: PendingFill,
  state: PageState,
  signal: AbortSignal,
): Promise<void> {
  state.pending = pending;
  state.ids = pending.ids;
  state.justification = pending.justification ?? null;
  const attachments = await loadAttachments(pending.screenshotIds);
  const plan = planOf(pending, attachments.files);
  const report = await fillForm(view, plan, { signal });
  await clearPendingFill();
  const missing = fieldsNotFound(report);
  const lines = [...reportLines(report), ...attachments.problems];
  if (missing.length) lines.push(LATER_STEP);
  showBanner({
    tone: lines.length ? 'warn' : 'ok',
    title: 'Formulaire pré-rempli par l’assistant : vérifiez puis envoyez.',
    lines,
  });
  // A multi-step form shows its next fields on « Suivant »: they are filled when they appear.
  fillLaterSteps(view, plan, missing, {
    signal,
    onReport: (later, left) => {
      const more = reportLines(later);
      if (left.length) more.push(LATER_STEP);
      showBanner({
        tone: more.length ? 'warn' : 'ok',
        title: 'Étape suivante pré-remplie par l’assistant : vérifiez puis envoyez.',
        lines: more,
      });
    },
  });
}

const LATER_STEP =
  'Les champs introuvables seront remplis s’ils apparaissent à l’étape suivante du formulaire.';

function fallbackActions(pending: PendingFill | null) {
  if (!pending) return [];
  return [
    {
      id: 'copy-text',
      label: 'Copier le texte de l’escalade',
      run: async () => {
        await navigator.clipboard.writeText(`${pending.subject}\n\n${pending.description}`);
        showBanner({
          tone: 'ok',
          title: 'Texte de l’escalade copié : collez-le dans le champ Description.',
        });
      },
    },
    {
      id: 'download-captures',
      label: 'Télécharger les captures',
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
  const parsed = LatestDraftSchema.safeParse(
    await browser.runtime.sendMessage({ type: 'latestDraft' }).catch(() => null),
  );
  if (!parsed.success || !parsed.data) return;
  const { updatedAt: _updatedAt, ...content } = parsed.data;
  const pending: PendingFill = { version: 1, createdAt: Date.now(), ...content };
  showBanner({
    tone: 'info',
    title: `Un brouillon d’escalade existe : ${pending.label} — « ${pending.subject} ». Remplir le formulaire avec ?`,
    actions: [
      {
        id: 'fill-latest',
        label: 'Remplir avec ce brouillon',
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
        showBanner({
          tone: 'info',
          title: 'Justification enregistrée : vous pouvez envoyer le formulaire.',
        });
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
  await browser.runtime.sendMessage({
    type: 'escalationSubmitted',
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
    title: result.ticketNumber
      ? `Escalade envoyée (ticket n° ${result.ticketNumber}) : elle est notée dans votre historique et son brouillon est clos.`
      : 'Escalade envoyée : elle est notée dans votre historique et son brouillon est clos.',
  });
}

/** On /support/kb-tickets/new: fill, guard, suggest, and record the escalation once sent. */
export async function runSupportForm(ctx: ContentScriptContext): Promise<void> {
  const pending = await readPendingFill();
  let view: FormView;
  try {
    view = await waitForForm(document, { signal: ctx.signal, timeoutMs: FORM_TIMEOUT_MS });
  } catch (err) {
    if (ctx.isInvalid) return;
    showBanner({
      tone: 'error',
      title: 'Le formulaire de support n’a pas été reconnu.',
      lines: [err instanceof Error ? err.message : String(err)],
      actions: fallbackActions(pending),
    });
    return;
  }
  const state: PageState = { pending: null, ids: null, justification: null, lastValues: null };
  if (pending && Date.now() - pending.createdAt <= PENDING_FILL_FRESH_MS) {
    await fill(view, pending, state, ctx.signal);
  } else if (pending) {
    showBanner({
      tone: 'info',
      title: `Une escalade préparée attend : ${pending.label}. Remplir le formulaire avec ?`,
      actions: [
        {
          id: 'fill-pending',
          label: 'Remplir le formulaire',
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
