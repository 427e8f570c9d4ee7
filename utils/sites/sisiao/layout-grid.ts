import {
  controlValue,
  isControl,
  isHeaderCell,
  isUnseenOrTyped,
  queryAll,
  textOf,
} from './dom-read';
import { type LabelDict, readValue } from './label-dict';
import { HOLDER_QUERY, type PairHit } from './label-pairs';
import { canonLabel } from './label-text';
import * as sel from './selectors';

/**
 * Labels and values the layout pairs without a table: a label and its value in sibling boxes, and
 * the columns of an ARIA grid made of elements (`<table>`s are read by label-pairs).
 */

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
      if (depth && el.querySelector(sel.formControl)) break;
      const next = nextBox(el);
      if (!next) continue;
      // A header cell next to a header cell is the next column's name, not this one's value.
      if (isHeaderCell(el) && isHeaderCell(next)) break;
      const field = isControl(next) ? next : next.querySelector(sel.formControl);
      const value =
        (field && controlValue(field, entry.kind === 'id')) ??
        readValue(textOf(next), entry.kind, idRe);
      out.push({ entry, value, valueEl: next, inline: null, labelEl: el, list: false });
      break;
    }
  }
  return out;
}

/** The next sibling that shows something or holds a field (empty ones, like a lone « : », skipped). */
function nextBox(el: Element): Element | null {
  for (let s = el.nextElementSibling, i = 0; s && i < 3; s = s.nextElementSibling, i++) {
    if (isControl(s) || s.querySelector(sel.formControl) || /[\p{L}\p{N}]/u.test(textOf(s, 80)))
      return s;
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
