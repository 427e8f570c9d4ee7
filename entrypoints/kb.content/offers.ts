import { ask } from '../../utils/ext/protocol/ask';
import { latestDraft } from '../../utils/ext/protocol/messages/escalations';
import type { PendingFill } from '../../utils/ext/storage/pending-fill';
import { downloadBlob } from '../../utils/ext/download';
import { FormNotFoundError } from '../../utils/sites/kb/form-wait';
import type { FormView } from '../../utils/sites/kb/form-view';
import { loadAttachments } from './attachments';
import { showBanner } from './banner';
import { fill } from './fill-flow';
import type { PageState } from './page-state';
import { kbLanguage, kt } from './text';

/**
 * The banners that offer a fill the page did not do by itself (an escalation prepared too long
 * ago, the latest draft), and the fallbacks when the form is not found.
 */

/** An escalation was prepared, but not just now: filling waits for the person's word. */
export function offerPending(
  view: FormView,
  pending: PendingFill,
  state: PageState,
  signal: AbortSignal,
): void {
  showBanner({
    tone: 'info',
    title: kt('pendingOffer'),
    actions: [
      {
        id: 'fill-pending',
        label: kt('fillPending'),
        run: () => fill(view, pending, state, signal),
      },
    ],
  });
}

/** No escalation was prepared: offer the most recent draft, named, so the wrong one is not used. */
export async function offerLatestDraft(
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

/** The form did not come: say so, and offer the escalation's text and captures by other means. */
export function showFormNotFound(err: unknown, pending: PendingFill | null): void {
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
