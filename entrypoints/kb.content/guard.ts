import { ask } from '../../utils/ext/protocol/ask';
import { checkDuplicate, type Verdict } from '../../utils/ext/protocol/messages/escalations';
import { idsFromText } from '../../utils/core/duplicates/from-escalation';
import type { FormView } from '../../utils/sites/kb/form-view';
import { attachClosedRoot } from './closed-ui';
import { kt } from './text';
import type { FormValues } from './form-values';

export type GuardVerdict = Verdict;

export interface GuardIds {
  menageId: string | null;
  personneId: string | null;
  demandeId: string | null;
}

/** Asks the background whether what the form holds was already escalated. */
export async function checkForm(
  values: FormValues,
  ids: GuardIds | null,
  justification: string | null,
): Promise<GuardVerdict | null> {
  const fromText = idsFromText(`${values.subject}\n${values.description}`);
  const candidate = {
    menageId: ids?.menageId ?? fromText.menageId,
    personneId: ids?.personneId ?? fromText.personneId,
    demandeId: ids?.demandeId ?? fromText.demandeId,
    userEmail: values.email,
    thematique: values.thematique,
    motif: values.motif,
    sousMotif: values.sousMotif,
    subject: values.subject,
    description: values.description,
    justification: justification ?? undefined,
  };
  if (!candidate.subject.trim() && !candidate.description.trim()) return null;
  return ask(checkDuplicate, { candidate }).catch(() => null);
}

let cover: { host: HTMLElement; button: HTMLElement } | null = null;

/** Takes the cover away and gives the submit button back. */
export function removeCover(): void {
  if (!cover) return;
  cover.button.style.removeProperty('display');
  cover.button.removeAttribute('data-ars-hidden');
  cover.host.remove();
  cover = null;
}

/**
 * Covers the submit button: the case seems escalated already (the existing ticket is shown in the
 * panel, never in the page), « C'est un autre problème » with a one-line justification recorded
 * with the new escalation. Acts on a person's clicks and submission only.
 */
export function coverSubmit(
  view: FormView,
  _verdict: GuardVerdict,
  onJustified: (text: string) => void,
): void {
  const button = view.submitButton;
  if (!button) return;
  removeCover();
  const host = document.createElement('ars-guard');
  host.id = 'ars-guard';
  const root = attachClosedRoot(host);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText = `font: 14px/1.4 Marianne, Arial, sans-serif; background: #ffe9e9; color: #161616;
    border-left: 6px solid #ce0500; padding: 10px 14px; margin: 8px 0;`;
  // Nothing of the other ticket (number, date, subject, a colleague's case) is written into the
  // page, which any script of the knowledge base can read: the panel shows it.
  const title = document.createElement('strong');
  title.textContent = kt('guardTitle');
  const reason = document.createElement('p');
  reason.textContent = kt('guardText');
  box.append(title, reason);
  const row = document.createElement('div');
  row.style.cssText = 'display: flex; gap: 8px; flex-wrap: wrap;';
  const other = document.createElement('button');
  other.type = 'button';
  other.id = 'ars-guard-other';
  other.textContent = kt('guardOther');
  row.append(other);
  box.append(row);
  const form = document.createElement('form');
  form.hidden = true;
  const label = document.createElement('label');
  label.textContent = kt('guardLabel');
  const input = document.createElement('input');
  input.id = 'ars-guard-justification';
  input.required = true;
  input.minLength = 10;
  label.append(input);
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.id = 'ars-guard-confirm';
  ok.textContent = kt('guardConfirm');
  form.append(label, ok);
  // A form's submit event is trusted even when a script calls requestSubmit(): the guard is lifted
  // only by a person's click on « Confirmer » or Enter typed in the field.
  const confirm = () => {
    if (input.value.trim().length >= 10) {
      removeCover();
      onJustified(input.value.trim());
    }
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  ok.addEventListener('click', (e) => {
    if (e.isTrusted) confirm();
  });
  input.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Enter') confirm();
  });
  other.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    form.hidden = false;
    input.focus();
  });
  box.append(form);
  root.append(box);
  button.insertAdjacentElement('beforebegin', host);
  // The button itself is hidden and disabled: a covered button must not be reachable by keyboard.
  button.setAttribute('data-ars-hidden', 'true');
  button.style.setProperty('display', 'none', 'important');
  cover = { host, button };
}
