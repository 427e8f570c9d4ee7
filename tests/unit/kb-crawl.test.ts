import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { KbArticle } from '../../utils/core/search/article';
import {
  crawlKnowledgeBase,
  type CrawlDeps,
  type FetchLike,
  type StoredArticle,
} from '../../utils/sites/kb/crawl';

const ORIGIN = 'https://kb.example';
const SITEMAP = readFileSync('tests/demo/kb-corpus/sitemap.xml', 'utf8');

function article(url: string): KbArticle {
  const slug = url.split('/').pop() ?? '';
  return {
    slug,
    url,
    title: slug,
    category: 'c',
    breadcrumb: [],
    summary: '',
    updated: null,
    sections: [{ heading: '', anchor: '', text: 't' }],
    text: 't',
  } as KbArticle;
}

function deps(fetch: FetchLike): CrawlDeps {
  return {
    fetch,
    parseArticles: async (pages) =>
      pages.map((p) => ({ url: p.url, ok: true as const, article: article(p.url) })),
    categoryLinks: async () => [`${ORIGIN}/support/annuler-une-demande`],
    now: () => 1000,
  };
}

const ok = (body: string, headers: Record<string, string> = {}) => ({
  status: 200,
  headers: { get: (n: string) => headers[n.toLowerCase()] ?? null },
  text: async () => body,
});

describe('crawlKnowledgeBase', () => {
  it('discovers every article of the sitemap and fetches it', async () => {
    const fetch = vi.fn<FetchLike>(async (url) =>
      url.endsWith('sitemap.xml') ? ok(SITEMAP) : ok('<html></html>', { etag: '"v1"' }),
    );
    const report = await crawlKnowledgeBase(ORIGIN, '/support', new Map(), deps(fetch));
    expect(report.discovered).toBe(58);
    expect(report.articles).toHaveLength(58);
    expect(report.articles[0]?.etag).toBe('"v1"');
    expect(report.errors).toEqual([]);
  });

  it('sends conditional requests and keeps unchanged articles on 304', async () => {
    const url = `${ORIGIN}/support/annuler-une-demande`;
    const previous: StoredArticle = {
      url,
      article: article(url),
      etag: '"v1"',
      lastModified: 'Tue, 01 Apr 2025 00:00:00 GMT',
      fetchedAt: 1,
    };
    const seen: Record<string, string>[] = [];
    const fetch: FetchLike = async (u, init) => {
      if (u.endsWith('sitemap.xml'))
        return ok('<urlset><url><loc>/support/annuler-une-demande</loc></url></urlset>');
      seen.push(init.headers);
      return { status: 304, headers: { get: () => null }, text: async () => '' };
    };
    const report = await crawlKnowledgeBase(
      ORIGIN,
      '/support',
      new Map([[url, previous]]),
      deps(fetch),
    );
    expect(seen[0]).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 01 Apr 2025 00:00:00 GMT',
    });
    expect(report.unchanged).toBe(1);
    expect(report.articles).toEqual([previous]);
  });

  it('reports a failed page, keeps its previous version and goes on', async () => {
    const a = `${ORIGIN}/support/a`;
    const b = `${ORIGIN}/support/b`;
    const previous: StoredArticle = {
      url: a,
      article: article(a),
      etag: null,
      lastModified: null,
      fetchedAt: 1,
    };
    const fetch: FetchLike = async (u) => {
      if (u.endsWith('sitemap.xml'))
        return ok(`<urlset><url><loc>${a}</loc></url><url><loc>${b}</loc></url></urlset>`);
      if (u === a) return { status: 500, headers: { get: () => null }, text: async () => '' };
      return ok('<html></html>');
    };
    const report = await crawlKnowledgeBase(
      ORIGIN,
      '/support',
      new Map([[a, previous]]),
      deps(fetch),
    );
    expect(report.errors).toEqual([{ url: a, reason: 'non téléchargé (HTTP 500)' }]);
    expect(report.articles.map((x) => x.url)).toEqual([a, b]);
  });

  it('falls back to category pages when the sitemap is missing', async () => {
    const fetch: FetchLike = async (u) => {
      if (u.endsWith('sitemap.xml'))
        return { status: 404, headers: { get: () => null }, text: async () => '' };
      if (u.endsWith('/support'))
        return ok('<a href="/support/categorie/gestion-des-demandes">x</a>');
      return ok('<html></html>');
    };
    const report = await crawlKnowledgeBase(ORIGIN, '/support', new Map(), deps(fetch));
    expect(report.articles.map((x) => x.url)).toEqual([`${ORIGIN}/support/annuler-une-demande`]);
    expect(report.errors[0]?.reason).toMatch(/plan du site illisible/);
  });

  it('never follows a sitemap entry to another origin', async () => {
    const fetch = vi.fn<FetchLike>(async (u) =>
      u.endsWith('sitemap.xml')
        ? ok(
            '<urlset><url><loc>https://evil.example/support/x</loc></url><url><loc>/support/y</loc></url></urlset>',
          )
        : ok(''),
    );
    const report = await crawlKnowledgeBase(ORIGIN, '/support', new Map(), deps(fetch));
    expect(fetch.mock.calls.map((c) => c[0])).not.toContain('https://evil.example/support/x');
    expect(report.discovered).toBe(1);
  });
});
