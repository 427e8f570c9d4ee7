import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, KB, SISIAO, startSession, type Session } from './harness/setup';

describe.each(BROWSERS)('escalation flow in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('detects the ménage on the SI SIAO and fills the support form, without submitting', async () => {
    const sisiao = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await sisiao.waitFor('dl.ident');
    const panel = await s.openPanel();
    await panel.waitFor('[data-field="menageId"]');
    await panel.waitForFunction(`document.querySelector('[data-field="menageId"]')?.textContent.includes('9100018')`);
    expect(await panel.text('[data-field="userEmail"]')).toContain('referente.test@siao-demo.fr');
    expect(await panel.text('[data-field="userProfile"]')).toContain('volet insertion');

    await panel.fill('#ars-summary', 'Impossible d\'enregistrer les pièces justificatives');
    await panel.click('#ars-prepare');
    const form = await s.browser.waitForPage((u) => u.startsWith(`${KB}/support/kb-tickets/new`), 15_000);
    await form.waitFor('form.hs-form input[name="email"]', 15_000);
    await form.waitForFunction(`document.querySelector('input[name="TICKET.subject"]')?.value.length > 0`, 15_000);
    expect(await form.value('input[name="email"]')).toBe('referente.test@siao-demo.fr');
    expect(await form.value('input[name="TICKET.subject"]')).toContain('pièces justificatives');
    expect(await form.value('textarea[name="TICKET.content"]')).toContain('9100018');
    // Never submitted on its own: the demo server has no ticket.
    expect(s.server.tickets).toHaveLength(0);
  });
});
