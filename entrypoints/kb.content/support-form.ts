import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readEffectiveRules } from '../../utils/ext/storage/effective-rules';
import { PENDING_FILL_FRESH_MS, readPendingFill } from '../../utils/ext/storage/pending-fill';
import { waitForForm } from '../../utils/sites/kb/fill';
import {
  DEFAULT_FORM_MAPPING,
  formMappingSchema,
  type FormMapping,
} from '../../utils/sites/kb/form-mapping';
import type { FormView } from '../../utils/sites/kb/form-view';
import { loadAttachments } from './attachments';
import { fill } from './fill-flow';
import { guardAsTyped } from './guard-as-typed';
import { watchNomenclature } from './observe-nomenclature';
import { offerLatestDraft, offerPending, showFormNotFound } from './offers';
import type { PageState } from './page-state';
import { recordWhenSent } from './record-submission';
import { setKbLanguage } from './text';

/** The form renders asynchronously (HubSpot's embed); past this, the person is told and helped. */
const FORM_TIMEOUT_MS = 8000;

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
    if (!ctx.isInvalid) showFormNotFound(err, pending);
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
  if (pending && fresh) await fill(view, pending, state, ctx.signal, attachments);
  else if (pending) offerPending(view, pending, state, ctx.signal);
  else await offerLatestDraft(view, state, ctx.signal);
  guardAsTyped(ctx, view, state);
  await recordWhenSent(ctx, view, state);
}
