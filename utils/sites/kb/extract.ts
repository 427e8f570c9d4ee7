import { Readability } from '@mozilla/readability';
import { KbArticleSchema, type KbArticle, type KbSection } from '../../core/search/article';
import { fold } from '../../core/text/french';

export { KbArticleSchema, type KbArticle, type KbSection };

/**
 * Page furniture removed before extraction: site navigation, breadcrumb (read separately), related
 * articles, feedback and « Suggérer une modification » widgets, forms. The demo's classes first,
 * then the ones HubSpot knowledge-base templates use, then generic ones.
 */
export const BOILERPLATE = [
  'script, style, noscript, template, iframe, form, button, nav, header, footer, aside',
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]',
  '.kb-related, .kb-suggest, .kb-article-meta, .kb-article-summary, [class*="article__meta"]',
  '[class*="breadcrumb"], [class*="related"], [class*="feedback"], [class*="sidebar"]',
  '[class*="kb-widget"], [class*="social"], [class*="share"], [class*="subscribe"]',
].join(', ');
/** Title, breadcrumb and summary: the demo's classes, then HubSpot's, then generic. */
export const TITLE = 'article h1, main h1, .kb-article__title, h1';
export const BREADCRUMB_ITEMS =
  'nav[aria-label*="Ariane" i] li, .kb-breadcrumb li, [class*="breadcrumb"] li, [class*="breadcrumb"] a';
export const SUMMARY = '.kb-article-summary, .kb-article__subtitle, [class*="article-summary"]';

/** Widget text that must never end up in the index, whatever element holds it. */
const WIDGET_TEXT =
  /sugg[eé]rer une (?:modification|cr[eé]ation)|cet article (?:vous )?a-t-il [eé]t[eé] utile/i;
/** Sections that are lists of other articles, not content. */
const LINK_SECTIONS =
  /^(?:articles? (?:associ[eé]s|li[eé]s|connexes|similaires)|voir aussi|[àa] lire aussi)$/i;
const HEADING = /^H[2-4]$/;
const BLOCK = /^(?:P|DIV|LI|TR|TD|TH|BR|UL|OL|TABLE|BLOCKQUOTE|PRE|SECTION|DT|DD|FIGCAPTION)$/;

/** Outcome of reading one page: the article, or why it could not be read (for the options page). */
export type ExtractOutcome = { ok: true; article: KbArticle } | { ok: false; reason: string };

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** A URL fragment for a heading without id: folded, dashed. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

function meta(doc: Document, name: string): string {
  const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  return squash(el?.getAttribute('content'));
}

function isoDate(text: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const fr = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  return fr ? `${fr[3]}-${(fr[2] ?? '').padStart(2, '0')}-${(fr[1] ?? '').padStart(2, '0')}` : null;
}

function readUpdated(doc: Document): string | null {
  return (
    isoDate(meta(doc, 'kb:updated')) ??
    isoDate(meta(doc, 'article:modified_time')) ??
    isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '') ??
    isoDate(/mis à jour le ([\d/]+)/i.exec(doc.body?.textContent ?? '')?.[1] ?? '')
  );
}

function readBreadcrumb(doc: Document): string[] {
  const items = Array.from(doc.querySelectorAll(BREADCRUMB_ITEMS)).map((el) =>
    squash(el.textContent),
  );
  return items.filter((t, i) => t && items.indexOf(t) === i);
}

function readCategory(doc: Document, breadcrumb: readonly string[], pageUrl: string): string {
  const declared = meta(doc, 'kb:category');
  if (declared) return declared;
  for (const a of Array.from(
    doc.querySelectorAll<HTMLAnchorElement>('[class*="breadcrumb"] a[href], nav a[href]'),
  )) {
    const m = /\/(?:categorie|categories|category)\/([^/?#]+)/i.exec(
      new URL(a.getAttribute('href') ?? '', pageUrl).pathname,
    );
    if (m && a.closest('[class*="breadcrumb"], nav[aria-label*="Ariane" i]')) return m[1] ?? '';
  }
  return breadcrumb.length >= 3 ? slugify(breadcrumb[breadcrumb.length - 2] ?? '') : '';
}

function removeBoilerplate(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(BOILERPLATE))) el.remove();
  // Elements that hold little more than the widget label: an article may mention the button in
  // a sentence of its own (« Utilisez le bouton « Suggérer une modification… » en bas de page »).
  for (const el of Array.from(root.querySelectorAll('a, p, div, span, li'))) {
    // A widget is a leaf or nearly: skipping containers keeps this linear on a huge page.
    if (el.childElementCount > 4) continue;
    const text = squash(el.textContent);
    if (text.length < 80 && WIDGET_TEXT.test(text)) el.remove();
  }
}

