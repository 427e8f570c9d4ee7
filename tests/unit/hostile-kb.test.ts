import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KbIndex } from '../../utils/core/search/kb-index';
import { ParsePagesSchema } from '../../utils/ext/kb-parse';
import { extractArticle } from '../../utils/sites/kb/extract';
import { fillForm, type FillPlan } from '../../utils/sites/kb/fill';
import { describeForm, detectForm } from '../../utils/sites/kb/form-view';
import { tenMegabytes } from '../fixtures/hostile/big';

/**
 * Issue 11, « Hostile input », on the knowledge-base side: malicious article pages go through the
 * indexer as the extension reads them (DOMParser, as utils/ext/kb-parse.ts does), and a look-alike
 * support form posting elsewhere goes through the form adapter. Nothing runs, nothing hangs, no
 * markup comes out, nothing is submitted.
 */

// Paths, not URLs: happy-dom replaces the global URL, which node:fs then refuses.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
const hostile = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const URL_OF = 'http://localhost:4320/support/enregistrer-une-demande';

type Pwned = { __arsPwned?: unknown[] };
const pwned = (): unknown[] => (globalThis as Pwned).__arsPwned ?? [];
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const TAG = /<\/?[a-z][^<>]*>/gi;
/**
 * Tag-like strings in `text` that the page does not show as text. « &lt;img …&gt; » in the page is
 * text a person reads and stays; a real element (an <img>, a <script>'s source) must not come out
 * as a tag.
 */
function markupIn(text: string, doc: Document): string[] {
  const shown = doc.cloneNode(true) as Document;
  for (const el of shown.querySelectorAll('script, style, template, noscript')) el.remove();
  const allowed = new Set(`${shown.title} ${shown.body.textContent}`.match(TAG) ?? []);
  for (const m of shown.querySelectorAll('meta[content]'))
    for (const t of m.getAttribute('content')?.match(TAG) ?? []) allowed.add(t);
  return [...new Set(text.match(TAG) ?? [])].filter((t) => !allowed.has(t));
}
/** Payloads that were elements or attributes in the page: their code must never be text. */
const CODE =
  /body-script|head-script|img-onerror|svg-onload|body-onload|'object'|'embed'|srcdoc|'crumb'|'canonical'|big-img|collect/;

afterEach(() => {
  delete (globalThis as Pwned).__arsPwned;
  document.body.innerHTML = '';
});

