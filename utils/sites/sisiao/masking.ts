import { CONTEXT_ID_FIELDS } from '../../core/context-fields';
import { compileRules } from './compiled-rules';
import { TEXT_NODE, queryAll } from './dom-read';
import { type LabelDict, buildDict } from './label-dict';
import { findPairs } from './label-pairs';
import { chromeZones } from './layout-chrome';
import { gridColumnCells, siblingPairs } from './layout-grid';
import { nodeAt, pathOf, unshaded } from './layout-shade';
import type { MaskingRules } from './masking-rules';
import type { DetectionRules } from './rules';
import { MaskingLimitError } from './masking-limit';
import * as sel from './selectors';

/**
 * Which elements of a SI SIAO page hold usagers' personal data, to cover with opaque overlays
 * before a screenshot: values of fields labelled Nom, Prénom, Date de naissance, Adresse,
 * Téléphone, E-mail…, every row of such table columns, form fields named so, social comments
 * (textareas), e-mails or phone numbers shown outside the application's banner, names after a
 * civility (« M. TEST Usager ») and birth dates after « né(e) le ».
 *
 * Two things are never masked: IDs (what the national team needs to see), and the banner where
 * the connected referent's own name and e-mail show — they are the referent's, not a usager's,
 * and the escalation names the referent anyway.
 */

/** A piece of a text node to mask when masking its whole element would also hide an ID. */
export interface TextSpan {
  node: Text;
  start: number;
  end: number;
}

const dictCache = new WeakMap<MaskingRules, LabelDict>();

// « Nom du demandeur », « Date de naissance du conjoint »: a personal field about someone is one
// too (word order and « de/du/la » do not count in labels).
const WHOSE = [
  '',
  'personne référence',
  ...'demandeur usager personne conjoint enfant famille'.split(' '),
];

function maskDict(rules: MaskingRules): LabelDict {
  let dict = dictCache.get(rules);
  if (!dict) {
    dict = buildDict(
      rules.labels.flatMap((l) =>
        WHOSE.map(
          (w) =>
            [`${l} ${w}`, { key: 'mask', kind: 'text' }] as [string, { key: string; kind: 'text' }],
        ),
      ),
    );
    dictCache.set(rules, dict);
  }
  return dict;
}

const CONTACTS = [
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g,
  // French numbers: 06 12 34 56 78, 06.12.34.56.78, +33 6 12 34 56 78.
  /(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/g,
];
// Identity shown without a label: a card's title « M. TEST Usager », « née le 01/02/1985 ».
const IDENTITY = [
  /\b(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/gu,
  /\bn[ée]e?(?:\s?\(e\))?\s+le\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/giu,
];
const CONTAINER =
  /^(html|body|main|header|footer|nav|form|section|article|table|tbody|thead|tr|ul|ol|dl)$/;

interface Found {
  elements: Element[];
  spans: TextSpan[];
}

/** Masks of the page as a person sees it: under a modal's aria-hidden shade too (see unshaded). */
function collect(doc: Document, rules: MaskingRules, detection: DetectionRules): Found {
  const seen = unshaded(doc);
  if (!seen) return collectIn(doc, rules, detection);
  const found = collectIn(seen, rules, detection);
  const back = <T extends Node>(n: T) => nodeAt(doc, pathOf(n)) as T;
  return {
    elements: found.elements.map(back).filter(Boolean),
    spans: found.spans.map((s) => ({ ...s, node: back(s.node) })).filter((s) => s.node),
  };
}

/** Past these, parts of the page would go unread: the capture is refused instead. */
const MAX_ELEMENTS = 5000;
const MAX_HITS = 3000;

function collectIn(doc: Document, rules: MaskingRules, detection: DetectionRules): Found {
  const body = doc.body as Element | null;
  if (!body) return { elements: [], spans: [] };
  const size = body.getElementsByTagName('*').length;
  if (size > MAX_ELEMENTS)
    throw new MaskingLimitError(
      `La page est trop grande pour être masquée avec certitude (${size.toLocaleString('fr-FR')} éléments, ${MAX_ELEMENTS.toLocaleString('fr-FR')} au plus en mode ciblé) : capture refusée.`,
      'pageTooLarge',
      { size, max: MAX_ELEMENTS },
    );
  const compiled = compileRules(detection);
  const zones = chromeZones(doc, compiled);
  const inBanner = (el: Element) => zones.some((z) => z.contains(el));
  const dict = maskDict(rules);

  // Where IDs show: neither they nor an element around them may be covered.
  const idPairs = [
    ...findPairs(doc, compiled.dict, {
      idRe: compiled.idRe,
      listPhrases: compiled.listPhrases,
      allRows: true,
    }),
    ...siblingPairs(doc, compiled.dict, compiled.idRe),
  ].filter((p) => (CONTEXT_ID_FIELDS as readonly string[]).includes(p.entry.key));
  const idEls = idPairs.flatMap((p) => [p.valueEl, p.labelEl]);
  const holdsId = (el: Element) =>
    idEls.some((id) => el === id || el.contains(id) || id.contains(el));

  const candidates: Element[] = [];
  const spans: TextSpan[] = [];
  const hits = findPairs(doc, dict, {
    idRe: compiled.idRe,
    listPhrases: [],
    allRows: true,
    maxHits: MAX_HITS,
  });
  if (hits.length >= MAX_HITS)
    throw new MaskingLimitError(
      `La page compte plus de ${MAX_HITS.toLocaleString('fr-FR')} champs personnels : capture refusée. Réduisez l'affichage (filtre, pagination) puis réessayez.`,
      'tooManyFields',
      { max: MAX_HITS },
    );
  for (const hit of hits) {
    if (hit.inline && holdsId(hit.valueEl)) spans.push(hit.inline);
    else candidates.push(hit.valueEl);
  }
  for (const hit of siblingPairs(doc, dict, compiled.idRe)) candidates.push(hit.valueEl);
  candidates.push(...gridColumnCells(body, dict));
  for (const sel of rules.selectors) candidates.push(...queryAll(body, sel, 500));
  candidates.push(...namedFields(body, rules.fieldHints));
  for (const hit of textHolders(body, rules.maskContactsEverywhere)) {
    // A name sharing its text with an ID: cover the name only.
    if (hit.span && holdsId(hit.el)) {
      if (!inBanner(hit.el)) spans.push(hit.span);
    } else candidates.push(hit.el);
  }

  const kept = new Set<Element>();
  for (const el of candidates) {
    if (CONTAINER.test(el.localName) || el.classList.contains('ars-mask')) continue;
    if (inBanner(el) || holdsId(el)) continue;
    kept.add(el);
  }
  // Outermost only: one overlay per zone, and the count the panel shows means something.
  const elements = [...kept].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (kept.has(p)) return false;
    return true;
  });
  return { elements, spans };
}

