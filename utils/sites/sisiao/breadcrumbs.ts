import * as sel from './selectors';

/**
 * What the referent did on the SI SIAO tab, read from the page: the visible label of a button, a
 * link or a tab clicked, and an error message shown — never what is typed, never a field's value.
 * The French steps and result lines made from them are core's (core/escalation/repro-steps.ts).
 */

export interface ClickDescription {
  kind: 'click' | 'tab';
  label: string;
}

const CLICKABLE = sel.clickable;
const TYPED = sel.typed;
const BUTTON_INPUT = /^(button|submit|reset)$/i;

/**
 * The visible label of the button, link or tab a click landed on, or null (a click in a field,
 * on plain text, or on an unlabelled icon). A link in a table cell is named by its column
 * (« lien de la colonne « Nom » »): its text may be a usager's name.
 */
export function describeClickTarget(target: Element): ClickDescription | null {
  const el = target.closest(CLICKABLE);
  if (!el) return null;
  const isButtonInput =
    el.localName === 'input' && BUTTON_INPUT.test(el.getAttribute('type') ?? '');
  if (!isButtonInput && (target.closest(TYPED) || el.closest(TYPED))) return null;
  const tab = el.getAttribute('role') === 'tab' || el.closest(sel.tablist) !== null;
  const cell = el.closest('td,[role="cell"],[role="gridcell"]');
  let label: string;
  if (cell && !tab) {
    const column = columnName(cell);
    label = column ? `lien de la colonne « ${column} »` : 'lien dans une ligne du tableau';
  } else {
    label = accessibleName(el, isButtonInput);
  }
  label = label.replace(/\s+/g, ' ').trim().slice(0, 80);
  if (!label) return null;
  return { kind: tab ? 'tab' : 'click', label };
}

/** Convenience for callers that only want the label. */
export function describeClickLabel(target: Element): string | null {
  return describeClickTarget(target)?.label ?? null;
}

function accessibleName(el: Element, isButtonInput: boolean): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  if (isButtonInput) return el.getAttribute('value') ?? '';
  const text = el.textContent ?? '';
  if (text.trim()) return text.slice(0, 400);
  return el.getAttribute('title') ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? '';
}

function columnName(cell: Element): string | null {
  const row = cell.parentElement;
  const table = cell.closest(sel.tableLike);
  if (!row || !table) return null;
  const index = Array.from(row.children).indexOf(cell);
  const header = table.querySelector('thead tr, tr:first-child');
  const th = header?.children[index];
  if (!th || th.localName !== 'th') return null;
  return (th.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60) || null;
}

const ERROR_SELECTOR = sel.errorMessage;

/**
 * The text of an error message that just appeared (a toast, an alert), or null. Called on nodes
 * the page adds; the text is shown to everyone, so it is kept, capped.
 */
export function errorMessageOf(node: Element): string | null {
  const el = node.matches(ERROR_SELECTOR) ? node : node.querySelector(ERROR_SELECTOR);
  if (!el) return null;
  // A polite status (« Enregistré ») is not an error unless it says so.
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!text) return null;
  const assertive =
    el.getAttribute('role') === 'alert' || el.getAttribute('aria-live') === 'assertive';
  if (!assertive && !/erreur|impossible|échec|echec|refus|invalide/i.test(text)) return null;
  return text;
}
