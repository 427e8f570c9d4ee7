// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KbArticle } from '../../utils/core/search/article';
import { resetDbForTests } from '../../utils/ext/storage/idb';
import {
  loadKbIndex,
  loadKnownArticles,
  saveCrawl,
  upsertArticle,
} from '../../utils/ext/storage/kb-store';
import type { StoredArticle } from '../../utils/sites/kb/crawl';

const KB = 'https://kb.exemple.fr/support';

function stored(slug: string, text: string, fetchedAt: number): StoredArticle {
  const article: KbArticle = {
    slug,
    url: `${KB}/${slug}`,
    title: slug.replace(/-/g, ' '),
    category: 'gestion-des-demandes',
    breadcrumb: [],
    summary: '',
    updated: null,
    sections: [{ heading: '', anchor: '', text }],
    text,
  };
  return { url: article.url, article, etag: null, lastModified: null, fetchedAt };
}

const report = (articles: StoredArticle[]) => ({
  articles,
  errors: [],
  discovered: articles.length,
  fetched: articles.length,
  unchanged: 0,
});

describe('kb-store: a crawl and the pages read meanwhile', () => {
  beforeEach(async () => {
    resetDbForTests();
    await new Promise<void>((resolve) => {
      const r = indexedDB.deleteDatabase('ars');
      r.onsuccess = r.onerror = r.onblocked = () => resolve();
    });
  });

  it('keeps an article read during the crawl, and the fresher copy of one the crawl also read', async () => {
    await saveCrawl(report([stored('ancien', 'Article retiré du plan du site', 10)]), 10);
    const startedAt = 100;
    // Read by the referent while the crawl runs: one outside the sitemap, one inside.
    await upsertArticle(stored('lu-pendant', 'Article lu pendant la collecte', 150));
    await upsertArticle(stored('commun', 'Version lue par la référente', 160));
    const status = await saveCrawl(
      report([stored('commun', 'Version de la collecte', 120), stored('autre', 'Autre', 120)]),
      200,
      0,
      startedAt,
    );
    const { articles } = await loadKnownArticles();
    expect([...articles.keys()].sort()).toEqual(
      [`${KB}/autre`, `${KB}/commun`, `${KB}/lu-pendant`].sort(),
    );
    expect(articles.get(`${KB}/commun`)?.article.text).toBe('Version lue par la référente');
    expect(status.articleCount).toBe(3);
    expect((await loadKbIndex())?.search('lu pendant la collecte')[0]?.slug).toBe('lu-pendant');
  });

  it('does not lose either of two articles stored at the same time', async () => {
    await Promise.all([
      upsertArticle(stored('premier', 'Premier article', 1)),
      upsertArticle(stored('second', 'Second article', 2)),
    ]);
    expect((await loadKnownArticles()).articles.size).toBe(2);
  });
});

describe('kb-store: an index this version cannot read', () => {
  beforeEach(async () => {
    resetDbForTests();
    await new Promise<void>((resolve) => {
      const r = indexedDB.deleteDatabase('ars');
      r.onsuccess = r.onerror = r.onblocked = () => resolve();
    });
  });

  it('is built again from the stored articles instead of leaving the search empty', async () => {
    await saveCrawl(report([stored('pieces-jointes', 'Joindre des pièces justificatives', 1)]), 1);
    // An index written by an older version (another format number), as after an update.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('ars');
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('kbMeta', 'readwrite');
      tx.objectStore('kbMeta').put({ version: 1, builtAt: 'ancien' }, 'index');
      tx.oncomplete = () => resolve();
    });
    db.close();
    resetDbForTests();
    const index = await loadKbIndex();
    expect(index?.search('pièces justificatives')[0]?.slug).toBe('pieces-jointes');
  });
});
