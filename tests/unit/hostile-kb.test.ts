import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KbIndex } from '../../utils/core/search/kb-index';
import { ParsePagesSchema } from '../../utils/ext/protocol/offscreen';
import { extractArticle, MAX_ARTICLE_CHARS } from '../../utils/sites/kb/extract';
import { fillForm, type FillPlan } from '../../utils/sites/kb/fill';
import {
  describeForm,
  detectForm,
  findFormRoots,
  readFormView,
} from '../../utils/sites/kb/form-view';
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

  // The panel links a suggestion (components/kb/Suggestions.tsx, <a href={hit.sectionUrl}>) to the
  // article's address and copies it into answers: a canonical elsewhere must not become it.
  it('keeps the page address when the canonical is javascript: or on another host', () => {
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
    console.log(
      `[hostile kb] 10 MB: parse ${parsedMs.toFixed(0)} ms, extract ${extractedMs.toFixed(0)} ms, total with index and search ${totalMs.toFixed(0)} ms`,
    );
    expect(pwned()).toEqual([]);
    expect(markupIn(outcome.article.text, doc)).toEqual([]);
    expect(outcome.article.text).not.toMatch(CODE);
    expect(hits.length).toBeGreaterThan(0);
    expect(markupIn(hits.map((h) => h.snippet.text).join(' '), doc)).toEqual([]);
    // Nothing hangs: generous bounds (the figures are printed above; budgets live in the bench).
    expect(extractedMs).toBeLessThan(4_000);
    expect(totalMs).toBeLessThan(20_000);
  }, 30_000);

  it('keeps the beginning of a huge article, up to MAX_ARTICLE_CHARS, so indexing stays small', () => {
    const outcome = extractArticle(parse(tenMegabytes()), URL_OF);
    if (!outcome.ok) throw new Error(outcome.reason);
    const kept = outcome.article.sections.reduce((n, s) => n + s.text.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(kept).toBeGreaterThan(MAX_ARTICLE_CHARS / 2);
    expect(outcome.article.sections[0]?.heading).toBe('Partie 0');
  }, 30_000);

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
  it('is not taken for the support form: nothing would be filled into it', () => {
    const { form } = mountFakeForm();
    expect(describeForm(document)).toMatchObject({ found: false, kind: null });
    expect(detectForm(document)).toBeNull();
    // The same form posting to its own page, or to HubSpot's submission host, is the support form.
    for (const action of [
      '',
      '/support/kb-tickets/new',
      'https://forms-eu1.hsforms.com/submissions/v3/public/submit/formsnext/multipart/1/abc',
    ]) {
      form.setAttribute('action', action);
      expect(detectForm(document)?.root).toBe(form);
    }
    for (const action of [
      'javascript:void(0)',
      'http://forms.hsforms.com/x',
      'https://hsforms.com.attaquant.example/x',
      `${location.protocol}//attaquant.example${location.pathname}`,
    ]) {
      form.setAttribute('action', action);
      expect(detectForm(document)).toBeNull();
    }
  });

  it('is never submitted by the filler, even when the page submits on every keystroke', async () => {
    const { form, submits } = mountFakeForm();
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit');
    const requestSubmit = vi.spyOn(HTMLFormElement.prototype, 'requestSubmit');
    const click = vi.spyOn(HTMLElement.prototype, 'click');
    // Even if it were taken for the support form (it is not, see above), the guard holds.
    const [root] = findFormRoots(document);
    const view = readFormView(root!);
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