/**
 * Most text kept from one article (characters). The longest real article of the corpus is about
 * 12,000; a page far beyond is not an article to suggest, and indexing 10 MB would take seconds
 * of the referent's browser. The beginning is kept, the rest dropped.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Splits content into sections at h2–h4, keeping heading ids as anchors, up to `maxChars`. */
export function splitSections(root: Element, maxChars = MAX_ARTICLE_CHARS): KbSection[] {
  const sections: KbSection[] = [];
  let current: KbSection = { heading: '', anchor: '', text: '' };
  const parts: string[] = [];
  let budget = maxChars;
  const flush = (): void => {
    current.text = squash(parts.join(' '));
    parts.length = 0;
    if (current.text || current.heading) sections.push(current);
  };
  const walk = (node: Node): void => {
    if (budget <= 0) return;
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').slice(0, budget);
      budget -= text.length;
      parts.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (HEADING.test(el.tagName)) {
      flush();
      const heading = squash(el.textContent);
      current = { heading, anchor: el.id || slugify(heading), text: '' };
      return;
    }
    for (const child of Array.from(el.childNodes)) walk(child);
    if (BLOCK.test(el.tagName)) parts.push('\n');
  };
  walk(root);
  flush();
  return sections.filter((s) => s.text && !LINK_SECTIONS.test(s.heading));
}

/** Article bodies of the known layouts: the demo's, HubSpot's, schema.org's. */
export const ARTICLE_BODY = '.kb-article, .kb-article__body, [itemprop="articleBody"], article';

/**
 * The element holding the article body. A known container is used as is: Readability drops a
 * first heading that resembles the title (« Les tutoriels vidéo » under « Tutoriels vidéo et
 * webinaires »), which would lose a section. Other layouts go through Readability, whose output
 * is parsed in an inert document so nothing in it can load or run.
 */
function contentRoot(clone: Document): Element | null {
  const known = clone.querySelector(ARTICLE_BODY);
  if (known && squash(known.textContent).length > 80) return known;
  const parsed = new Readability(clone.cloneNode(true) as Document, { keepClasses: false }).parse();
  if (parsed?.content && squash(parsed.textContent).length > 80) {
    const inert = clone.implementation.createHTMLDocument('');
    inert.body.innerHTML = parsed.content;
    return inert.body;
  }
  return clone.querySelector('main') ?? clone.body;
}

/**
 * The article's address: the canonical link when it stays on the page's own origin, else the page
 * address. A canonical on another host or with another scheme (`javascript:`) would otherwise
 * become the link of a suggestion.
 */
function articleUrl(doc: Document, pageUrl: string): URL {
  const page = new URL(pageUrl);
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let url = page;
  if (href) {
    try {
      const canonical = new URL(href, page);
      if (canonical.origin === page.origin) url = canonical;
    } catch {
      /* an unreadable canonical: the page address stands */
    }
  }
  url = new URL(url.href);
  url.hash = '';
  return url;
}

/**
 * Extracts a knowledge-base article from its page. Reads title, category, breadcrumb, summary and
 * date from the page's own structure, and the body through @mozilla/readability on a clone (the
 * page itself is never modified). Never throws: an unreadable page gives `{ ok: false, reason }`.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractOutcome {
  try {
    const url = articleUrl(doc, pageUrl);
    const slug = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
    const breadcrumb = readBreadcrumb(doc);
    const title =
      squash(doc.querySelector(TITLE)?.textContent) ||
      meta(doc, 'og:title') ||
      squash(doc.title.split(' | ')[0]);
    const summary = meta(doc, 'description') || squash(doc.querySelector(SUMMARY)?.textContent);
    const clone = doc.cloneNode(true) as Document;
    removeBoilerplate(clone);
    for (const h1 of Array.from(clone.querySelectorAll('h1'))) h1.remove();
    const root = contentRoot(clone);
    const sections = root ? splitSections(root) : [];
    if (sections.length === 0) return { ok: false, reason: 'aucun contenu lisible' };
    const article = KbArticleSchema.parse({
      slug,
      url: url.href,
      title,
      category: readCategory(doc, breadcrumb, url.href),
      breadcrumb,
      summary,
      updated: readUpdated(doc),
      sections,
      text: sections.map((s) => (s.heading ? `${s.heading}\n${s.text}` : s.text)).join('\n\n'),
    });
    return { ok: true, article };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
