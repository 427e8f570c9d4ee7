import type { ContextIdField, FoundBy } from '../../core/context';
import { CONTEXT_ID_FIELDS } from '../../core/context-fields';
import { type ApiFacts, apiFacts } from './api-facts';
import type { ApiObservation } from './api-signals';
import type { CompiledRules } from './compiled-rules';
import { isUnseenOrTyped, queryAll, textOf } from './dom-read';
import { type TextMatch, scanText } from './label-dict';
import { type PairHit, findPairs } from './label-pairs';
import { chromeZones, zoneEmail } from './layout-chrome';
import { siblingPairs } from './layout-grid';
import { asideOf, offScreenOf } from './layout-visibility';
import { type UrlParts, captureIds, urlParts } from './url-facts';
import { profileFromSelect, versionFromChrome } from './user-facts';
import * as sel from './selectors';

/**
 * The detector's sources, each read on its own: the route, the API calls, the referent's rules,
 * `data-*` attributes, labels, the title and headings, the application's chrome. A source that
 * throws is logged and gives nothing; the others still count. In Firefox, one page object the
 * URL reading could not iterate used to empty the whole context (issue 16).
 */

/** What every source says about the screen, before the detector weighs them. */
export interface SourceFacts {
  route: RouteFacts;
  api: ApiFacts;
  custom: CustomValues[];
  attributes: Map<ContextIdField, string[]>;
  labels: LabelFacts;
  page: PageText;
  chrome: ChromeFacts;
}

/** The address: its parts (for the page kind) and the IDs its route and parameters carry. */
export interface RouteFacts {
  /** Null when the address could not be read. */
  parts: UrlParts | null;
  ids: Map<ContextIdField, string[]>;
}

/** Values one of the referent's rules names. */
export interface CustomValues {
  field: string;
  how: FoundBy;
  values: string[];
}

export interface LabelFacts {
  /** Label → value pairs with a value, outside lists, anywhere on the page. */
  hits: PairHit[];
  /** ID values of labels in the screen's record (not in a dialog, closed tab, history, hidden). */
  ids: Map<ContextIdField, string[]>;
}

/** The headings a person reads (`h1`), the document's title, and the labels in that title. */
export interface PageText {
  headings: string[];
  title: string;
  titled: TextMatch[];
}

/** What the application's chrome (banner, user menu, footer) says about the referent and version. */
export interface ChromeFacts {
  email: string | null;
  /** The option selected in a profile `<select>`. */
  profileSelected: string | null;
  /** Values of profile labels in the banner zones. */
  profiles: string[];
  /** Values of version labels in a footer or the banner zones. */
  versions: string[];
  /** A bare « v8.2.1 » in the chrome. */
  versionShown: string | null;
}

/** Which parts of the page are out of the screen's record. */
interface Layout {
  aside: (el: Element) => boolean;
  offScreen: (el: Element) => boolean;
}

/**
 * Reads every source of `doc` (already without a modal's shade) and `url`. Never throws: a source
 * that fails is logged by name and gives its empty value.
 */
export function readSources(
  doc: Document,
  url: string,
  c: CompiledRules,
  signals: readonly ApiObservation[],
): SourceFacts {
  // Without the layout, a dialog or a history could pass for the fiche: the sources that need it
  // to tell them apart (attributes, labelled IDs) then give nothing rather than a wrong ID.
  const layout = guarded('layout', null, () => ({
    aside: asideOf(doc, c.listPhrases),
    offScreen: offScreenOf(doc),
  }));
  const labels = guarded('labels', { hits: [], ids: new Map() }, () => readLabels(doc, c, layout));
  return {
    route: guarded('route', { parts: null, ids: new Map() }, () => readRoute(url, c)),
    api: guarded('api', { ids: {}, userEmail: null, userProfile: null }, () =>
      apiFacts(signals, c.rules.api),
    ),
    custom: guarded('custom rules', [], () => customValues(doc, c)),
    attributes: guarded('attributes', new Map(), () => attributeIds(doc, c, layout)),
    labels,
    page: guarded('title', { headings: [], title: '', titled: [] }, () => readPageText(doc, c)),
    chrome: guarded(
      'chrome',
      { email: null, profileSelected: null, profiles: [], versions: [], versionShown: null },
      () => readChrome(doc, c, labels.hits),
    ),
  };
}

/**
 * Runs one reader; if it throws, logs the source's name and the error's type only (its message
 * may quote the page) and returns `none`.
 */
export function guarded<T>(source: string, none: T, read: () => T): T {
  try {
    return read();
  } catch (err) {
    console.debug(
      `[ars] detection: source « ${source} » skipped`,
      err instanceof Error ? err.name : typeof err,
    );
    return none;
  }
}

