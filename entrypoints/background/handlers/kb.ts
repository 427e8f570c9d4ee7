import { z } from 'zod';
import { KbArticleSchema } from '../../../utils/core/search/article';
import { loadKbIndex, loadKbStatus, upsertArticle } from '../../../utils/ext/storage/kb-store';
import { refreshKnowledgeBase } from '../kb-refresh';

export const RefreshKbSchema = z.object({ type: z.literal('refreshKb') });
export const KbStatusRequestSchema = z.object({ type: z.literal('kbStatus') });
export const IndexArticleSchema = z.object({
  type: z.literal('indexArticle'),
  article: KbArticleSchema,
});
export const SearchKbSchema = z.object({
  type: z.literal('searchKb'),
  query: z.string().max(2000),
  categories: z.array(z.string().max(100)).max(20).optional(),
  limit: z.number().int().min(1).max(20).optional(),
});

export async function handleRefreshKb(message: unknown) {
  RefreshKbSchema.parse(message);
  return refreshKnowledgeBase();
}

export async function handleKbStatus(message: unknown) {
  KbStatusRequestSchema.parse(message);
  return loadKbStatus();
}

/** The article the referent is reading on the knowledge base: the freshest copy there is. */
export async function handleIndexArticle(message: unknown) {
  const { article } = IndexArticleSchema.parse(message);
  await upsertArticle({
    url: article.url,
    article,
    etag: null,
    lastModified: null,
    fetchedAt: Date.now(),
  });
  return { ok: true };
}

/** Suggestions for the support form page (content scripts cannot open the extension's database). */
export async function handleSearchKb(message: unknown) {
  const { query, categories, limit } = SearchKbSchema.parse(message);
  const index = await loadKbIndex();
  if (!index) return [];
  return index.search(query, {
    limit: limit ?? 5,
    boost: categories?.length ? { categories } : undefined,
  });
}
