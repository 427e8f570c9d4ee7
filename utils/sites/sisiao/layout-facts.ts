import type { CompiledRules } from './compiled-rules';
import {
  controlValue,
  isControl,
  isHeaderCell,
  isUnseenOrTyped,
  queryAll,
  textOf,
} from './dom-read';
import { type LabelDict, readValue } from './label-dict';
import { HOLDER_QUERY, type PairHit, singular } from './label-pairs';
import { canonLabel, labelWords } from './label-text';
import { bannerZones } from './user-facts';
import * as sel from './selectors';

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
  const modal = doc.querySelector(sel.openModal);
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
 * Panels closed by a framework's class, which a saved page or a DOM without layout shows as well:
 * Bootstrap's inactive `.tab-pane` and folded `.collapse` (3: `.in`, 4/5: `.show`), Angular
 * Material's inactive tab bodies, AngularJS's `ng-hide`.
 */
const CLOSED_BY_CLASS = [
  '.tab-content > .tab-pane:not(.active)',
  // A navbar's collapse is open on wide screens by a media query, without a class.
  '.collapse:not(.show):not(.in):not(.navbar-collapse)',
  '.mat-tab-body:not(.mat-tab-body-active)',
  '.mat-mdc-tab-body:not(.mat-mdc-tab-body-active)',
  '.ng-hide',
].join(',');

/**
 * Whether an element is out of the screen's record: inside a dialog (duplicates, a search to attach
 * another ménage), a tab panel or region its control says is closed (`aria-selected="false"`,
 * `aria-expanded="false"`), a panel closed by its class, or under a heading that names other records (« Résultats de la recherche », « Historique »), as
 * table captions do for label-pairs — a list of one result still names no context.
 */
export function asideOf(doc: Document, listPhrases: string[][]): (el: Element) => boolean {
  const closed: Element[] = [];
  for (const c of queryAll(doc, sel.collapsed, 200)) {
    for (const id of (c.getAttribute('aria-controls') ?? '').split(' ')) {
      const panel = id && doc.getElementById(id);
      if (panel) closed.push(panel);
    }
  }
  closed.push(...queryAll(doc, CLOSED_BY_CLASS, 200));
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

// Tables are read by label-pairs; controls, links and scripts never hold a label of their own.
const NOT_LABEL = /^(td|th|tr|a|button|option|select|textarea|script|style|title|body|html)$/;

// Short texts repeat (a status in every row) and the page is read again after each change.
const canons = new Map<string, string>();
function canonOf(text: string): string {
  let canon = canons.get(text);
  if (canon === undefined) {
    if (canons.size > 3000) canons.clear();
    canons.set(text, (canon = canonLabel(text)));
  }
  return canon;
}

/**
 * Elements whose whole text is a label, paired with the next box that shows something or holds a
 * field: grid columns (`.row > .col`, several pairs per row), horizontal forms (label column, field
 * column), labels wrapped in spans, « Né(e) le ». The label may sit in up to three wrappers that
 * hold nothing else — never one holding a field, or the next row's field would be read.
 */
export function siblingPairs(doc: Document, dict: LabelDict, idRe: RegExp): PairHit[] {
  const out: PairHit[] = [];
  // label-pairs' own holder query, so the engine's selector cache serves both (a TreeWalker over
  // every text node costs several times more).
  for (const holder of queryAll(doc.body ?? doc, HOLDER_QUERY, 4000)) {
    const data = holder.lastChild?.nodeType === 3 ? (holder.lastChild.nodeValue ?? '') : '';
    // A label is words; a text with digits is a value (date, ID, amount), not worth folding.
    if (data.length > 60 || /\d/.test(data) || !/\p{L}/u.test(data) || out.length >= 300) continue;
    if (holder.childElementCount > 2 || NOT_LABEL.test(holder.localName)) continue;
    const canon = canonOf(data);
    const entry = dict.byCanon.get(canon);
    if (!entry || isUnseenOrTyped(holder)) continue;
    let el: Element | null = holder;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      if (canonOf(textOf(el, 80)) !== canon || NOT_LABEL.test(el.localName)) break;
      if (depth && el.querySelector(FIELD)) break;
      const next = nextBox(el);
      if (!next) continue;
      // A header cell next to a header cell is the next column's name, not this one's value.
      if (isHeaderCell(el) && isHeaderCell(next)) break;
      const field = isControl(next) ? next : next.querySelector(FIELD);
      const value =
        (field && controlValue(field, entry.kind === 'id')) ??
        readValue(textOf(next), entry.kind, idRe);
      out.push({ entry, value, valueEl: next, inline: null, labelEl: el, list: false });
      break;
    }
  }
  return out;
}

