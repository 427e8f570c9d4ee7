import {
  ELEMENT_NODE,
  TEXT_NODE,
  controlValue,
  isControl,
  isHeaderCell,
  isUnseenOrTyped,
  queryAll,
  textOf,
} from './dom-read';
import { type LabelDict, type LabelEntry, readValue, scanText } from './label-dict';
import { SAME_AS_ID, canonLabel, labelWords } from './label-text';
import * as sel from './selectors';

/**
 * Finds label → value pairs the way a person reads a screen: « ID ménage : 9100018 » in one text,
 * a label and the element after it, `dt/dd`, `th/td` (row and column headers), `label` + control,
 * `aria-labelledby` and `aria-label`. Used by the detector (IDs, profile) and the masking finder
 * (names, dates of birth). Work is bounded: a capped number of elements, short texts only.
 */

export interface PairHit {
  entry: LabelEntry;
  /** The value cut per its kind, or null when the value element holds nothing of that kind. */
  value: string | null;
  /** Element holding the value; for a same-text pair, the element holding that text. */
  valueEl: Element;
  /** For a same-text pair (« Nom : Usager Test »), the text node and the value's offsets in it. */
  inline: { node: Text; start: number; end: number } | null;
  labelEl: Element;
  /** From a table of several rows or one titled as other records (history, results). */
  list: boolean;
}

export interface PairOptions {
  idRe: RegExp;
  /** Canonical words of captions/headings that make a table a list of other records. */
  listPhrases: string[][];
  /** Every row of a labelled column (masking), rather than only a lone row (detection). */
  allRows: boolean;
  maxHolders?: number;
  maxHits?: number;
}

// Elements whose own text is not read for labels: tables, controls and links are read in their own
// way, the rest never holds one. Filtered in code: a long `:not()` chain is slow to match.
const NOT_HOLDERS = new Set(
  'table thead tbody tfoot tr td th script style noscript template textarea select option input button a svg img br hr iframe path'.split(
    ' ',
  ),
);
export const HOLDER_QUERY = 'body *:not(td):not(tr):not(a):not(option):not(th):not(input)';

const quickCache = new WeakMap<LabelDict, RegExp>();

const ACCENTED: Record<string, string> = {
  a: '[aàâäáã]',
  e: '[eéèêë]',
  i: '[iîïí]',
  o: '[oôöóº]',
  u: '[uùûüú]',
  c: '[cç]',
};

/**
 * A cheap first test on the raw text: does it contain a word a label is made of, whatever its
 * accents? Folding every text of the page costs more than the detection budget.
 */
function quickTest(dict: LabelDict): RegExp {
  let re = quickCache.get(dict);
  if (!re) {
    const words = new Set(dict.words);
    if (words.has('id')) for (const w of SAME_AS_ID) words.add(w);
    const alt = [...words]
      .map((w) => w.replace(/[^a-z0-9]/g, '').replace(/[aeiouc]/g, (ch) => ACCENTED[ch] ?? ch))
      .filter(Boolean);
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu');
    quickCache.set(dict, re);
  }
  return re;
}

/** All label → value pairs of a document, in document order within each kind of layout. */
export function findPairs(doc: Document, dict: LabelDict, opts: PairOptions): PairHit[] {
  const out: PairHit[] = [];
  const body = doc.body as Element | null;
  if (!body) return out;
  const maxHits = opts.maxHits ?? 400;
  scanHolders(body, dict, opts, out, maxHits);
  scanTables(body, dict, opts, out, maxHits);
  scanAria(doc, body, dict, opts, out, maxHits);
  return out;
}

function scanHolders(
  body: Element,
  dict: LabelDict,
  opts: PairOptions,
  out: PairHit[],
  max: number,
) {
  const quick = quickTest(dict);
  // The most frequent non-holders are left out by the selector (cheap once the engine caches it),
  // the rest in code.
  for (const holder of queryAll(body, HOLDER_QUERY, opts.maxHolders ?? 4000)) {
    if (out.length >= max) return;
    if (NOT_HOLDERS.has(holder.localName)) continue;
    // The first and last child texts: « ID ménage : 1 », « <i class=icon></i> ID ménage : 1 ».
    // Walking every child would cost more than the whole budget on a big page.
    const first = holder.firstChild;
    const last = holder.lastChild;
    for (const child of first === last ? [first] : [first, last]) {
      if (!child || child.nodeType !== TEXT_NODE) continue;
      const data = (child as Text).data;
      if (data.length > 200 || data.length < 2 || !quick.test(data)) continue;
      const matches = scanText(data, dict, opts.idRe);
      if (!matches.length || isUnseenOrTyped(holder)) continue;
      for (const m of matches) {
        if (m.value !== null) {
          out.push({
            entry: m.entry,
            value: m.value,
            valueEl: holder,
            inline: { node: child as Text, start: m.valueStart, end: m.valueEnd },
            labelEl: holder,
            list: false,
          });
        } else if (m.labelOnly) {
          const near = valueNear(doc(holder), holder, child, m.entry, opts.idRe);
          if (near)
            out.push({ entry: m.entry, ...near, inline: null, labelEl: holder, list: false });
        }
      }
    }
  }
}

