import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { panelIsClean, TRAPS } from './harness/hostile';
import { kbUi } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';

/**
 * Issue 11, « Hostile input », on the knowledge-base side: a malicious article goes through the
 * extension's indexer and into the panel's suggestions; a look-alike support form posting to
 * another host meets a prepared escalation. Nothing of the pages runs in the extension, no link
 * leaves the knowledge base, and the look-alike receives nothing.
 */
const HOSTILE = path.resolve('tests/fixtures/hostile');
const ARTICLE_PATH = '/support/enregistrer-une-demande-piege';
const FORM_PATH = '/support/kb-tickets/new?variant=piege';
// The article's meta refresh would take the tab to an unreachable host before it is read: that is
// the page leaving, not the extension's business. Everything else is served as is.
const article = readFileSync(path.join(HOSTILE, 'kb-article.html'), 'utf8').replace(
  /<meta http-equiv="refresh"[^>]*>/,
  '',
);
const fakeForm = readFileSync(path.join(HOSTILE, 'kb-fake-form.html'), 'utf8');

const suggestedSlugs = (panel: E2EPage) =>
  panel.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid="suggestions"] li[data-slug]')].map((li) => li.dataset.slug)`,
  );

describe.each(BROWSERS)('hostile knowledge-base pages in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
    s.server.kbPages.set(ARTICLE_PATH, article);
    s.server.kbPages.set(FORM_PATH, fakeForm);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('indexes a malicious article as text: nothing runs in the panel, its links stay on the knowledge base', async () => {
    const panel = await s.openPanel();
    await panel.evaluate(TRAPS);
    // Installing the extension starts a crawl of the sitemap, still running now (in Firefox at
    // least): the article read meanwhile must survive the crawl's end.
    const page = await s.browser.newPage(`${KB}${ARTICLE_PATH}`);
    await page.waitFor('article h1');
    await panel.bringToFront();
    await panel.waitFor('#ars-kb-search');
    // Indexing the visited article is asynchronous: type again until it is suggested.
    const query = 'erreur technique à l’enregistrement de la demande, pièces justificatives';
    const deadline = Date.now() + 15_000;
    let slugs: string[] = [];
    while (Date.now() < deadline) {
      await panel.fill('#ars-kb-search', '');
      await panel.fill('#ars-kb-search', query);
      await new Promise((r) => setTimeout(r, 500));
      slugs = await suggestedSlugs(panel);
      if (slugs.includes('enregistrer-une-demande-piege')) break;
    }
    expect(slugs).toContain('enregistrer-une-demande-piege');

    const links = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="suggestions"] a[href]')].map((a) => a.href)`,
    );
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(new URL(href).origin).toBe(KB);
    const shown = await panel.evaluate<string>(
      `document.querySelector('[data-testid="suggestions"]').textContent`,
    );
    // The article's escaped markup is shown as the text it is, and runs nowhere.
    expect(shown).toContain('Enregistrer une demande');
    await panelIsClean(panel);
    await panel.close();
    await page.close();
  });

  it('leaves a look-alike support form posting elsewhere empty, and says the form was not recognised', async () => {
    const panel = await s.openPanel();
    await panel.evaluate(`browser.storage.local.set({ pendingFill: {
      version: 1, createdAt: Date.now(), draftKey: 'menage:9100018', label: 'Ménage 9100018', email: 'referente.test@siao-demo.fr',
      subject: 'Objet confidentiel', description: 'Description confidentielle du ménage 9100018', thematique: null, motif: null,
      sousMotif: null, screenshotIds: [], ids: { menageId: '9100018', personneId: null, demandeId: null } } })`);
    const form = await s.browser.newPage(`${KB}${FORM_PATH}`);
    await form.waitFor('#hostile-form');
    await kbUi(s.browser, form).waitForText(
      'ars-banner',
      (t) => t.includes('pas été reconnu'),
      15_000,
    );
    const values = await form.evaluate<{ fields: string[]; pwned: string[] }>(`({
      fields: ['#email', '#subject', '#content'].map((s) => document.querySelector(s).value),
      pwned: window.__arsPwned ?? [],
    })`);
    expect(values).toEqual({ fields: ['', '', ''], pwned: [] });
    // The escalation is still waiting for the real form: nothing was consumed by the look-alike.
    const pending = await panel.evaluate<unknown>(
      `browser.storage.local.get('pendingFill').then((r) => r.pendingFill?.subject ?? null)`,
    );
    expect(pending).toBe('Objet confidentiel');
  });
});
