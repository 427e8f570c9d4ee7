import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbUi } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';

describe.each(BROWSERS)('knowledge base in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('crawls the demo knowledge base from its sitemap and suggests the right article for a symptom', async () => {
    const panel = await s.openPanel();
    // Installing the extension starts a crawl; ask for one more and wait for it, as options would.
    const status = await panel.evaluate<{ articleCount: number; errors: unknown[] }>(
      `browser.runtime.sendMessage({ type: 'refreshKb' })`,
    );
    expect(status.articleCount).toBe(58);
    expect(status.errors).toEqual([]);
    await panel.goto(`${s.browser.extensionBase}sidepanel.html`).catch(() => undefined);
    await panel.waitFor('#ars-kb-search');
    await panel.fill(
      '#ars-kb-search',
      'le menage a trouve un logement par lui meme, la demande doit etre arretee',
    );
    await panel.waitForFunction(
      `document.querySelectorAll('[data-testid="suggestions"] li[data-slug]').length > 0`,
      10_000,
    );
    const slugs = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="suggestions"] li[data-slug]')].map((li) => li.dataset.slug)`,
    );
    expect(slugs.slice(0, 3)).toContain('annuler-une-demande');
  });

  it('shows suggestions under the description of the support form', async () => {
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new`);
    await form.waitFor('form.hs-form textarea[name="TICKET.content"]');
    await form.fill(
      'textarea[name="TICKET.content"]',
      'mot de passe oublie, l utilisateur ne peut plus se connecter',
    );
    const titles = await kbUi(s.browser, form).waitForText('ars-suggestions', (t) =>
      t.includes('répondent peut-être'),
    );
    // Closed to the page's scripts: what the référent types and is offered stays ours.
    expect(
      await form.evaluate<boolean>(
        `document.querySelector('#ars-suggestions')?.shadowRoot === null`,
      ),
    ).toBe(true);
    expect(titles.toLowerCase()).toMatch(/mot de passe/);
  });
});