/**
 * Everything to cover before a screenshot: whole elements, and pieces of text where a name shares
 * its text with an ID. Throws when the page cannot be read: the capture must then be refused, a
 * picture with unmasked personal data being worse than none.
 */
export function findMasks(
  doc: Document,
  rules: MaskingRules,
  detection: DetectionRules,
): { elements: Element[]; spans: TextSpan[] } {
  return collect(doc, rules, detection);
}

/** Elements to cover (diagnostics: `npm run inspect`); [] when the page cannot be read. */
export function findMaskTargets(
  doc: Document,
  rules: MaskingRules,
  detection: DetectionRules,
): Element[] {
  try {
    return collect(doc, rules, detection).elements;
  } catch {
    return [];
  }
}

/**
 * Pieces of text to cover where a label and its value share a text with an ID (« Nom : Usager
 * Test — ID ménage : 9100018 »): the element cannot be covered whole. Use `Range.getClientRects`.
 */
export function findMaskTextSpans(
  doc: Document,
  rules: MaskingRules,
  detection: DetectionRules,
): TextSpan[] {
  try {
    return collect(doc, rules, detection).spans;
  } catch {
    return [];
  }
}

/** Form fields whose name, id or autocomplete says they hold personal data. */
function namedFields(body: Element, hints: readonly string[]): Element[] {
  const out: Element[] = [];
  const lower = hints.map((h) => h.toLowerCase());
  for (const el of queryAll(body, sel.formControl, 500)) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (/^(hidden|button|submit|reset|checkbox|radio|file|image)$/.test(type)) continue;
    if (type === 'email' || type === 'tel' || type === 'date') {
      // A date field is masked only when named as a birth date (a demande's date is not personal).
      if (type !== 'date') {
        out.push(el);
        continue;
      }
    }
    const words = ['name', 'id', 'autocomplete']
      .map((a) => el.getAttribute(a) ?? '')
      .join(' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (words.includes('id') && words.length <= 3 && !words.some((w) => w.startsWith('nom'))) {
      // `idMenage`, `id-demande`: an ID field, never masked.
      if (!lower.some((h) => words.some((w) => w !== 'id' && w.startsWith(h)))) continue;
    }
    if (lower.some((h) => words.some((w) => w.startsWith(h)))) out.push(el);
  }
  return out;
}

/**
 * Elements whose own text shows a name after a civility or a birth date after « né le », and (with
 * `contacts`) an e-mail address or a phone number; each with the piece of text found.
 */
function textHolders(body: Element, contacts: boolean): Array<{ el: Element; span?: TextSpan }> {
  const out: Array<{ el: Element; span?: TextSpan }> = [];
  const patterns = contacts ? [...CONTACTS, ...IDENTITY] : IDENTITY;
  for (const el of queryAll(body, 'body *:not(script):not(style):not(template)', 5000)) {
    for (const child of [el.firstChild, el.lastChild]) {
      if (!child || child.nodeType !== TEXT_NODE) continue;
      const node = child as Text;
      // Every pattern needs an « @ », a digit or a civility's « M »: most texts have none.
      if (node.data.length > 500 || !/[@\d]|\bM/.test(node.data)) continue;
      for (const re of patterns) {
        for (const m of node.data.matchAll(re))
          out.push({ el, span: { node, start: m.index, end: m.index + m[0].length } });
      }
    }
  }
  if (contacts)
    for (const a of queryAll(body, 'a[href^="mailto:"],a[href^="tel:"]', 200)) out.push({ el: a });
  return out;
}
