/**
 * Article discovery on the knowledge base. The sitemap is parsed as a string, without DOMParser,
 * because in Chrome MV3 the refresh runs in the background service worker, which has no DOM.
 */

/** One page listed by a sitemap: absolute URL and last modification date when given. */
export type SitemapEntry = { url: string; lastmod: string | null };

/** A parsed sitemap: a list of pages (`urlset`) or a list of further sitemaps (`index`). */
export type ParsedSitemap = { kind: 'urlset' | 'index'; entries: SitemapEntry[] };

/** Path segments that mark a page as something other than an article (HubSpot and the demo). */
const NOT_ARTICLE =
  /^(?:categorie|categories|category|tag|tags|topics?|search|recherche|kb-tickets|tickets|login|_hcms|hs-fs|hubfs)$/i;
const FILE = /\.(?:xml|pdf|png|jpe?g|gif|svg|css|js|zip|docx?|xlsx?)$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(text);
  if (cdata) return (cdata[1] ?? '').trim();
  return text
    .replace(
      /&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi,
      (m, hex?: string, dec?: string, name?: string) => {
        if (hex) return String.fromCodePoint(parseInt(hex, 16));
        if (dec) return String.fromCodePoint(parseInt(dec, 10));
        return ENTITIES[name?.toLowerCase() ?? ''] ?? m;
      },
    )
    .trim();
}

function tagText(block: string, tag: string): string | null {
  const m = new RegExp(
    `<(?:[\\w-]+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${tag}\\s*>`,
    'i',
  ).exec(block);
  return m ? decodeXml(m[1] ?? '') : null;
}

function absolute(loc: string, base: string): string | null {
  try {
    const u = new URL(loc, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Parses a sitemap or sitemap index. Relative `<loc>` values (the demo writes paths) are resolved
 * against `base`, the sitemap's own URL. Entries that are not http(s) URLs are dropped.
 */
export function parseSitemap(xml: string, base: string): ParsedSitemap {
  const kind = /<(?:[\w-]+:)?sitemapindex\b/i.test(xml) ? 'index' : 'urlset';
  const tag = kind === 'index' ? 'sitemap' : 'url';
  const entries: SitemapEntry[] = [];
  const seen = new Set<string>();
  const block = new RegExp(
    `<(?:[\\w-]+:)?${tag}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${tag}\\s*>`,
    'gi',
  );
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(block)) {
    const loc = tagText(m[1] ?? '', 'loc');
    const url = loc ? absolute(loc, base) : null;
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const lastmod = tagText(m[1] ?? '', 'lastmod');
    entries.push({ url, lastmod: lastmod || null });
  }
  return { kind, entries };
}

/**
 * Default rule for « is this URL an article? »: at least two path segments (an article lives under
 * the knowledge base root or a category), none of them a category, tag, search or ticket page.
 */
export function isArticleUrl(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 2 || FILE.test(path)) return false;
  return !segments.some((s) => NOT_ARTICLE.test(s));
}

/** True when the URL is a category page (fetched only when the sitemap lists no article). */
export function isCategoryUrl(url: string): boolean {
  try {
    return /\/(?:categorie|categories|category)\/[^/]+\/?$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The article entries of a parsed `urlset`, on the sitemap's origin only. */
export function articleEntries(
  sitemap: ParsedSitemap,
  origin: string,
  isArticle: (url: string) => boolean = isArticleUrl,
): SitemapEntry[] {
  if (sitemap.kind !== 'urlset') return [];
  return sitemap.entries.filter((e) => new URL(e.url).origin === origin && isArticle(e.url));
}

/** Lists of article links on category pages: the demo's and HubSpot's, then any main content. */
export const CATEGORY_LIST_LINKS =
  '.kb-article-list a[href], .kb-category__article a[href], .kb-articles a[href]';
const OUTSIDE_CONTENT = 'nav, header, footer, aside, [role="navigation"], [class*="breadcrumb"]';

/**
 * Fallback discovery: the article links of a category page (given as a Document, so this runs in
 * a page or offscreen document, never in the service worker). Hash-less, same origin, in order.
 */
export function articleLinksFromCategoryPage(
  doc: Document,
  pageUrl: string,
  isArticle: (url: string) => boolean = isArticleUrl,
): string[] {
  const origin = new URL(pageUrl).origin;
  let anchors = Array.from(doc.querySelectorAll<HTMLAnchorElement>(CATEGORY_LIST_LINKS));
  if (anchors.length === 0) {
    const root = doc.querySelector('main') ?? doc.body;
    anchors = Array.from(root?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []).filter(
      (a) => !a.closest(OUTSIDE_CONTENT),
    );
  }
  const out: string[] = [];
  for (const a of anchors) {
    const url = absolute(a.getAttribute('href') ?? '', pageUrl);
    if (!url) continue;
    const clean = url.split('#')[0] ?? url;
    if (new URL(clean).origin === origin && isArticle(clean) && !out.includes(clean))
      out.push(clean);
  }
  return out;
}
