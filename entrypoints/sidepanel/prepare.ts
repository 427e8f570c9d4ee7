import { browser } from 'wxt/browser';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import { renderEscalation, renderSubject } from '../../utils/core/escalation/render';
import { describeContextKey } from '../../utils/core/escalation/context-key';
import { resolveSelection, selectionNeedsUsager } from '../../utils/core/nomenclature/lookup';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { SUPPORT_FORM_PATH } from '../../utils/core/origins';
import { writePendingFill } from '../../utils/ext/pending-fill';

const choice = (node: { code: string; libelle: string } | null) => (node ? { code: node.code, libelle: node.libelle } : null);

/**
 * Hands the escalation to the support form: the rendered text and the screenshots' references go
 * to storage, then the form opens in a new tab where the knowledge-base script fills it.
 */
export async function prepareEscalation(
  draft: EscalationDraft,
  nomenclature: Nomenclature,
  kbOrigin: string,
  justification: string | null,
): Promise<void> {
  const r = resolveSelection(nomenclature, draft.nomenclature);
  const withJustification = justification ? { ...draft, justification } : draft;
  await writePendingFill({
    version: 1,
    createdAt: Date.now(),
    draftKey: draft.contextKey,
    label: describeContextKey(draft.contextKey),
    email: draft.qui.userEmail,
    subject: renderSubject(draft),
    description: renderEscalation(withJustification, { usagerApplies: selectionNeedsUsager(nomenclature, draft.nomenclature) }),
    thematique: choice(r.thematique),
    motif: choice(r.motif),
    sousMotif: choice(r.sousMotif),
    screenshotIds: draft.screenshots.map((s) => s.id),
    ...(justification ? { justification } : {}),
  });
  await browser.tabs.create({ url: `${kbOrigin}${SUPPORT_FORM_PATH}` });
}
