import type { ContextIdField } from '../../core/context';
import type { ApiObservation } from './api-signals';
import type { ApiRule } from './rules';
import { queryPairs } from '../../core/url-params';

/**
 * Pure mapping of the API calls the SI SIAO page made to context facts: which fiche (ménage or
 * personne) and which demande the screen just loaded. Free of zod so the content script stays small.
 */

/**
 * A request path safe to keep and show: no origin, no query values (keys kept), numeric IDs kept,
 * and any segment that is not an identifier-like word (a searched name, an e-mail) replaced by « … ».
 */
export function sanitizeRequestPath(url: string): string {
  let u: URL;
  try {
    u = new URL(url, 'https://sisiao.invalid');
  } catch {
    return '';
  }
  const segments = u.pathname.split('/').map((seg) => {
    if (!seg || /^\d{1,20}$/.test(seg) || /^[A-Za-z][\w.-]{0,60}$/.test(seg)) return seg;
    return '…';
  });
  const keys = queryPairs(u.searchParams)
    .map(([k]) => k)
    .slice(0, 10)
    .map((k) => `${encodeURIComponent(k)}=`);
  return `${segments.join('/')}${keys.length ? `?${keys.join('&')}` : ''}`.slice(0, 500);
}

// `idFiche`, `idGroupe`, `menageId`: parameter names that say "this is the ID of".
const ID_PARAM = /^(?:id[A-Z_]\w*|\w+Id)$/;

/** Numeric values of ID-named query parameters of a request URL, or undefined when none. */
export function idsFromQuery(url: string): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  try {
    const u = new URL(url, 'https://sisiao.invalid');
    for (const [k, v] of queryPairs(u.searchParams)) {
      if (ID_PARAM.test(k) && /^\d{1,20}$/.test(v) && k.length <= 40) (out ??= {})[k] = v;
    }
  } catch {
    // An unparsable URL carries no ID.
  }
  return out;
}

/** What the API calls of the current screen say; several distinct values for a field are kept. */
export interface ApiFacts {
  ids: Partial<Record<ContextIdField, string[]>>;
  userEmail: string | null;
  userProfile: string | null;
}

interface CompiledApiRule {
  rule: ApiRule;
  re: RegExp;
}

const compiled = new WeakMap<readonly ApiRule[], CompiledApiRule[]>();

function compile(rules: readonly ApiRule[]): CompiledApiRule[] {
  let out = compiled.get(rules);
  if (!out) {
    out = rules.map((rule) => {
      const body = rule.path
        .split('{id}')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(\\d{1,20})');
      return { rule, re: new RegExp(`^${body}/?$`, 'i') };
    });
    compiled.set(rules, out);
  }
  return out;
}

/**
 * Maps the observations of the screen just loaded (the caller passes those since the last route
 * change) to facts. Only successful answers count: a 404 on a fiche says nothing about the screen.
 */
export function apiFacts(
  observations: readonly ApiObservation[],
  rules: readonly ApiRule[],
): ApiFacts {
  const facts: ApiFacts = { ids: {}, userEmail: null, userProfile: null };
  const list = compile(rules);
  let userAt = -1;
  for (const obs of observations.slice(-300)) {
    if (obs.kind !== 'request' || obs.status < 200 || obs.status > 299) continue;
    const path = obs.path.split('?')[0] ?? '';
    for (const { rule, re } of list) {
      if (rule.method && rule.method !== obs.method.toUpperCase()) continue;
      const m = re.exec(path);
      if (!m) continue;
      if (rule.user && obs.user && obs.at >= userAt) {
        userAt = obs.at;
        facts.userEmail = obs.user.email;
        facts.userProfile = obs.user.profile;
      }
      const id = rule.query ? obs.ids?.[rule.query] : m[1];
      const field = rule.byTypefiche
        ? obs.typefiche
          ? typefiche(rule.byTypefiche, obs.typefiche)
          : undefined
        : rule.field;
      if (id && field) {
        const values = (facts.ids[field] ??= []);
        if (!values.includes(id)) values.push(id);
      }
      break;
    }
  }
  return facts;
}

/** `typefiche` is compared without case, so `GROUPE` and `Groupe` both count. */
function typefiche(map: Record<string, ContextIdField>, value: string): ContextIdField | undefined {
  const v = value.toLowerCase();
  for (const [k, field] of Object.entries(map)) if (k.toLowerCase() === v) return field;
  return undefined;
}
