import { z } from 'zod';
import { KbArticleSchema } from '../../core/search/article';
import { KbIndex } from '../../core/search/kb-index';
import { KbStatusSchema, type KbStatus } from '../../core/search/kb-status';
import type { CrawlReport, StoredArticle } from '../../sites/kb/crawl';
import { committed, done, openDb, STORES } from './idb';
import { exclusively } from '../exclusive';

/**
 * The knowledge base as the extension last read it: articles (with their ETag / Last-Modified for
 * the next polite refresh), the search index built from them, and the status shown in options.
 * Works offline from the last index.
 */

const StoredArticleSchema = z.object({
  url: z.string().url(),
  article: KbArticleSchema,
  etag: z.string().max(500).nullable(),
  lastModified: z.string().max(100).nullable(),
  fetchedAt: z.number(),
});

export { KbStatusSchema, type KbStatus } from '../../core/search/kb-status';

const INDEX_KEY = 'index';
const STATUS_KEY = 'status';

/** Every stored article, the unreadable ones skipped and counted. */
export async function loadKnownArticles(): Promise<{
  articles: Map<string, StoredArticle>;
  skipped: number;
}> {
  const db = await openDb();
  const raw = await done(db.transaction(STORES.kbArticles).objectStore(STORES.kbArticles).getAll());
  const articles = new Map<string, StoredArticle>();
  let skipped = 0;
  for (const record of raw as unknown[]) {
    const parsed = StoredArticleSchema.safeParse(record);
    if (parsed.success) articles.set(parsed.data.url, parsed.data);
    else skipped += 1;
  }
  return { articles, skipped };
}

let cached: { builtAt: string; index: KbIndex } | null = null;

async function writeAll(articles: StoredArticle[], status: KbStatus): Promise<KbIndex> {
  const index = KbIndex.build(articles.map((a) => a.article));
  const db = await openDb();
  const tx = db.transaction([STORES.kbArticles, STORES.kbMeta], 'readwrite');
  const store = tx.objectStore(STORES.kbArticles);
  store.clear();
  for (const a of articles) store.put(a);
  tx.objectStore(STORES.kbMeta).put(index.toJSON(), INDEX_KEY);
  tx.objectStore(STORES.kbMeta).put(status, STATUS_KEY);
  await committed(tx);
  cached = { builtAt: index.builtAt, index };
  return index;
}

// Every write replaces the whole set of articles (and the index built from it): a crawl ending
// while an article read by the referent is being stored must not drop it, nor two of those
// interleave. A Web Lock serialises the writers; unit tests without Web Locks chain them.
const LOCK = 'ars-kb-store';

/**
 * Stores a crawl's result and the index built from it. Articles stored since the crawl started
 * (`startedAt`: pages the referent read meanwhile) are fresher than the crawl's copies: kept.
 */
export async function saveCrawl(
  report: CrawlReport,
  now: number,
  skipped = 0,
  startedAt = now,
): Promise<KbStatus> {
  return exclusively(LOCK, async () => {
    const articles = new Map(report.articles.map((a) => [a.url, a]));
    for (const stored of (await loadKnownArticles()).articles.values()) {
      const crawled = articles.get(stored.url);
      if (stored.fetchedAt >= startedAt && (!crawled || stored.fetchedAt > crawled.fetchedAt))
        articles.set(stored.url, stored);
    }
    const status: KbStatus = {
      lastRefresh: now,
      articleCount: articles.size,
      errors: report.errors,
      skipped,
    };
    await writeAll([...articles.values()], status);
    return status;
  });
}

/** Adds or replaces one article (the page the referent is reading) and rebuilds the index. */
export async function upsertArticle(article: StoredArticle): Promise<void> {
  return exclusively(LOCK, async () => {
    const { articles } = await loadKnownArticles();
    articles.set(article.url, article);
    const status = (await loadKbStatus()) ?? {
      lastRefresh: null,
      articleCount: 0,
      errors: [],
      skipped: 0,
    };
    await writeAll([...articles.values()], { ...status, articleCount: articles.size });
  });
}

export async function loadKbStatus(): Promise<KbStatus | null> {
  const db = await openDb();
  const raw: unknown = await done(
    db.transaction(STORES.kbMeta).objectStore(STORES.kbMeta).get(STATUS_KEY),
  );
  const parsed = KbStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The search index, or null before the first crawl (or when the stored one is unreadable). */
export async function loadKbIndex(): Promise<KbIndex | null> {
  const db = await openDb();
  const raw: unknown = await done(
    db.transaction(STORES.kbMeta).objectStore(STORES.kbMeta).get(INDEX_KEY),
  );
  if (!raw) return null;
  const builtAt = (raw as { builtAt?: unknown }).builtAt;
  if (cached && cached.builtAt === builtAt) return cached.index;
  try {
    const index = KbIndex.fromJSON(raw);
    cached = { builtAt: index.builtAt, index };
    return index;
  } catch {
    return rebuildIndex();
  }
}

/**
 * An index this version cannot read (built by an older one, or damaged) is built again from the
 * stored articles: suggestions keep working offline after an update, without waiting for a crawl.
 */
async function rebuildIndex(): Promise<KbIndex | null> {
  return exclusively(LOCK, async () => {
    const { articles } = await loadKnownArticles();
    if (articles.size === 0) return null;
    const status = (await loadKbStatus()) ?? {
      lastRefresh: null,
      articleCount: articles.size,
      errors: [],
      skipped: 0,
    };
    return writeAll([...articles.values()], status);
  });
}
