import type { CompiledRules } from './compiled-rules';
import {
  controlValue,
  isControl,
  isUnseenOrTyped,
  nextMeaningfulSibling,
  queryAll,
  textOf,
} from './dom-read';
import { type LabelDict, readValue } from './label-dict';
import { type PairHit, singular } from './label-pairs';
import { canonLabel, foldText, labelWords } from './label-text';
import { bannerEmail, bannerZones } from './user-facts';

/**
 * What the page's layout says beyond labels: which parts a person actually sees (a modal's shade,
 * closed tabs), a label and its value in sibling boxes (grid columns), the columns of an ARIA grid,
 * and where the application's own chrome is. Shared by the detector and the masking finder.
 */

/**
 * The page as a person sees it when a modal is open. Angular CDK, MUI and react-modal put
 * `aria-hidden` on everything around the dialog, yet the fiche stays on screen under the backdrop:
 * reading it as hidden would lose its IDs and, worse, leave its names unmasked. Returns a copy
 * without that mark (same structure, so `nodeAt(doc, pathOf(n))` maps back), or null.
 */
export function unshaded(doc: Document): Document | null {
  const modal = doc.querySelector('[aria-modal="true"],dialog[open]');
  const paths: number[][] = [];
  for (let e = modal; e?.parentElement; e = e.parentElement) {
    for (const s of Array.from(e.parentElement.children)) {
      if (s !== e && s.getAttribute('aria-hidden') === 'true') paths.push(pathOf(s));
    }
  }
  if (!paths.length) return null;
  const copy = doc.cloneNode(true) as Document;
  for (const p of paths) (nodeAt(copy, p) as Element | null)?.removeAttribute('aria-hidden');
  return copy;
}

/** Child indices from the document down to a node. */
export function pathOf(node: Node): number[] {
  const path: number[] = [];
  for (let n = node; n.parentNode; n = n.parentNode)
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  return path;
}

export function nodeAt(root: Node, path: readonly number[]): Node | null {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return n ?? null;
}

/**
 * Whether an element is out of the screen's record: inside a dialog (duplicates, a search to attach
 * another ménage), a tab panel or region its control says is closed (`aria-selected="false"`,
 * `aria-expanded="false"`: such panels are often hidden by a class only, which a DOM read cannot
 * see), or under a heading that names other records (« Résultats de la recherche », « Historique »),
 * as table captions do for label-pairs — a list of one result still names no context.
 */
