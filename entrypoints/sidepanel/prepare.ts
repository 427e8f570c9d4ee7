import { browser } from 'wxt/browser';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import { fillContentOf } from '../../utils/core/escalation/to-fill';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { SUPPORT_FORM_PATH } from '../../utils/core/origins';
import { writePendingFill } from '../../utils/ext/storage/pending-fill';

/**
 * Hands the escalation to the support form: the rendered text and the screenshots' references go
 * to storage, then the form opens in a new tab where the knowledge-base script fills it.
 */
export async function prepareEscalation(
  draft: EscalationDraft,
  nomenclature: Nomenclature,
  kbOrigin: string,
  /** Where a selection made before the form's own lists were known is still read. */
  configured?: Nomenclature,
): Promise<void> {
  await writePendingFill({
    version: 1,
    createdAt: Date.now(),
    ...fillContentOf(draft, nomenclature, configured),
  });
  await browser.tabs.create({ url: `${kbOrigin}${SUPPORT_FORM_PATH}` });
}
