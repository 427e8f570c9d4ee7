import { queryAll, textOf } from './dom-read';
import { singular } from './label-pairs';
import { labelWords } from './label-text';
import * as sel from './selectors';

/**
 * Whether an element is out of the screen's record: inside a dialog (duplicates, a search to attach
 * another ménage), a tab panel or region its control says is closed (`aria-selected="false"`,
 * `aria-expanded="false"`), a panel closed by its class, or under a heading that names other records
 * (« Résultats de la recherche », « Historique »), as table captions do for label-pairs — a list of
 * one result still names no context.
 */
export function asideOf(doc: Document, listPhrases: string[][]): (el: Element) => boolean {
  const closed: Element[] = [];
  for (const c of queryAll(doc, sel.collapsed, 200)) {
    for (const id of (c.getAttribute('aria-controls') ?? '').split(' ')) {
      const panel = id && doc.getElementById(id);
      if (panel) closed.push(panel);
    }
  }
  closed.push(...queryAll(doc, sel.closedByClass, 200));
  return (el) =>
    !!el.closest(sel.dialog) ||
    closed.some((p) => p.contains(el)) ||
    underListHeading(el, listPhrases);
}

/**
 * Whether a label is off screen: under an inline `display: none`, or, on a live page (which has a
 * layout), not rendered at all — an inactive tab hidden by a stylesheet rule of any framework.
 * For what a person reads only: data attributes on an undrawn element are the app's own state.
 */
export function offScreenOf(doc: Document): (el: Element) => boolean {
  const laidOut = rendersLayout(doc);
  // Looked up once: `closest` with this selector on every label cost a third of the detection.
  const hidden = queryAll(doc, '[style*="display: none"],[style*="display:none"]', 200);
  return (el) => hidden.some((h) => h.contains(el)) || (laidOut && notRendered(el));
}

/** Whether the document is laid out (a live page; not a copy, a saved page or happy-dom). */
function rendersLayout(doc: Document): boolean {
  const root = doc.documentElement;
  return !!doc.defaultView && !!root && root.clientWidth > 0 && root.isConnected;
}

function notRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return !check.call(el);
  return el.getClientRects().length === 0;
}

const HEADING = /^(h[1-6]|legend|caption)$/;

/** The nearest heading before the element, at each of four levels up, names other records. */
function underListHeading(el: Element, phrases: string[][]): boolean {
  for (let e: Element | null = el, d = 0; e && d < 4; e = e.parentElement, d++) {
    for (let s = e.previousElementSibling, i = 0; s && i < 4; s = s.previousElementSibling, i++) {
      if (!HEADING.test(s.localName) && s.getAttribute('role') !== 'heading') continue;
      const words = new Set(labelWords(textOf(s, 120)).map(singular));
      if (phrases.some((p) => p.every((w) => words.has(singular(w))))) return true;
      break;
    }
  }
  return false;
}
