import type { KbArticle } from '../../core/search/article';
import { articleEntries, isCategoryUrl, parseSitemap, type SitemapEntry } from './sitemap';

/**
 * Polite crawl of the knowledge base: discover articles from sitemap.xml (category pages as a
 * fallback), fetch a few at a time with conditional requests, and hand pages to a parser. The
 * network and the DOM are injected: this runs in the background (where Chrome has no DOM and parsing
 * is delegated to an offscreen document) and in unit tests alike.
 */

export interface FetchResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<FetchResponseLike>;

export interface StoredArticle {
  url: string;
  article: KbArticle;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: number;
}

export type ParseOutcome =
  { url: string; ok: true; article: KbArticle } | { url: string; ok: false; reason: string };

export interface CrawlDeps {
  fetch: FetchLike;
  /** Extracts articles from pages (readability needs a DOM). */
  parseArticles(pages: Array<{ url: string; html: string }>): Promise<ParseOutcome[]>;
  /** Article links of category pages (fallback discovery). */
  categoryLinks(pages: Array<{ url: string; html: string }>): Promise<string[]>;
  now(): number;
}

export interface CrawlReport {
  articles: StoredArticle[];
  errors: Array<{ url: string; reason: string }>;
  discovered: number;
  fetched: number;
  unchanged: number;
}

export interface CrawlOptions {
  concurrency?: number;
  /** Upper bound on articles, so a broken sitemap cannot make us crawl a whole site. */
  maxArticles?: number;
  signal?: AbortSignal;
}

async function getText(deps: CrawlDeps, url: string, signal?: AbortSignal): Promise<string> {
  const res = await deps.fetch(url, { headers: {}, signal });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

/** Article URLs from the sitemap (following one level of sitemap index). */
async function fromSitemap(
  origin: string,
  deps: CrawlDeps,
  signal?: AbortSignal,
): Promise<SitemapEntry[]> {
  const url = `${origin}/sitemap.xml`;
  const parsed = parseSitemap(await getText(deps, url, signal), url);
  if (parsed.kind === 'urlset') return articleEntries(parsed, origin);
  const out: SitemapEntry[] = [];
  for (const child of parsed.entries.slice(0, 20)) {
    if (new URL(child.url).origin !== origin) continue;
    const sub = parseSitemap(await getText(deps, child.url, signal), child.url);
    out.push(...articleEntries(sub, origin));
  }
  return out;
}

/** Fallback: the home page's category links, then each category's article links. */
async function fromCategories(
  origin: string,
  home: string,
  deps: CrawlDeps,
  signal?: AbortSignal,
): Promise<string[]> {
  const html = await getText(deps, home, signal);
  const categories = [...html.matchAll(/href="([^"]+)"/g)]
    .map((m) => {
      try {
        return new URL(m[1] ?? '', home).href;
      } catch {
        return '';
      }
    })
    .filter(
      (u, i, all) => u && new URL(u).origin === origin && isCategoryUrl(u) && all.indexOf(u) === i,
    )
    .slice(0, 50);
  const pages: Array<{ url: string; html: string }> = [];
  for (const url of categories) pages.push({ url, html: await getText(deps, url, signal) });
  return deps.categoryLinks(pages);
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/**
 * Crawls `origin`'s knowledge base. `known` holds what an earlier crawl stored: unchanged pages
 * (HTTP 304) keep their article; a page that fails keeps its previous article and is reported.
 */
export async function crawlKnowledgeBase(
  origin: string,
  homePath: string,
  known: ReadonlyMap<string, StoredArticle>,
  deps: CrawlDeps,
  opts: CrawlOptions = {},
): Promise<CrawlReport> {
  const { concurrency = 3, maxArticles = 2000, signal } = opts;
  const errors: CrawlReport['errors'] = [];
  let urls: string[];
  try {
    urls = (await fromSitemap(origin, deps, signal)).map((e) => e.url);
    if (urls.length === 0) throw new Error('sitemap vide');
  } catch (err) {
    errors.push({
      url: `${origin}/sitemap.xml`,
      reason: `plan du site illisible (${String(err)}), pages de catégories utilisées`,
    });
    urls = await fromCategories(origin, `${origin}${homePath}`, deps, signal);
  }
  urls = [...new Set(urls)].slice(0, maxArticles);

  const kept: StoredArticle[] = [];
  const toParse: Array<{
    url: string;
    html: string;
    etag: string | null;
    lastModified: string | null;
  }> = [];
  let unchanged = 0;
  await pool(urls, concurrency, async (url) => {
    const previous = known.get(url);
    const headers: Record<string, string> = {};
    if (previous?.etag) headers['If-None-Match'] = previous.etag;
    if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;
    try {
      const res = await deps.fetch(url, { headers, signal });
      if (res.status === 304 && previous) {
        unchanged += 1;
        kept.push(previous);
        return;
      }
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      toParse.push({
        url,
        html: await res.text(),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      });
    } catch (err) {
      errors.push({
        url,
        reason: `non téléchargé (${err instanceof Error ? err.message : String(err)})`,
      });
      if (previous) kept.push(previous);
    }
  });

  const outcomes = toParse.length
    ? await deps.parseArticles(toParse.map(({ url, html }) => ({ url, html })))
    : [];
  const fetchedAt = deps.now();
  for (const page of toParse) {
    const outcome = outcomes.find((o) => o.url === page.url);
    if (outcome?.ok) {
      kept.push({
        url: page.url,
        article: outcome.article,
        etag: page.etag,
        lastModified: page.lastModified,
        fetchedAt,
      });
    } else {
      errors.push({
        url: page.url,
        reason: `illisible (${outcome && !outcome.ok ? outcome.reason : 'pas de réponse'})`,
      });
      const previous = known.get(page.url);
      if (previous) kept.push(previous);
    }
  }
  kept.sort((a, b) => a.url.localeCompare(b.url));
  return { articles: kept, errors, discovered: urls.length, fetched: toParse.length, unchanged };
}
