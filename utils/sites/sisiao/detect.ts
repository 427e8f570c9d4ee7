import type { ContextIdField, FoundBy, SisiaoContext } from '../../core/context';
import { CONTEXT_ID_FIELDS, emptyContext } from '../../core/context-fields';
import { apiFacts } from './api-facts';
import type { ApiObservation } from './api-signals';
import { type CompiledRules, compileRules } from './compiled-rules';
import { isUnseenOrTyped, queryAll, textOf } from './dom-read';
import { scanText } from './label-dict';
import { type PairHit, findPairs } from './label-pairs';
import {
  asideOf,
  chromeZones,
  offScreenOf,
  siblingPairs,
  unshaded,
  zoneEmail,
} from './layout-facts';
import { pageKindOf, voletOf } from './page-kind';
import type { DetectionRules } from './rules';
import { captureIds, sanitizePageUrl, urlParts } from './url-facts';
import { profileFromSelect, versionFromChrome } from './user-facts';

/**
 * The SI SIAO context of a screen: which ménage, personne, demande…, who is connected, on which
 * version. Pure (a Document, its URL, rules and the API calls observed), bounded, never throws.
 *
 * Each ID comes from the most trusted source that gives exactly one value: the API calls of the
 * screen just loaded, then custom rules, the URL, `data-*` attributes, and visible labels. A source
 * that shows several values (a list, a history of other ménages) gives nothing: a wrong ID in an
 * escalation is worse than none.
 */
export function detectContext(
  doc: Document,
  url: string,
  rules: DetectionRules,
  signals: readonly ApiObservation[] = [],
  options: DetectOptions = {},
): SisiaoContext {
  const ctx = emptyContext();
  try {
    ctx.url = sanitizePageUrl(url);
    if (ctx.url) ctx.found.url = 'url';
    const since = options.since ?? 0;
    fill(
      ctx,
      // A modal's aria-hidden shade does not hide the fiche under it.
      unshaded(doc) ?? doc,
      url,
      compileRules(rules),
      since ? signals.filter((s) => s.at >= since) : signals,
    );
  } catch {
    // A page we do not understand yields what was found so far, never an error in the page.
  }
  return ctx;
}

/** Options of `detectContext`. */
export interface DetectOptions {
  /** Time of the last route change: API observations before it belong to another screen. */
  since?: number;
}

type Candidates = Array<{ how: FoundBy; values: string[] }>;

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;
const EMAIL = /^[^\s@<>()]{1,64}@[^\s@<>()]{1,190}\.[A-Za-z]{2,24}$/;