function readRoute(url: string, c: CompiledRules): RouteFacts {
  const parts = urlParts(url);
  const ids = new Map<ContextIdField, string[]>();
  for (const field of CONTEXT_ID_FIELDS) {
    const values = [
      ...c.urlIds.filter((u) => u.field === field).flatMap((u) => captureIds(parts, u.pattern)),
      ...parts.params.filter(([k]) => c.params.get(k.toLowerCase()) === field).map(([, v]) => v),
    ].filter((v) => c.idRe.test(v));
    ids.set(field, values);
  }
  return { parts, ids };
}

function readLabels(doc: Document, c: CompiledRules, layout: Layout | null): LabelFacts {
  const hits = [
    ...findPairs(doc, c.dict, { idRe: c.idRe, listPhrases: c.listPhrases, allRows: false }),
    ...siblingPairs(doc, c.dict, c.idRe),
  ].filter((p) => !p.list && p.value);
  const inRecord = (p: PairHit) =>
    layout !== null && !layout.aside(p.labelEl) && !layout.offScreen(p.labelEl);
  const ids = new Map<ContextIdField, string[]>();
  for (const field of CONTEXT_ID_FIELDS) {
    const shown = hits.filter((p) => p.entry.key === field && inRecord(p));
    const values = shown.map((p) => p.value ?? '');
    ids.set(field, values);
  }
  return { hits, ids };
}

function readPageText(doc: Document, c: CompiledRules): PageText {
  const headings = queryAll(doc.body ?? doc.documentElement, 'h1', 4)
    .filter((h) => !isUnseenOrTyped(h))
    .map((h) => textOf(h, 300))
    .filter(Boolean);
  const title = textOf(doc.querySelector('title'), 300);
  return { headings, title, titled: scanText(title, c.dict, c.idRe) };
}

function readChrome(doc: Document, c: CompiledRules, hits: readonly PairHit[]): ChromeFacts {
  const zones = chromeZones(doc, c);
  const inZone = (p: PairHit) => zones.some((z) => z.contains(p.labelEl));
  const valuesOf = (key: string, where: (p: PairHit) => boolean) =>
    hits.filter((p) => p.entry.key === key && where(p)).map((p) => p.value as string);
  return {
    email: zoneEmail(zones),
    profileSelected: profileFromSelect(doc, c, zones),
    profiles: valuesOf('userProfile', inZone),
    versions: valuesOf('appVersion', (p) => !!p.labelEl.closest(sel.footer) || inZone(p)),
    // « v8.2.1 » in a footer that is a plain `div`.
    versionShown: versionFromChrome(doc, [...zones, ...queryAll(doc, sel.footerLike, 4)]),
  };
}

/** `data-menage-id` and the like, on elements that are not rows of a list (`tr`, `li`). */
function attributeIds(
  doc: Document,
  c: CompiledRules,
  layout: Layout | null,
): Map<ContextIdField, string[]> {
  const out = new Map<ContextIdField, string[]>();
  const body = doc.body as Element | null;
  if (!body || !c.attrSelector || !layout) return out;
  for (const el of queryAll(body, c.attrSelector, 300)) {
    for (const { attr, field } of c.attrs) {
      const v = el.getAttribute(attr)?.trim();
      if (!v || !c.idRe.test(v)) continue;
      if (el.closest(sel.rowLike) || isUnseenOrTyped(el) || layout.aside(el)) continue;
      const list = out.get(field) ?? [];
      list.push(v);
      out.set(field, list);
    }
  }
  return out;
}

/** Time the custom rules may take on one detection; past it, they give nothing this time. */
const CUSTOM_BUDGET_MS = 50;

/**
 * Values named by the referent's own rules (a selector, an attribute, an expression). Patterns are
 * in the safe subset (safe-regex.ts) and texts capped; a budget bounds the rest (many rules, heavy
 * selectors): past it the remaining rules give nothing and the other sources decide.
 */
function customValues(doc: Document, c: CompiledRules, now = () => Date.now()): CustomValues[] {
  const body = doc.body as Element | null;
  if (!body) return [];
  const deadline = now() + CUSTOM_BUDGET_MS;
  return c.custom.map(({ rule, re }) => {
    const values: string[] = [];
    if (now() > deadline) return { field: rule.field, how: `rule:${rule.name}` as FoundBy, values };
    for (const el of queryAll(body, rule.selector, 20)) {
      const raw = (rule.attribute ? el.getAttribute(rule.attribute) : textOf(el, 300)) ?? '';
      const m = re ? re.exec(raw) : null;
      const v = (re ? (m ? (m[1] ?? m[0]) : '') : raw).trim();
      if (v) values.push(v);
    }
    return { field: rule.field, how: `rule:${rule.name}` as FoundBy, values };
  });
}
