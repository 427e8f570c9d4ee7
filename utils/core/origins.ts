/** The national SI SIAO, the address that public SIAO sites link to. Others are added in options. */
export const DEFAULT_SISIAO_ORIGINS = ['https://sisiao.dihal.gouv.fr'] as const;
/** The national knowledge base, which hosts the support form at /support/kb-tickets/new. */
export const DEFAULT_KB_ORIGIN = 'https://basedeconnaissances.sisiao.dihal.gouv.fr';

/** Demo origins served by `npm run demo:serve`; only the demo build knows them. */
export const DEMO_SISIAO_ORIGINS = ['http://127.0.0.1:4310'] as const;
export const DEMO_KB_ORIGIN = 'http://localhost:4320';
/** A second SI SIAO instance, to add from the options page (a training instance, say). */
export const DEMO_SECOND_SISIAO_ORIGIN = 'http://127.0.0.2:4311';

export const SUPPORT_FORM_PATH = '/support/kb-tickets/new';
export const MY_TICKETS_PATH = '/support/kb-tickets';

/**
 * Normalises an address typed by a person into an origin (`https://host[:port]`), or null.
 * Only http(s) is accepted; http only for loopback, since a real instance is always https.
 */
export function toOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.origin;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Match pattern for an origin, as manifests and the permissions API want it. Without the port:
 * Firefox rejects match patterns that carry one (and silently drops the content script).
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