describe('malicious knowledge-base articles through the indexer', () => {
  it('extracts plain text only, from the article, and runs nothing', async () => {
    const doc = parse(hostile('kb-article.html'));
    const outcome = extractArticle(doc, URL_OF);
    await new Promise((r) => setTimeout(r, 50)); // let any handler that could fire, fire
    expect(pwned()).toEqual([]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const a = outcome.article;
    const all = [
      a.title,
      a.summary,
      a.text,
      ...a.breadcrumb,
      ...a.sections.flatMap((s) => [s.heading, s.text]),
    ].join('\n');
    expect(markupIn(all, doc)).toEqual([]);
    expect(all).not.toMatch(CODE);
    // What looked like markup in the page's text is still there, as text.
    expect(a.text).toContain('<iframe src="https://attaquant.example">');
    // Scripts, forms and the footer widget are furniture, not content.
    expect(a.text).not.toMatch(/__arsPwned\)\.push\('body-script'\)|collect|Suggérer/);
    // A heading id made to break out of an attribute stays data: it is URL-encoded in links.
    const trap = a.sections.find((x) => x.anchor.includes('onmouseover'));
    expect(trap).toBeDefined();
    for (const hit of KbIndex.build([a]).search('pièces justificatives manquantes'))
      expect(hit.sectionUrl).not.toMatch(/["<> ]/);
  });

  it('gives plain-text snippets that point into the article, never elsewhere', () => {
    const doc = parse(hostile('kb-article.html'));
    const outcome = extractArticle(doc, URL_OF);
    if (!outcome.ok) throw new Error(outcome.reason);
    const index = KbIndex.build([outcome.article]);
    const hits = [
      ...index.search('erreur technique enregistrement'),
      ...index.search('pièce justificative manquante'),
      ...index.search('iframe attaquant'),
    ];
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(markupIn(hit.snippet.text, doc)).toEqual([]);
      expect(hit.snippet.text).not.toMatch(CODE);
      expect(hit.sectionUrl.startsWith(`${outcome.article.url.split('#')[0]}`)).toBe(true);
      for (const [start, end] of hit.snippet.highlights) {
        expect(0 <= start && start < end && end <= hit.snippet.text.length).toBe(true);
      }
    }
  });

  // KNOWN BUG (reported, issue 11): extract.ts takes `link[rel=canonical]` as the article's address
  // whatever its scheme or host, and KbArticleSchema's z.string().url() accepts `javascript:`. The
  // panel then links a suggestion (components/kb/Suggestions.tsx, <a href={hit.sectionUrl}>) to
  // that address, and copies it into answers. `it.fails` until fixed: then turn it into `it`.
  it.fails('keeps the page address when the canonical is javascript: or on another host', () => {
    for (const canonical of [
      "javascript:(window.__arsPwned=window.__arsPwned||[]).push('canonical')",
      'https://attaquant.example/support/enregistrer-une-demande',
    ]) {
      const doc = parse(hostile('kb-article.html'));
      doc.querySelector('link[rel="canonical"]')!.setAttribute('href', canonical);
      const outcome = extractArticle(doc, URL_OF);
      if (!outcome.ok) throw new Error(outcome.reason);
      expect(new URL(outcome.article.url).origin).toBe(new URL(URL_OF).origin);
      for (const hit of KbIndex.build([outcome.article]).search('erreur technique'))
        expect(new URL(hit.sectionUrl).origin).toBe(new URL(URL_OF).origin);
    }
  });

  /** Extraction plus indexing of the 10 MB article, measured once (it takes seconds). */
  let bigMs: number | null = null;

  it('reads 10 MB of article in bounded time and runs nothing', () => {
    const html = tenMegabytes();
    expect(html.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const started = performance.now();
    const doc = parse(html);
    const parsedMs = performance.now() - started;
    const outcome = extractArticle(doc, URL_OF);
    const extractedMs = performance.now() - started - parsedMs;
    if (!outcome.ok) throw new Error(outcome.reason);
    const index = KbIndex.build([outcome.article]);
    const hits = index.search('orientation pièces justificatives');
    const totalMs = performance.now() - started;
    bigMs = totalMs - parsedMs;
    console.log(
      `[hostile kb] 10 MB: parse ${parsedMs.toFixed(0)} ms, extract ${extractedMs.toFixed(0)} ms, total with index and search ${totalMs.toFixed(0)} ms`,
    );
    expect(pwned()).toEqual([]);
    expect(markupIn(outcome.article.text, doc)).toEqual([]);
    expect(outcome.article.text).not.toMatch(CODE);
    expect(hits.length).toBeGreaterThan(0);
    expect(markupIn(hits.map((h) => h.snippet.text).join(' '), doc)).toEqual([]);
    // Nothing hangs. The 2 s budget is held by extraction alone (about 1.4 s here); indexing the
    // 10 MB takes about 4.4 s more: see the next test.
    expect(extractedMs).toBeLessThan(4_000);
    expect(totalMs).toBeLessThan(20_000);
  }, 30_000);

  // KNOWN GAP (reported, issue 11): nothing caps an article's size. The KB content script extracts
  // any article page it is shown (entrypoints/kb.content/article.ts, no limit) and the background
  // indexes it; KbIndex.build spends about 4.4 s on 10 MB. `it.fails` until a cap lands.
  it.fails('extracts and indexes a 10 MB article within 2 s', () => {
    expect(bigMs).not.toBeNull();
    expect(bigMs).toBeLessThan(2_000);
  });

  it('refuses a page over 5 MB at the offscreen boundary, before any parsing', () => {
    const request = {
      type: 'parsePages',
      target: 'offscreen',
      mode: 'articles',
      pages: [{ url: URL_OF, html: tenMegabytes() }],
    };
    expect(ParsePagesSchema.safeParse(request).success).toBe(false);
  });
});

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: '[SI SIAO] Erreur à l’enregistrement – ménage 9100018',
  description: 'Ménage 9100018 : la pièce justificative ne s’enregistre pas.',
};

function mountFakeForm(): { form: HTMLFormElement; submits: boolean[] } {
  const html = hostile('kb-fake-form.html');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const form = document.querySelector<HTMLFormElement>('#hostile-form')!;
  // What the page's own scripts do in a browser (happy-dom does not run them): submit as soon as
  // anything changes. The filler's guard must cancel every one of these.
  const submit = () => form.requestSubmit();
  form.addEventListener('input', submit);
  form.addEventListener('change', submit);
  const submits: boolean[] = [];
  // Bubbling, at the window: after the filler's capture-phase guard has had its say.
  window.addEventListener('submit', (e) => submits.push(e.defaultPrevented));
  return { form, submits };
}

describe('a look-alike support form posting elsewhere', () => {
  it('is read like any form (the origin gate is the manifest, see tests/build/kb-content-origin)', () => {
    mountFakeForm();
    const description = describeForm(document);
    expect(description).toMatchObject({ found: true, kind: 'generic' });
  });

  it('is never submitted by the filler, even when the page submits on every keystroke', async () => {
    const { form, submits } = mountFakeForm();
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit');
    const requestSubmit = vi.spyOn(HTMLFormElement.prototype, 'requestSubmit');
    const click = vi.spyOn(HTMLElement.prototype, 'click');
    const view = detectForm(document)!;
    const report = await fillForm(view, PLAN, { timeoutMs: 200 });
    expect(report.filled).toEqual(expect.arrayContaining(['email', 'subject', 'description']));
    // The filler itself never submits nor clicks...
    expect(submit).not.toHaveBeenCalled();
    expect(click).not.toHaveBeenCalled();
    // ...and every submission the page attempted while it filled was cancelled.
    expect(requestSubmit.mock.calls.length).toBe(submits.length);
    expect(submits.length).toBeGreaterThan(0);
    expect(submits.every((prevented) => prevented)).toBe(true);
    expect(form.querySelector('textarea')!.value).toBe(PLAN.description);
    expect(pwned()).toEqual([]);
  });
});
