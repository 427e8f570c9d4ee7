import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, KB, SISIAO, startSession, type Session } from './harness/setup';
import type { E2EPage } from './harness/driver';

/** Waits until the panel's field shows a value. */
async function panelShows(panel: E2EPage, field: string, value: string): Promise<void> {
  await panel.waitForFunction(
    `document.querySelector('[data-field="${field}"]')?.textContent.includes(${JSON.stringify(value)})`,
    10_000,
  );
}

describe.each(BROWSERS)('escalation journey in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('follows the SI SIAO, drafts the script with the technical error, fills the form and records the ticket', async () => {
    const sisiao = await s.browser.newPage(`${SISIAO}/demandes`);
    await sisiao.waitFor('table tbody tr');
    const panel = await s.openPanel();
    // A list shows many demandes: no ID is guessed.
    await panel.waitFor('[data-field="menageId"]');
    expect(await panel.text('[data-field="menageId"]')).toContain('non trouvé');

    await sisiao.bringToFront();
    await sisiao.click('a[href="/demandes/7700042"]');
    await sisiao.waitFor('.statut');
    await panelShows(panel, 'demandeId', '7700042');
    await sisiao.click('a[href="/menages/9100018"]');
    await sisiao.waitFor('button[data-tab="pieces"]');
    await panelShows(panel, 'menageId', '9100018');
    expect(await panel.text('[data-field="userEmail"]')).toContain('referente.test@siao-demo.fr');
    expect(await panel.text('[data-field="userProfile"]')).toContain('volet insertion');

    await sisiao.click('button[data-tab="pieces"]');
    await sisiao.click('#save-pieces');
    await sisiao.waitFor('.toast');
    await panel.waitFor('[data-testid="technical-lines"]', 10_000);
    const technical = await panel.text('[data-testid="technical-lines"]');
    expect(technical).toMatch(/HTTP 500 sur PUT \/api\/menages\/9100018\/pieces/);
    const steps = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="steps"] input')].map((i) => i.value)`,
    );
    expect(steps.join('\n')).toMatch(/fiche ménage ID 9100018/);
    expect(steps.join('\n')).toMatch(/Pièces justificatives/);

    await panel.bringToFront();
    await panel.fill(
      '#ars-summary',
      "Impossible d'enregistrer les pièces justificatives du ménage",
    );
    await panel.fill(
      '#ars-description',
      'Le bouton « Enregistrer les pièces justificatives » affiche une erreur technique à chaque essai, depuis ce matin.',
    );
    await panel.fill(
      '#ars-expected',
      'Les pièces justificatives sont enregistrées dans la fiche ménage.',
    );
    await panel.fill(
      '#ars-obtained',
      'Un message « Une erreur technique est survenue » s’affiche et rien n’est enregistré.',
    );
    await panel.waitFor('[data-testid="motif-proposal"] button');
    await panel.click('[data-testid="motif-proposal"] button');
    await panel.waitForFunction(`!document.querySelector('#ars-prepare')?.disabled`, 10_000);
    await panel.click('#ars-prepare');

    const form = await s.browser.waitForPage(
      (u) => u.startsWith(`${KB}/support/kb-tickets/new`),
      15_000,
    );
    await form.waitForFunction(`document.querySelectorAll('.ars-filled').length >= 5`, 20_000);
    expect(await form.value('input[name="email"]')).toBe('referente.test@siao-demo.fr');
    expect(await form.value('input[name="TICKET.subject"]')).toContain('pièces justificatives');
    const content = await form.value('textarea[name="TICKET.content"]');
    expect(content).toContain('ID ménage 9100018');
    expect(content).toMatch(/HTTP 500 sur PUT/);
    expect(
      await form.evaluate<string>(
        `document.querySelector('select[name="TICKET.thematique"]').selectedOptions[0].textContent`,
      ),
    ).toMatch(/Assistance technique/);
    expect(
      await form.evaluate<string>(`document.querySelector('select[name="TICKET.motif"]').value`),
    ).not.toBe('');
    // Nothing was sent on its own.
    expect(s.server.tickets).toHaveLength(0);

    await form.click('form.hs-form [type="submit"]');
    await form.waitForFunction(
      `/\\d{5}/.test(document.body.innerText) && /ticket/i.test(document.body.innerText)`,
      15_000,
    );
    expect(s.server.tickets).toHaveLength(1);
    const number = s.server.tickets[0]?.number ?? '';
    // The panel forgets the sent draft, and the history now blocks the same problem.
    await panel.bringToFront();
    // One wait for the block and its ticket together: the panel re-renders the box as the history
    // arrives, and a separate read after the wait once found it between two renders (Firefox).
    await panel.waitForFunction(
      `(document.querySelector('[data-testid="duplicate"][data-verdict="block"]')?.textContent ?? '').includes(${JSON.stringify(number)})`,
      15_000,
    );
    expect(await panel.evaluate<boolean>(`!document.querySelector('#ars-prepare')`)).toBe(true);
  });
});
