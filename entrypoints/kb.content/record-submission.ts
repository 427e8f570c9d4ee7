import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { idsFromText } from '../../utils/core/duplicates/from-escalation';
import { tell } from '../../utils/ext/protocol/tell';
import { waitForSubmission } from '../../utils/sites/kb/form-success';
import type { FormView } from '../../utils/sites/kb/form-view';
import { showBanner } from './banner';
import { readFormValues } from './form-values';
import type { PageState } from './page-state';
import { kt } from './text';

/** A person may take a long while to review before sending. */
const SUBMISSION_WAIT_MS = 2 * 60 * 60 * 1000;

/** Once the form is sent: record the escalation for the duplicate guard and close its draft. */
export async function recordWhenSent(
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
