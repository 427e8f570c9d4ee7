import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KbArticle } from '../../utils/core/search/article';
import { extractArticle, slugify } from '../../utils/sites/kb/extract';
import { loadCorpus } from '../tools/kb-eval';

const CORPUS = join(process.cwd(), 'tests/demo/kb-corpus');
type ManifestArticle = {
  slug: string;
  title: string;
  category: string;
  updated: string;
  summary: string;
  file: string;
};
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as {
  articles: ManifestArticle[];
};

/** Text that belongs to the page furniture, never to an article. */
const BOILERPLATE = ['Articles associés', 'Plateforme numérique', 'Base de connaissances SI SIAO'];

function headingsOf(file: string): string[] {
  const html = readFileSync(join(CORPUS, file), 'utf8');
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return [...article.matchAll(/<h[2-4][^>]*>([^<]*)<\/h[2-4]>/g)].map((m) =>
    (m[1] ?? '').replace(/&#x27;/g, "'"),
  );
}

describe('article extraction on the shared corpus', () => {
  let articles: KbArticle[] = [];
  beforeAll(async () => {
    articles = await loadCorpus(CORPUS);
  }, 60_000);

  it('reads title, category, date and summary from the page of every article', () => {
    expect(articles).toHaveLength(manifest.articles.length);
    for (const m of manifest.articles) {
      const a = articles.find((x) => x.slug === m.slug);
      expect(a, m.slug).toBeDefined();
      expect(a?.title).toBe(m.title);
      expect(a?.category).toBe(m.category);
      expect(a?.updated).toBe(m.updated);
      expect(a?.summary).toBe(m.summary);
      expect(a?.breadcrumb.at(-1)).toBe(m.title);
    }
  });

  it('cuts sections at the headings, in order, without the related-articles list', () => {
    for (const m of manifest.articles) {
      const a = articles.find((x) => x.slug === m.slug);
      const expected = headingsOf(m.file).filter((h) => h !== 'Articles associés');
      expect(a?.sections.map((s) => s.heading).filter(Boolean), m.slug).toEqual(expected);
      for (const s of a?.sections ?? []) {
        expect(s.text.length, `${m.slug} › ${s.heading}`).toBeGreaterThan(20);
        if (s.heading) expect(s.anchor).toBe(slugify(s.heading));
      }
    }
  });

  it('keeps no navigation, footer, related articles or « Suggérer une modification » text', () => {
    for (const a of articles) {
      for (const bad of BOILERPLATE) expect(a.text, `${a.slug}: ${bad}`).not.toContain(bad);
      // The button goes; an article may still mention it in its own text (a note on errors).
      const source = readFileSync(join(CORPUS, `articles/${a.slug}.html`), 'utf8');
      const body = source.slice(
        source.indexOf('<article'),
        source.indexOf('<div class="kb-suggest">'),
      );
      const label = "Suggérer une modification/création d'article";
      expect(a.text.split(label).length, a.slug).toBe(
        body.replace(/&#x27;/g, "'").split(label).length,
      );
      // The header navigation lists every category in a row.
      expect(a.text).not.toContain('Gestion des ménages Communications Dihal');
      expect(a.text).not.toContain('Mis à jour le');
      expect(a.text.startsWith('Base de connaissances')).toBe(false);
    }
  });

  it('keeps body content such as tables and notes', () => {
    const cancel = articles.find((a) => a.slug === 'annuler-une-demande');
    expect(cancel?.text).toContain('Solution trouvée hors SIAO');
    expect(cancel?.text).toContain("n'est visible que pour le prescripteur");
  });
});

describe('article extraction on another layout', () => {
  const page = `<!doctype html><html><head><title>Exporter ses données | Aide</title>
    <meta name="description" content="Comment exporter."></head><body>
    <header><nav><a href="/kb/categories/donnees">Données</a></nav></header>
    <div class="hs-kb-breadcrumb-container"><ol class="kb-breadcrumbs">
      <li><a href="/kb">Aide</a></li><li><a href="/kb/categories/donnees-et-export">Données et export</a></li>
      <li>Exporter ses données</li></ol></div>
    <div class="kb-article-wrapper"><div class="kb-article">
      <h1 class="kb-article__title">Exporter ses données</h1>
      <p class="kb-article__meta"><time datetime="2024-03-05T10:00:00Z">5 mars 2024</time></p>
      <p>Vous pouvez exporter les données de vos dossiers au format tableur depuis le menu dédié,
      à condition de disposer du profil adéquat et des droits sur le périmètre concerné.</p>
      <h2 id="etapes-export">Les étapes</h2>
      <p>Ouvrez le menu, choisissez la période, puis lancez l'export et attendez le courriel de
      confirmation qui contient le lien de téléchargement valable sept jours.</p>
      <h3>Cas particuliers</h3>
      <p>Un export vide signifie en général que les filtres cumulés ne laissent passer aucune ligne
      sur la période choisie ; élargissez la période ou retirez un filtre.</p>
      <div class="kb-article-feedback"><p>Cet article a-t-il été utile ?</p><button>Oui</button></div>
      <a class="suggest" href="/kb/suggest">Suggérer une modification/création d'article</a>
    </div></div>
    <aside class="kb-related-articles"><h3>Articles similaires</h3><a href="/kb/x">X</a></aside>
    <footer>© Aide</footer></body></html>`;

  it('falls back on breadcrumb, time element and readability content', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.innerHTML = page.replace(/^<!doctype html><html>|<\/html>$/g, '');
    const out = extractArticle(
      doc,
      'https://help.example.org/kb/donnees-et-export/exporter-ses-donnees#top',
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const a = out.article;
    expect(a.slug).toBe('exporter-ses-donnees');
    expect(a.url).toBe('https://help.example.org/kb/donnees-et-export/exporter-ses-donnees');
    expect(a.title).toBe('Exporter ses données');
    expect(a.category).toBe('donnees-et-export');
    expect(a.updated).toBe('2024-03-05');
    expect(a.summary).toBe('Comment exporter.');
    expect(a.sections.map((s) => [s.heading, s.anchor])).toEqual([
      ['', ''],
      ['Les étapes', 'etapes-export'],
      ['Cas particuliers', 'cas-particuliers'],
    ]);
    expect(a.text, a.text).not.toMatch(/utile|Suggérer|similaires|©|5 mars/);
  });

  it('reports a page without content instead of throwing', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<nav><a href="/">Accueil</a></nav>';
    expect(extractArticle(doc, 'https://help.example.org/kb/vide')).toEqual({
      ok: false,
      reason: expect.any(String),
    });
  });
});
