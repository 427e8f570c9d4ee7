import { queryKeys, queryPairs } from '../../core/url-params';
/**
 * What a SI SIAO address says: IDs in history and hash routes (`/menages/9100018`,
 * `#/demandes/42`), in query parameters (`?idMenage=9100018`), and the address itself made safe to
 * paste into an escalation.
 */

/** A compiled URL pattern; `hashOnly` patterns (`#/…`) are tried on hash routes only. */
export interface UrlPattern {
  source: string;
  hashOnly: boolean;
  hasId: boolean;
  anywhere: RegExp;
  atEnd: RegExp;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles `/menages/{id}` into expressions matching it inside a path or at its end. */
export function compileUrlPattern(source: string): UrlPattern {
  const hashOnly = source.startsWith('#');
  const path = (hashOnly ? source.slice(1) : source).replace(/\/+$/, '') || '/';
  const hasId = path.includes('{id}');
  const body = path.split('{id}').map(escapeRe).join('([^/?#]{1,60})');
  return {
    source,
    hashOnly,
    hasId,
    // Segment-bounded: `/menages/1` must not match `/sous-menages/1` (the pattern starts with '/').
    anywhere: new RegExp(`${body}(?=/|$)`, 'i'),
    atEnd: new RegExp(path === '/' ? '^/?$' : `${body}/?$`, 'i'),
  };
}

/** The parts of an address a route can live in. */
export interface UrlParts {
  path: string;
  /** The path of a hash route (`#/menages/1` → `/menages/1`), or null for a plain anchor. */
  hashPath: string | null;
  params: Array<[string, string]>;
}

/** Splits an address; never throws (an unparsable one gives empty parts). */
export function urlParts(url: string): UrlParts {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { path: '', hashPath: null, params: [] };
  }
  const params: Array<[string, string]> = queryPairs(u.searchParams);
  let hashPath: string | null = null;
  const route = /^#!?(\/[^?]*)(?:\?(.*))?$/.exec(u.hash);
  if (route) {
    hashPath = safeDecode(route[1] ?? '/');
    if (route[2]) params.push(...queryPairs(new URLSearchParams(route[2])));
  }
  return { path: safeDecode(u.pathname), hashPath, params: params.slice(0, 50) };
}

/** A percent-decoded text, or the text as is when it is not valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Values a pattern with `{id}` captures from the parts (hash route first: it is the live route). */
export function captureIds(parts: UrlParts, pattern: UrlPattern): string[] {
  const out: string[] = [];
  const paths = pattern.hashOnly ? [parts.hashPath] : [parts.hashPath, parts.path];
  for (const p of paths) {
    if (!p) continue;
    const m = pattern.anywhere.exec(p);
    if (m?.[1]) out.push(m[1]);
  }
  return out;
}

/** Whether a page-kind pattern describes this address; `atEnd` first, since it is more specific. */
export function matchesRoute(parts: UrlParts, pattern: UrlPattern, atEnd: boolean): boolean {
  // A hash route, when present, is the screen shown; the path is only the app's shell.
  const route = parts.hashPath ?? (pattern.hashOnly ? null : parts.path);
  if (route === null) return false;
  if (atEnd) return pattern.atEnd.test(route);
  return pattern.hasId && pattern.anywhere.test(route);
}

/**
 * The address without what could identify a usager: query values and hash-route query values
 * removed (keys kept: they tell the national team which screen it was), no user:password, plain
 * anchors kept only when they are short identifiers. Path IDs stay: they are what is needed.
 */
export function sanitizePageUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
  const keysOnly = (query: string) =>
    queryKeys(query)
      .map((k) => `${encodeURIComponent(k)}=`)
      .join('&');
  const search = u.search ? `?${keysOnly(u.search)}` : '';
  let hash = '';
  const route = /^#(!?\/[^?]*)(?:\?(.*))?$/.exec(u.hash);
  if (route) hash = `#${route[1]}${route[2] !== undefined ? `?${keysOnly(route[2])}` : ''}`;
  else if (u.hash.includes('=')) hash = `#${keysOnly(u.hash.slice(1))}`;
  else if (/^#[\w-]{1,60}$/.test(u.hash)) hash = u.hash;
  return `${u.origin === 'null' ? `${u.protocol}//` : u.origin}${u.pathname}${search}${hash}`.slice(
    0,
    2000,
  );
}
