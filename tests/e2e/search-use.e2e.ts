import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';

const HITS = `document.querySelectorAll('[data-testid="suggestions"] li[data-slug]').length > 0`;

/** Searches in the panel's box and waits for the suggestions of that query (not the last ones). */
async function search(panel: E2EPage, query: string): Promise<void> {
  await panel.fill('#ars-kb-search', query);
  await panel.waitForFunction(
    `document.querySelector('[data-testid="suggestions"] ol')?.dataset.query === ${JSON.stringify(query)} && ${HITS}`,
    10_000,
  );
}

describe.each(BROWSERS)('searches without an answer in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('lists a search left without an opened result, and suggests the article on the knowledge base', async () => {
    const panel = await s.openPanel();
    await panel.evaluate(`browser.runtime.sendMessage({ type: 'refreshKb' })`);
    await panel.goto(`${s.browser.extensionBase}sidepanel.html`).catch(() => undefined);
    await panel.waitFor('#ars-kb-search');

    const unanswered = 'attestation d’hébergement pour la préfecture introuvable';
    await search(panel, unanswered);
    // Another search without opening anything: the first one ends without an answer.
    await search(panel, 'mot de passe oublié');
    // This one is answered: its first suggestion is opened.
    await panel.click('[data-testid="suggestions"] li[data-slug] a');
    // The search learns from it: the query → article pair is stored.
    await panel.waitForFunction(
      `browser.storage.local.get('kbLearned').then((v) => (v.kbLearned?.pairs ?? []).length === 1)`,
      10_000,
    );

    const options = await s.browser.newPage(`${s.browser.extensionBase}options.html`);
    await options.waitForFunction(
      `(document.querySelector('[data-testid="unanswered-list"]')?.textContent ?? '').includes('préfecture')`,
      15_000,
    );
    const listed = await options.text('[data-testid="unanswered-list"]');
    expect(listed).toContain('attestation d’hébergement pour la préfecture introuvable');
    expect(listed).toContain('1 fois');
    expect(listed).not.toMatch(/mot de passe/);

    await options.click('[data-testid="unanswered-list"] li button');
    const form = await s.browser.waitForPage(
      (u) => u.startsWith(`${KB}/support/kb-tickets/new`),
      15_000,
    );
    await form.waitForFunction(
      `(document.querySelector('textarea[name="TICKET.content"]')?.value ?? '').includes('préfecture')`,
      20_000,
    );
    expect(await form.value('textarea[name="TICKET.content"]')).toContain(
      '« attestation d’hébergement pour la préfecture introuvable »',
    );
    expect(await form.value('input[name="TICKET.subject"]')).toMatch(/Suggestion d’article/);
    // Nothing is sent on its own.
    expect(s.server.tickets).toHaveLength(0);
  });
});
