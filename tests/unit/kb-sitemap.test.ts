import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleEntries,
  articleLinksFromCategoryPage,
  isArticleUrl,
  isCategoryUrl,
  parseSitemap,
} from '../../utils/sites/kb/sitemap';

// Tests run from the repository root (vitest's root); happy-dom's URL does not take file: URLs.
const CORPUS = join(process.cwd(), 'tests/demo/kb-corpus');
const ORIGIN = 'https://kb.example.org';
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as {
  articles: { slug: string; updated: string }[];
};

describe('sitemap discovery', () => {
  it('finds every article of the shared corpus and nothing else, with its lastmod', () => {
    const xml = readFileSync(join(CORPUS, 'sitemap.xml'), 'utf8');
    const parsed = parseSitemap(xml, `${ORIGIN}/sitemap.xml`);
    expect(parsed.kind).toBe('urlset');
    const articles = articleEntries(parsed, ORIGIN);
    const slugs = articles.map((e) => e.url.split('/').pop());
    expect(new Set(slugs)).toEqual(new Set(manifest.articles.map((a) => a.slug)));
    expect(articles).toHaveLength(manifest.articles.length);
    const cancel = articles.find((e) => e.url === `${ORIGIN}/support/annuler-une-demande`);
    expect(cancel?.lastmod).toBe(
      manifest.articles.find((a) => a.slug === 'annuler-une-demande')?.updated,
    );
    expect(parsed.entries.filter((e) => isCategoryUrl(e.url))).toHaveLength(11);
  });

  it('reads a sitemap index, namespaced tags, CDATA and entities', () => {
    const index = parseSitemap(
      `<?xml version="1.0"?><sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sm:sitemap><sm:loc>https://kb.example.org/sitemap-1.xml</sm:loc></sm:sitemap>
        <!-- <sm:sitemap><sm:loc>https://kb.example.org/old.xml</sm:loc></sm:sitemap> -->
        <sm:sitemap><sm:loc><![CDATA[https://kb.example.org/sitemap-2.xml?a=1&b=2]]></sm:loc></sm:sitemap>
      </sm:sitemapindex>`,
      `${ORIGIN}/sitemap.xml`,
    );
    expect(index.kind).toBe('index');
    expect(index.entries.map((e) => e.url)).toEqual([
      `${ORIGIN}/sitemap-1.xml`,
      `${ORIGIN}/sitemap-2.xml?a=1&b=2`,
    ]);
    expect(articleEntries(index, ORIGIN)).toEqual([]);
    const set = parseSitemap(
      `<urlset><url><loc>/support/a-l&#x27;abri?x=1&amp;y=2</loc><lastmod> 2025-01-02 </lastmod></url>
       <url><loc>javascript:alert(1)</loc></url><url><loc>/support/a-l&#x27;abri?x=1&amp;y=2</loc></url></urlset>`,
      `${ORIGIN}/sitemap.xml`,
    );
    expect(set.entries).toEqual([
      { url: `${ORIGIN}/support/a-l'abri?x=1&y=2`, lastmod: '2025-01-02' },
    ]);
  });

  it('keeps other origins, the home page and category pages out', () => {
    expect(isArticleUrl(`${ORIGIN}/support/creer-un-menage`)).toBe(true);
    expect(isArticleUrl(`${ORIGIN}/support`)).toBe(false);
    expect(isArticleUrl(`${ORIGIN}/support/categorie/rgpd`)).toBe(false);
    expect(isArticleUrl(`${ORIGIN}/support/kb-tickets/new`)).toBe(false);
    expect(isArticleUrl(`${ORIGIN}/support/guide.pdf`)).toBe(false);
    const parsed = parseSitemap(
      '<urlset><url><loc>https://other.example/support/x</loc></url></urlset>',
      ORIGIN,
    );
    expect(articleEntries(parsed, ORIGIN)).toEqual([]);
  });

  it('falls back to the article links of a category page', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = readFileSync(join(CORPUS, 'categories/rgpd.html'), 'utf8');
    const links = articleLinksFromCategoryPage(doc, `${ORIGIN}/support/categorie/rgpd`);
    expect(links).toEqual([
      `${ORIGIN}/support/bonnes-pratiques-commentaires-et-captures`,
      `${ORIGIN}/support/droits-des-personnes-accompagnees`,
      `${ORIGIN}/support/durees-de-conservation-et-purge-des-donnees`,
    ]);
  });

  it('on an unknown layout, takes content links but not the navigation', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = `<nav><a href="/kb/tickets">Tickets</a><a href="/kb/nav-article">Nav</a></nav>
      <main><a href="/kb/article-un#x">Un</a><a href="/kb/article-un">Un bis</a><a href="https://x.example/kb/b">B</a></main>`;
    expect(articleLinksFromCategoryPage(doc, `${ORIGIN}/kb/category/x`)).toEqual([
      `${ORIGIN}/kb/article-un`,
    ]);
  });
});