const FIELD = 'input,select,textarea';

/** The next sibling that shows something or holds a field (empty ones, like a lone « : », skipped). */
function nextBox(el: Element): Element | null {
  for (let s = el.nextElementSibling, i = 0; s && i < 3; s = s.nextElementSibling, i++) {
    if (isControl(s) || s.querySelector(FIELD) || /[\p{L}\p{N}]/u.test(textOf(s, 80))) return s;
  }
  return null;
}

/**
 * Cells under labelled column headers of an ARIA grid made of elements (a flex `mat-table`):
 * `<table>`s are read by label-pairs.
 */
export function gridColumnCells(body: Element, dict: LabelDict): Element[] {
  const out: Element[] = [];
  for (const head of queryAll(body, sel.columnHeader, 200)) {
    const grid = head.closest('[role="table"],[role="grid"]');
    if (!grid || grid.localName === 'table' || !dict.byCanon.get(canonLabel(textOf(head, 80))))
      continue;
    // A virtualised grid (ag-Grid…) may lay cells out in another order than their columns, or
    // split a row between pinned and scrolling parts: `aria-colindex` says which column is which.
    const col = head.getAttribute('aria-colindex') ?? '';
    if (/^\d{1,4}$/.test(col)) {
      for (const cell of queryAll(grid, `[aria-colindex="${col}"]`, 4000))
        if (!/header/.test(cell.getAttribute('role') ?? '')) out.push(cell);
      continue;
    }
    const index = cellsOf(head.parentElement).indexOf(head);
    for (const row of queryAll(grid, '[role="row"]', 2000))
      if (row !== head.parentElement) out.push(...cellsOf(row).slice(index, index + 1));
  }
  return out;
}

function cellsOf(row: Element | null): Element[] {
  return Array.from(row?.children ?? []).filter((c) =>
    /cell|header/.test(c.getAttribute('role') ?? ''),
  );
}

/**
 * The application's chrome where the connected referent shows: the banner zones, less any that
 * comes after the screen's first heading or holds section headings — without `<main>`, a fiche
 * block named `bloc-profil` or `compte-rendu` matches the zone words, and its usager's e-mail
 * would be taken for the referent's and left unmasked.
 */
export function chromeZones(doc: Document, c: CompiledRules): Element[] {
  const h1 = queryAll(doc, 'body h1', 4).find((h) => !isUnseenOrTyped(h));
  return bannerZones(doc, c).filter(
    (z) =>
      !(h1 && follows(z, h1)) &&
      (/^header$/.test(z.localName) ||
        z.getAttribute('role') === 'banner' ||
        !z.querySelector('h2,h3')),
  );
}

/**
 * Whether `z` comes after `h` in document order, neither holding the other (`compareDocumentPosition`
 * walks the whole document in happy-dom, where the detector's benchmark runs).
 */
function follows(z: Element, h: Element): boolean {
  if (z.contains(h)) return false;
  for (let a = h; a.parentElement; a = a.parentElement) {
    const p = a.parentElement;
    if (!p.contains(z)) continue;
    let b = z;
    while (b.parentElement !== p) b = b.parentElement as Element;
    const kids = Array.from(p.children);
    return kids.indexOf(b) > kids.indexOf(a);
  }
  return false;
}

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g;
const SERVICE_MAILBOX =
  /^(?:assistance|support|contact|no-?reply|ne-pas-repondre|info|aide|helpdesk)[@.+-]/i;

/**
 * The referent's e-mail in the chrome: an address shown, read text node by text node (Angular
 * drops the whitespace between elements, so « SI SIAO » and the address run together in the zone's
 * text), else the one `mailto:` link that is not the support's. Several → null.
 */
export function zoneEmail(zones: readonly Element[]): string | null {
  const shown = new Set<string>();
  const linked = new Set<string>();
  for (const zone of zones) {
    const walker = zone.ownerDocument.createTreeWalker(zone, 4);
    for (let n = walker.nextNode(), i = 0; n && i < 500; n = walker.nextNode(), i++) {
      for (const m of (n.nodeValue ?? '').matchAll(EMAIL)) shown.add(m[0].toLowerCase());
    }
    for (const a of queryAll(zone, sel.mailtoLink, 10)) {
      let addr = (a.getAttribute('href') ?? '').slice(7).split('?')[0] as string;
      try {
        addr = decodeURIComponent(addr);
      } catch {
        // « mailto:%E0 »: left as written, and no address.
      }
      if (addr.match(EMAIL)?.[0] === addr && !SERVICE_MAILBOX.test(addr))
        linked.add(addr.toLowerCase());
    }
  }
  const one = shown.size ? shown : linked;
  return one.size === 1 ? ([...one][0] as string) : null;
}
