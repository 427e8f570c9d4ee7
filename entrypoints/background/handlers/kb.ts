import type { indexArticle, searchKb } from '../../../utils/ext/protocol/messages/kb-index';
import type { ParsedRequestOf } from '../../../utils/ext/protocol/define';
import { loadKbIndex, loadKbStatus, upsertArticle } from '../../../utils/ext/storage/kb-store';
import { refreshKnowledgeBase } from '../kb-refresh';

export async function handleRefreshKb() {
  return refreshKnowledgeBase();
}

export async function handleKbStatus() {
  return loadKbStatus();
}

/** The article the referent is reading on the knowledge base: the freshest copy there is. */
export async function handleIndexArticle({ article }: ParsedRequestOf<typeof indexArticle>) {
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
export async function handleSearchKb({
  query,
  categories,
  limit,
}: ParsedRequestOf<typeof searchKb>) {
  const index = await loadKbIndex();
  if (!index) return [];
  return index.search(query, {
    limit: limit ?? 5,
    boost: categories?.length ? { categories } : undefined,
  });
}
