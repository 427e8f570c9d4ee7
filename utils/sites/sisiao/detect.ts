import type { ContextIdField, FoundBy, PageKind, SisiaoContext } from '../../core/context';
import { CONTEXT_ID_FIELDS, emptyContext } from '../../core/context-fields';
import type { ApiObservation } from './api-signals';
import { type CompiledRules, compileRules } from './compiled-rules';
import { type SourceFacts, guarded, readSources } from './detect-sources';
import { unshaded } from './layout-shade';
import { pageKindOf, voletOf } from './page-kind';
import type { DetectionRules } from './rules';
import { sanitizePageUrl } from './url-facts';

/**
 * The SI SIAO context of a screen: which ménage, personne, demande…, who is connected, on which
 * version. Pure (a Document, its URL, rules and the API calls observed), bounded, never throws.
 *
 * Each ID comes from the most trusted source that gives exactly one value: custom rules, the URL,
 * `data-*` attributes, visible labels, and last the API calls of the screen just loaded. Those
 * arrive from the page's own world through `postMessage`, which any script of the page can forge:
 * they never outrank what the page shows and never give the user's e-mail. A source
 * that shows several values (a list, a history of other ménages) gives nothing: a wrong ID in an
 * escalation is worse than none. A source that fails gives nothing either, and the others still
 * count (see `readSources`).
 */
export function detectContext(
  doc: Document,
  url: string,
  rules: DetectionRules,
  signals: readonly ApiObservation[] = [],
  options: DetectOptions = {},
): SisiaoContext {
  const ctx = emptyContext();
  ctx.url = guarded('url', null, () => sanitizePageUrl(url));
  if (ctx.url) ctx.found.url = 'url';
  const c = guarded('rules', null, () => compileRules(rules));
  if (!c) return ctx;
  const since = options.since ?? 0;
  const facts = readSources(
    // A modal's aria-hidden shade does not hide the fiche under it.
    guarded('modal shade', doc, () => unshaded(doc) ?? doc),
    url,
    c,
    since ? signals.filter((s) => s.at >= since) : signals,
  );
  // Weighing the facts is plain array work; guarded all the same, since the page never sees an error.
  tracing = options.trace ?? null;
  try {
    guarded('weighing', undefined, () => fill(ctx, facts, c));
  } finally {
    tracing = null;
  }
  return ctx;
}

/** Options of `detectContext`. */
export interface DetectOptions {
  /** Time of the last route change: API observations before it belong to another screen. */
  since?: number;
  /** Receives, field by field, each source consulted and what became of its values. */
  trace?: FieldTrace[];
}

/** What one source offered for a field, and why it was taken or not (detection reports). */
export interface TraceStep {
  how: FoundBy;
  values: string[];
  outcome: 'retenue' | 'aucune valeur' | 'plusieurs valeurs' | 'valeur refusée';
}
export interface FieldTrace {
  field: PickField;
  steps: TraceStep[];
}

// Set for the duration of one synchronous detectContext call that asked for a trace.
let tracing: FieldTrace[] | null = null;

type Candidates = Array<{ how: FoundBy; values: string[] }>;
type PageKindFact = { kind: PageKind; how: 'url' | 'label' } | null;

const SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;
const EMAIL = /^[^\s@<>()]{1,64}@[^\s@<>()]{1,190}\.[A-Za-z]{2,24}$/;

function fill(ctx: SisiaoContext, f: SourceFacts, c: CompiledRules): void {
  const kind = guarded('page kind', null, () =>
    pageKindOf(f.route.parts, [...f.page.headings, f.page.title], c),
  );
  pickIds(ctx, f, c, kind);
  pickUser(ctx, f, c);
  pickVersion(ctx, f);
  ctx.pageTitle = f.page.headings[0] ?? (f.page.title || null);
  if (ctx.pageTitle) ctx.found.pageTitle = 'label';
  if (kind) {
    ctx.pageKind = kind.kind;
    ctx.found.pageKind = kind.how;
  }
}