function doc(el: Element): Document {
  return el.ownerDocument;
}

/** The value next to a label that stands alone: after it in the same element, or structurally. */
function valueNear(
  d: Document,
  holder: Element,
  labelNode: ChildNode,
  entry: LabelEntry,
  idRe: RegExp,
): { value: string | null; valueEl: Element } | null {
  const readonlyOnly = entry.kind === 'id';
  let node: ChildNode = labelNode;
  let e: Element | null = holder;
  for (let depth = 0; e && depth < 4; depth++) {
    // What follows the label in the same element: « <p><strong>ID :</strong> 9100018</p> ».
    for (let n = node.nextSibling, i = 0; n && i < 4; n = n.nextSibling, i++) {
      const el = n.nodeType === ELEMENT_NODE ? (n as Element) : null;
      if (el && isControl(el)) return { value: controlValue(el, readonlyOnly), valueEl: el };
      const t = textOf(n, 200);
      if (!/[\p{L}\p{N}]/u.test(t)) continue;
      // Another label next to this one (a header row of divs) is not a value.
      if (el && (el.localName === 'label' || el.localName === 'dt' || isHeaderCell(el)))
        return null;
      return { value: readValue(t, entry.kind, idRe), valueEl: el ?? e };
    }
    const name = e.localName;
    if (name === 'td' || name === 'th' || name === 'body') return null;
    if (name === 'dt') {
      let dd = e.nextElementSibling;
      while (dd && dd.localName === 'dt') dd = dd.nextElementSibling;
      return dd ? { value: readValue(textOf(dd), entry.kind, idRe), valueEl: dd } : null;
    }
    if (name === 'label') {
      const forId = e.getAttribute('for');
      const ctrl = (forId ? d.getElementById(forId) : null) ?? e.querySelector(sel.formControl);
      if (ctrl) return { value: controlValue(ctrl, readonlyOnly), valueEl: ctrl };
    }
    // Climb out of wrappers that hold little else (`<div><span>ID</span></div><div>1</div>`).
    const parent: Element | null = e.parentElement;
    if (!parent || parent.childNodes.length > 5) return null;
    node = e;
    e = parent;
  }
  return null;
}

/* ---------- tables ---------- */

/** The column-header row and the data rows, from the table's own sections (nested tables aside). */
function rowsOf(table: Element): { head: Element | null; body: Element[] } {
  const headRows: Element[] = [];
  let rest: Element[] = [];
  for (const section of Array.from(table.children)) {
    const name = section.localName;
    if (name === 'tr') rest.push(section);
    else if (name === 'thead') headRows.push(...Array.from(section.children));
    else if (name === 'tbody') rest.push(...Array.from(section.children).slice(0, 2000));
  }
  let head: Element | null = headRows[headRows.length - 1] ?? null;
  if (!head && rest.length > 1) {
    const cells = Array.from((rest[0] as Element).children);
    if (cells.length > 1 && cells.every((c) => c.localName === 'th')) {
      head = rest[0] as Element;
      rest = rest.slice(1);
    }
  }
  return { head, body: rest };
}