function fill(
  ctx: SisiaoContext,
  doc: Document,
  url: string,
  c: CompiledRules,
  signals: readonly ApiObservation[],
): void {
  const api = apiFacts(signals, c.rules.api);
  const custom = customValues(doc, c);
  const parts = urlParts(url);
  const aside = asideOf(doc, c.listPhrases);
  const offScreen = offScreenOf(doc);
  const attrs = attributeIds(doc, c, aside);
  const pairs = [
    ...findPairs(doc, c.dict, { idRe: c.idRe, listPhrases: c.listPhrases, allRows: false }),
    ...siblingPairs(doc, c.dict, c.idRe),
  ];
  const labelled = (key: string) => pairs.filter((p) => p.entry.key === key && !p.list && p.value);
  const headings = queryAll(doc.body ?? doc.documentElement, 'h1', 4)
    .filter((h) => !isUnseenOrTyped(h))
    .map((h) => textOf(h, 300))
    .filter(Boolean);
  const title = textOf(doc.querySelector('title'), 300);
  const kind = pageKindOf(parts, [...headings, title], c);
  // On a list or the home page no fiche is in focus: an API call seen there is a prefetch or a
  // leftover of the previous screen.
  const apiTrusted = !(kind?.how === 'url' && (kind.kind === 'liste' || kind.kind === 'accueil'));
  const titled = scanText(title, c.dict, c.idRe);

  for (const field of CONTEXT_ID_FIELDS) {
    const fromUrl = [
      ...c.urlIds.filter((u) => u.field === field).flatMap((u) => captureIds(parts, u.pattern)),
      ...parts.params.filter(([k]) => c.params.get(k.toLowerCase()) === field).map(([, v]) => v),
    ].filter((v) => c.idRe.test(v));
    const fromApi = apiTrusted ? (api.ids[field] ?? []) : [];
    // The address names the screen shown; an API value it contradicts is from a previous screen.
    const urlOne = new Set(fromUrl).size === 1 ? fromUrl[0] : undefined;
    const sources: Candidates = [
      { how: 'api', values: urlOne && !fromApi.includes(urlOne) ? [] : fromApi },
      ...custom.filter((r) => r.field === field),
      { how: 'url', values: fromUrl },
      { how: 'attribute', values: attrs.get(field) ?? [] },
      {
        how: 'label',
        values: labelled(field)
          .filter((p) => !aside(p.labelEl) && !offScreen(p.labelEl))
          .map((p) => p.value as string),
      },
      // The document's title names the screen too (« Demande SIAO n° 7700512 | SI SIAO »).
      {
        how: 'label',
        values: titled.filter((m) => m.entry.key === field).map((m) => m.value ?? ''),
      },
    ];
    pick(ctx, field, sources, (v) => SAFE_ID.test(v) && c.idRe.test(v));
  }

  const zones = chromeZones(doc, c);
  const inZone = (p: PairHit) => zones.some((z) => z.contains(p.labelEl));
  pick(
    ctx,
    'userEmail',
    [
      { how: 'api', values: api.userEmail ? [api.userEmail] : [] },
      ...custom.filter((r) => r.field === 'userEmail'),
      { how: 'label', values: nullable(zoneEmail(zones)) },
    ],
    (v) => EMAIL.test(v) && v.length <= 254,
  );

  const profiles = labelled('userProfile');
  const zoneProfiles = profiles.filter(inZone);
  pick(
    ctx,
    'userProfile',
    [
      { how: 'api', values: nullable(api.userProfile) },
      ...custom.filter((r) => r.field === 'userProfile'),
      { how: 'label', values: nullable(profileFromSelect(doc, c, zones)) },
      {
        how: 'label',
        values: (zoneProfiles.length ? zoneProfiles : profiles).map((p) => p.value as string),
      },
    ],
    (v) => v.length <= 200,
  );

  const volet =
    voletOf(ctx.userProfile, c) ??
    voletOf(single(labelled('volet').map((p) => p.value as string)), c);
  if (volet) {
    ctx.volet = volet;
    ctx.found.volet = ctx.userProfile ? (ctx.found.userProfile as FoundBy) : 'label';
  }

  const versions = labelled('appVersion');
  pick(
    ctx,
    'appVersion',
    [
      ...custom.filter((r) => r.field === 'appVersion'),
      {
        how: 'label',
        values: versions
          .filter((p) => p.labelEl.closest('footer,[role="contentinfo"]') || inZone(p))
          .map((p) => p.value as string),
      },
      { how: 'label', values: versions.map((p) => p.value as string) },
      {
        how: 'label',
        values: nullable(
          // « v8.2.1 » in a footer that is a plain `div`.
          versionFromChrome(doc, [
            ...zones,
            ...queryAll(doc, '[class*="footer"],[id*="footer"]', 4),
          ]),
        ),
      },
    ],
    (v) => v.length <= 40,
  );

  ctx.pageTitle = headings[0] ?? (title || null);
  if (ctx.pageTitle) ctx.found.pageTitle = 'label';
  if (kind) {
    ctx.pageKind = kind.kind;
    ctx.found.pageKind = kind.how;
  }
}

type PickField = ContextIdField | 'userEmail' | 'userProfile' | 'appVersion';

/** Takes the first source with exactly one distinct valid value; a source with several is skipped. */
function pick(
  ctx: SisiaoContext,
  field: PickField,
  sources: Candidates,
  valid: (v: string) => boolean,
) {
  for (const { how, values } of sources) {
    const distinct = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    if (distinct.length !== 1) continue;
    const value = distinct[0] as string;
    if (!valid(value)) continue;
    ctx[field] = value;
    ctx.found[field] = how;
    return;
  }
}

function nullable(v: string | null): string[] {
  return v ? [v] : [];
}

function single(values: string[]): string | null {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/** `data-menage-id` and the like, on elements that are not rows of a list (`tr`, `li`). */
function attributeIds(
  doc: Document,
  c: CompiledRules,
  aside: (el: Element) => boolean,
): Map<ContextIdField, string[]> {
  const out = new Map<ContextIdField, string[]>();
  const body = doc.body as Element | null;
  if (!body || !c.attrSelector) return out;
  for (const el of queryAll(body, c.attrSelector, 300)) {
    for (const { attr, field } of c.attrs) {
      const v = el.getAttribute(attr)?.trim();
      if (!v || !c.idRe.test(v)) continue;
      if (
        el.closest('tr,li,[role="row"],[role="listitem"],[role="option"]') ||
        isUnseenOrTyped(el) ||
        aside(el)
      )
        continue;
      const list = out.get(field) ?? [];
      list.push(v);
      out.set(field, list);
    }
  }
  return out;
}

/** Values named by the referent's own rules (a selector, an attribute, an expression). */
function customValues(
  doc: Document,
  c: CompiledRules,
): Array<{ field: string; how: FoundBy; values: string[] }> {
  const body = doc.body as Element | null;
  if (!body) return [];
  return c.custom.map(({ rule, re }) => {
    const values: string[] = [];
    for (const el of queryAll(body, rule.selector, 20)) {
      const raw = (rule.attribute ? el.getAttribute(rule.attribute) : textOf(el, 300)) ?? '';
      const m = re ? re.exec(raw) : null;
      const v = (re ? (m ? (m[1] ?? m[0]) : '') : raw).trim();
      if (v) values.push(v);
    }
    return { field: rule.field, how: `rule:${rule.name}` as FoundBy, values };
  });
}