function pickIds(ctx: SisiaoContext, f: SourceFacts, c: CompiledRules, kind: PageKindFact): void {
  // On a list or the home page no fiche is in focus: an API call seen there is a prefetch or a
  // leftover of the previous screen.
  const apiTrusted = !(kind?.how === 'url' && (kind.kind === 'liste' || kind.kind === 'accueil'));
  for (const field of CONTEXT_ID_FIELDS) {
    const fromUrl = f.route.ids.get(field) ?? [];
    const fromApi = apiTrusted ? (f.api.ids[field] ?? []) : [];
    // The address names the screen shown; an API value it contradicts is from a previous screen.
    const urlOne = new Set(fromUrl).size === 1 ? fromUrl[0] : undefined;
    const sources: Candidates = [
      ...customFor(f, field),
      { how: 'url', values: fromUrl },
      { how: 'attribute', values: f.attributes.get(field) ?? [] },
      { how: 'label', values: f.labels.ids.get(field) ?? [] },
      // The document's title names the screen too (« Demande SIAO n° 7700512 | SI SIAO »).
      {
        how: 'label',
        values: f.page.titled.filter((m) => m.entry.key === field).map((m) => m.value ?? ''),
      },
      // Lowest: a page script can post what it likes on the bridge (see detectContext).
      { how: 'api', values: urlOne && !fromApi.includes(urlOne) ? [] : fromApi },
    ];
    pick(ctx, field, sources, (v) => SAFE_ID.test(v) && c.idRe.test(v));
  }
}

function pickUser(ctx: SisiaoContext, f: SourceFacts, c: CompiledRules): void {
  pick(
    ctx,
    'userEmail',
    [
      // Never from the bridge: the address the national team answers must be one the page shows.
      ...customFor(f, 'userEmail'),
      { how: 'label', values: nullable(f.chrome.email) },
    ],
    (v) => EMAIL.test(v) && v.length <= 254,
  );

  const profiles = labelled(f, 'userProfile');
  pick(
    ctx,
    'userProfile',
    [
      ...customFor(f, 'userProfile'),
      { how: 'label', values: nullable(f.chrome.profileSelected) },
      // A profile label in the banner is the referent's; elsewhere it may be a colleague's.
      { how: 'label', values: f.chrome.profiles.length ? f.chrome.profiles : profiles },
      { how: 'api', values: nullable(f.api.userProfile) },
    ],
    (v) => v.length <= 200,
  );

  const volet = voletOf(ctx.userProfile, c) ?? voletOf(single(labelled(f, 'volet')), c);
  if (volet) {
    ctx.volet = volet;
    ctx.found.volet = ctx.userProfile ? (ctx.found.userProfile as FoundBy) : 'label';
  }
}

function pickVersion(ctx: SisiaoContext, f: SourceFacts): void {
  pick(
    ctx,
    'appVersion',
    [
      ...customFor(f, 'appVersion'),
      { how: 'label', values: f.chrome.versions },
      { how: 'label', values: labelled(f, 'appVersion') },
      { how: 'label', values: nullable(f.chrome.versionShown) },
    ],
    (v) => v.length <= 40,
  );
}

export type PickField = ContextIdField | 'userEmail' | 'userProfile' | 'appVersion';

/** Takes the first source with exactly one distinct valid value; a source with several is skipped. */
function pick(
  ctx: SisiaoContext,
  field: PickField,
  sources: Candidates,
  valid: (v: string) => boolean,
) {
  const steps: TraceStep[] | null = tracing ? [] : null;
  tracing?.push({ field, steps: steps as TraceStep[] });
  for (const { how, values } of sources) {
    const distinct = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    const step = (outcome: TraceStep['outcome']) =>
      steps?.push({ how, values: distinct.slice(0, 10), outcome });
    if (distinct.length !== 1) {
      if (distinct.length) step('plusieurs valeurs');
      continue;
    }
    const value = distinct[0] as string;
    if (!valid(value)) {
      step('valeur refusée');
      continue;
    }
    step('retenue');
    ctx[field] = value;
    ctx.found[field] = how;
    return;
  }
}

function customFor(f: SourceFacts, field: PickField): Candidates {
  return f.custom.filter((r) => r.field === field);
}

/** Values of the labels of one key, wherever they sit on the page. */
function labelled(f: SourceFacts, key: string): string[] {
  return f.labels.hits.filter((p) => p.entry.key === key).map((p) => p.value as string);
}

function nullable(v: string | null): string[] {
  return v ? [v] : [];
}

function single(values: string[]): string | null {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}
