import { DEFAULT_KB_ORIGIN, DEFAULT_SISIAO_ORIGINS, SUPPORT_FORM_PATH } from '../core/origins';

/** The kinds of page the extension knows. */
export type PageClass = 'sisiao' | 'support-form' | 'kb-article' | 'unknown';

export interface ClassifyOptions {
  /** SI SIAO origins configured in the options, besides the default. */
  sisiaoOrigins?: readonly string[];
}

const SUPPORT_FORM = 'form.hs-form,.hsfc-Form,form[data-hsfc-id],[data-form-id] form';
const KB_ARTICLE =
  'article.kb-article,.kb-article,[class*="kb-article__"],.hs-kb-article,[itemtype*="Article"]';

/**
 * Which kind of page this is, from its markup first (a saved page keeps it) and its address:
 * the support form (HubSpot form markup, or its path), a knowledge-base article, the SI SIAO
 * (a configured origin, or the application's own look when the origin is unknown).
 */
export function classifyPage(doc: Document, url: string, opts: ClassifyOptions = {}): PageClass {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    u = null;
  }
  if (u?.pathname.replace(/\/+$/, '') === SUPPORT_FORM_PATH || has(doc, SUPPORT_FORM))
    return 'support-form';
  if (has(doc, KB_ARTICLE)) return 'kb-article';
  if (u && isKbHost(u)) return 'unknown';
  const origins = [...DEFAULT_SISIAO_ORIGINS, ...(opts.sisiaoOrigins ?? [])];
  if (u && origins.includes(u.origin)) return 'sisiao';
  return looksLikeSisiao(doc) ? 'sisiao' : 'unknown';
}

function has(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

function isKbHost(u: URL): boolean {
  return u.origin === DEFAULT_KB_ORIGIN || u.hostname.startsWith('basedeconnaissances.');
}

/** « SI SIAO » in the title or the banner, for instances whose address is not configured. */
function looksLikeSisiao(doc: Document): boolean {
  const title = doc.querySelector('title')?.textContent ?? '';
  const banner = doc.querySelector('header,[role="banner"]')?.textContent?.slice(0, 2000) ?? '';
  return /\bSI[\s-]?SIAO\b/i.test(`${title} ${banner}`) && !/base de connaissances/i.test(title);
}