function scanTables(
  body: Element,
  dict: LabelDict,
  opts: PairOptions,
  out: PairHit[],
  max: number,
) {
  for (const table of queryAll(body, 'table', 60)) {
    if (out.length >= max) return;
    if (isUnseenOrTyped(table)) continue;
    const { head, body: rows } = rowsOf(table);
    // A table with column headers and several rows (or titled « Historique ») lists other records.
    const list = head !== null && (rows.length !== 1 || isOtherRecords(table, opts.listPhrases));
    if (head) {
      const cols: Array<[number, LabelEntry, Element]> = [];
      Array.from(head.children).forEach((cell, i) => {
        const entry = dict.byCanon.get(canonLabel(textOf(cell, 80)));
        if (entry) cols.push([i, entry, cell]);
      });
      if (cols.length) {
        // Detection reads a column only when it holds a single record; masking reads every row.
        const read = opts.allRows ? rows.slice(0, 2000) : rows.length === 1 ? rows : [];
        for (const row of read) {
          for (const [i, entry, th] of cols) {
            const cell = row.children[i];
            if (!cell) continue;
            out.push({
              entry,
              ...cellValue(cell, entry, opts.idRe),
              inline: null,
              labelEl: th,
              list,
            });
          }
        }
      }
    }
    // Key/value tables (row headers, `<td>Label</td><td>value</td>`) are small; list tables are not.
    if (rows.length > 60) continue;
    for (const row of rows) {
      const cells = Array.from(row.children);
      for (let i = 0; i < cells.length && i < 12; i++) {
        const cell = cells[i] as Element;
        if (cell.localName === 'td' && i % 2 === 1 && cells[i - 1]?.localName !== 'th') continue;
        for (const m of scanText(textOf(cell, 200), dict, opts.idRe)) {
          if (m.value !== null) {
            out.push({
              entry: m.entry,
              value: m.value,
              valueEl: cell,
              inline: null,
              labelEl: cell,
              list,
            });
          } else if (m.labelOnly && cells[i + 1]) {
            const next = cells[i + 1] as Element;
            out.push({
              entry: m.entry,
              ...cellValue(next, m.entry, opts.idRe),
              inline: null,
              labelEl: cell,
              list,
            });
          }
        }
      }
    }
  }
}

function cellValue(
  cell: Element,
  entry: LabelEntry,
  idRe: RegExp,
): { value: string | null; valueEl: Element } {
  const ctrl = cell.querySelector('input,select');
  if (ctrl) return { value: controlValue(ctrl, entry.kind === 'id'), valueEl: ctrl };
  return { value: readValue(textOf(cell), entry.kind, idRe), valueEl: cell };
}

/** Whether a table's caption or nearby heading says its rows are other records (« Historique »). */
function isOtherRecords(table: Element, phrases: string[][]): boolean {
  const texts: string[] = [
    table.getAttribute('aria-label') ?? '',
    textOf(table.querySelector('caption'), 120),
  ];
  let e: Element | null = table;
  for (let depth = 0; e && depth < 3; depth++, e = e.parentElement) {
    let sib = e.previousElementSibling;
    for (let i = 0; sib && i < 3; i++, sib = sib.previousElementSibling) {
      if (/^(h[1-6]|legend|caption|p|div|span|strong)$/.test(sib.localName))
        texts.push(textOf(sib, 120));
    }
  }
  return texts.some((t) => {
    const words = new Set(labelWords(t).map(singular));
    return phrases.some((p) => p.length > 0 && p.every((w) => words.has(singular(w))));
  });
}

/** Plural folded for phrase tests (« ménages » ~ « ménage »). */
export function singular(w: string): string {
  return w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w;
}

/* ---------- aria ---------- */

function scanAria(
  d: Document,
  body: Element,
  dict: LabelDict,
  opts: PairOptions,
  out: PairHit[],
  max: number,
) {
  for (const el of queryAll(body, '[aria-labelledby]', 200)) {
    if (out.length >= max) return;
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 3);
    const labelEls = ids.map((id) => d.getElementById(id)).filter((x): x is HTMLElement => !!x);
    const entry = dict.byCanon.get(canonLabel(labelEls.map((l) => textOf(l, 80)).join(' ')));
    if (!entry || !labelEls[0] || isUnseenOrTyped(el)) continue;
    out.push({
      entry,
      ...ownValue(el, entry, opts.idRe),
      inline: null,
      labelEl: labelEls[0],
      list: false,
    });
  }
  for (const el of queryAll(body, '[aria-label]', 300)) {
    if (out.length >= max) return;
    const name = el.localName;
    if (name === 'button' || name === 'a' || name === 'nav') continue;
    const entry = dict.byCanon.get(canonLabel(el.getAttribute('aria-label') ?? ''));
    if (!entry || isUnseenOrTyped(el)) continue;
    out.push({ entry, ...ownValue(el, entry, opts.idRe), inline: null, labelEl: el, list: false });
  }
}

function ownValue(
  el: Element,
  entry: LabelEntry,
  idRe: RegExp,
): { value: string | null; valueEl: Element } {
  if (isControl(el)) return { value: controlValue(el, entry.kind === 'id'), valueEl: el };
  return { value: readValue(textOf(el), entry.kind, idRe), valueEl: el };
}
