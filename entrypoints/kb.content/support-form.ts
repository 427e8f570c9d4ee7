import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearPendingFill, PENDING_FILL_FRESH_MS, readPendingFill, type PendingFill } from '../../utils/ext/pending-fill';
import { fillForm, waitForForm, type FillPlan, type FillReport } from '../../utils/sites/kb/fill';
import type { FormView } from '../../utils/sites/kb/form-view';
import { showBanner } from './banner';
import { loadAttachments } from './attachments';

/** The form renders asynchronously (HubSpot's embed); past this, the person is told and helped. */
const FORM_TIMEOUT_MS = 8000;

const FIELD_NAMES: Record<string, string> = {
  email: 'adresse e-mail',
  subject: 'objet',
  description: 'description',
  thematique: 'thématique',
  motif: 'motif',
  sousMotif: 'sous-motif',
  attachments: 'pièces jointes',
};

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
  return [
    ...report.skipped.map((s) => `Non rempli – ${FIELD_NAMES[s.field] ?? s.field} : ${s.reason}`),
    ...report.conflicts.map(
      (c) => `Laissé tel quel – ${FIELD_NAMES[c.field] ?? c.field} : vous aviez déjà saisi une autre valeur.`,
    ),
  ];
}

async function fill(view: FormView, pending: PendingFill, signal: AbortSignal): Promise<void> {
  const attachments = await loadAttachments(pending.screenshotIds);
  const report = await fillForm(view, planOf(pending, attachments.files), { signal });
  await clearPendingFill();
  const lines = [...reportLines(report), ...attachments.problems];
  showBanner({
    tone: lines.length ? 'warn' : 'ok',
    title: 'Formulaire pré-rempli par l’assistant : vérifiez puis envoyez.',
    lines,
  });
}

function copyAction(text: string) {
  return {
    id: 'copy-text',
    label: 'Copier le texte de l’escalade',
    run: async () => {
      await navigator.clipboard.writeText(text);
      showBanner({ tone: 'ok', title: 'Texte de l’escalade copié : collez-le dans le champ Description.' });
    },
  };
}

function downloadAction(ids: string[]) {
  return {
    id: 'download-captures',
    label: 'Télécharger les captures',
    run: async () => {
      const { files } = await loadAttachments(ids);
      for (const file of files) {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(file);
        a.download = file.name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      }
    },
  };
}

/** On /support/kb-tickets/new: fill the form from the escalation the panel prepared. */
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
      actions: pending
        ? [copyAction(`${pending.subject}\n\n${pending.description}`), downloadAction(pending.screenshotIds)]
        : [],
    });
    return;
  }
  if (!pending) return;
  if (Date.now() - pending.createdAt <= PENDING_FILL_FRESH_MS) {
    await fill(view, pending, ctx.signal);
    return;
  }
  // Prepared a while ago: name its ménage/demande so the wrong draft is not used.
  showBanner({
    tone: 'info',
    title: `Une escalade préparée attend : ${pending.label}. Remplir le formulaire avec ?`,
    actions: [{ id: 'fill-pending', label: 'Remplir le formulaire', run: () => fill(view, pending, ctx.signal) }],
  });
}