export function asideOf(doc: Document, listPhrases: string[][]): (el: Element) => boolean {
  const closed: Element[] = [];
  const controls = queryAll(
    doc,
    '[aria-controls][aria-selected="false"],[aria-controls][aria-expanded="false"]',
    100,
  );
  for (const c of controls) {
    for (const id of (c.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      const panel = id ? doc.getElementById(id) : null;
      if (panel) closed.push(panel);
    }
  }
  return (el) =>
    !!el.closest('[role="dialog"],[role="alertdialog"],dialog,[aria-modal="true"]') ||
    closed.some((p) => p.contains(el)) ||
    underListHeading(el, listPhrases);
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

// Tables are read by label-pairs; controls, links and scripts never hold a label of their own.
const NOT_LABEL = /^(td|th|tr|a|button|option|select|textarea|script|style|title|body|html)$/;

/**
 * Elements whose whole text is a label, paired with the next box that shows something: grid
 * columns (`.row > .col` with several pairs per row), labels wrapped in spans, « Né(e) le ».
 * The label may sit in wrappers that hold nothing else (up to three).
 */
export function siblingPairs(doc: Document, dict: LabelDict, idRe: RegExp): PairHit[] {
  const out: PairHit[] = [];
  const body = doc.body as Element | null;
  if (!body) return out;
  const walker = doc.createTreeWalker(body, 4 /* text nodes */);
  for (let n = walker.nextNode(), i = 0; n && i < 20000 && out.length < 300; i++) {
    const data = n.nodeValue ?? '';
    let el = n.parentElement;
    n = walker.nextNode();
    if (data.length > 60 || !el || NOT_LABEL.test(el.localName) || !/\p{L}/u.test(data)) continue;
    const canon = canonLabel(data);
    const entry = dict.byCanon.get(canon);
    if (!entry || isUnseenOrTyped(el)) continue;
    for (let depth = 0; el && depth < 3; depth++) {
      if (canonLabel(textOf(el, 80)) !== canon || NOT_LABEL.test(el.localName)) break;
      const next = nextMeaningfulSibling(el);
      if (next) {
        const value = isControl(next)
          ? controlValue(next, entry.kind === 'id')
          : readValue(textOf(next), entry.kind, idRe);
        out.push({ entry, value, valueEl: next, inline: null, labelEl: el, list: false });
        break;
      }
      el = el.parentElement;
    }
  }
  return out;
}

/**
 * Cells under labelled column headers of an ARIA grid made of elements (a flex `mat-table`, a
 * data grid): `<table>`s are read by label-pairs. Columns by `aria-colindex`, else by position.
 */
export function gridColumnCells(body: Element, dict: LabelDict): Element[] {
  const out: Element[] = [];
  for (const head of queryAll(body, '[role="columnheader"]', 200)) {
    const grid = head.closest('[role="table"],[role="grid"],[role="treegrid"]');
    if (!grid || grid.localName === 'table' || !dict.byCanon.get(canonLabel(textOf(head, 80))))
      continue;
    const col = head.getAttribute('aria-colindex');
    const index = cellsOf(head.parentElement).indexOf(head);
    for (const row of queryAll(grid, '[role="row"]', 2000)) {
      const cell = col
        ? row.querySelector(`[aria-colindex="${col.replace(/\D/g, '')}"]`)
        : cellsOf(row)[index];
      if (cell && cell !== head) out.push(cell);
    }
  }
  return out;
}

function cellsOf(row: Element | null): Element[] {
  return row
    ? Array.from(row.children).filter((c) => /cell|header/.test(c.getAttribute('role') ?? ''))
    : [];
}

const LOGOUT = /deconnexion|deconnecter|logout|log out|sign out/;

/**
 * The application's chrome where the connected referent shows: the banner zones, less any that
 * comes after the screen's first heading or holds section headings (without `<main>`, a fiche block
 * named `bloc-profil` or `compte-rendu` matches the zone words), plus an open menu that offers to
 * log out (a user menu rendered in an overlay at the end of the page).
 */
export function chromeZones(doc: Document, c: CompiledRules): Element[] {
  const body = doc.body as Element | null;
  if (!body) return [];
  const h1 = queryAll(body, 'h1', 4).find((h) => !isUnseenOrTyped(h));
  const zones = bannerZones(doc, c).filter(
    (z) =>
      !(h1 && !z.contains(h1) && h1.compareDocumentPosition(z) & 4) &&
      (/^header$/.test(z.localName) ||
        z.getAttribute('role') === 'banner' ||
        !z.querySelector('h2,h3')),
  );
  for (const menu of queryAll(body, '[role="menu"]', 10)) {
    if (LOGOUT.test(foldText(textOf(menu, 600))) && !isUnseenOrTyped(menu)) zones.push(menu);
  }
  return zones;
}

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g;

/**
 * The referent's e-mail in the chrome, read text node by text node: Angular drops the whitespace
 * between elements, so « SI SIAO » and the address would run together in the zone's text.
 */
export function zoneEmail(zones: readonly Element[]): string | null {
  const shown = new Set<string>();
  for (const zone of zones) {
    const walker = zone.ownerDocument.createTreeWalker(zone, 4);
    for (let n = walker.nextNode(), i = 0; n && i < 500; n = walker.nextNode(), i++) {
      for (const m of (n.nodeValue ?? '').matchAll(EMAIL)) shown.add(m[0].toLowerCase());
    }
  }
  if (shown.size > 1) return null;
  return shown.size ? ([...shown][0] as string) : bannerEmail(zones);
}
