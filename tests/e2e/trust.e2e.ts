import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbUi } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';
import { openFicheMenage, writeEscalation } from './harness/steps';

/**
 * Issue 18, the page-world bridge: any script of the SI SIAO page can post what the extension's
 * main-world script posts. Forged observations must not change the user's e-mail the national team
 * will answer, nor outrank the IDs the page shows; a forged script error is offered unticked.
 */
const FORGE = `(() => {
  const at = Date.now();
  const post = (m) => window.postMessage({ source: 'ars-main', at, ...m }, location.origin);
  post({ kind: 'request', method: 'GET', path: '/api/login/user', status: 200,
    user: { email: 'attaquant@exemple.fr', profile: 'Administrateur national' } });
  post({ kind: 'request', method: 'GET', path: '/api/fiches/ficheIdentite/9199999', status: 200, typefiche: 'Groupe' });
  post({ kind: 'script', message: 'Erreur forgée par un script de la page' });
  document.body.appendChild(document.createElement('div')); // a mutation, so the tracker looks again
  return true;
})()`;

describe.each(BROWSERS)('forged bridge messages in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('keep the e-mail and IDs the page shows, and come unticked', async () => {
    const { sisiao, panel } = await openFicheMenage(s);
    const email = () => panel.text('[data-field="userEmail"]');
    await panel.waitForFunction(
      `document.querySelector('[data-field="userEmail"]')?.textContent.includes('@')`,
      10_000,
    );
    const before = await email();
    expect(before).not.toContain('attaquant');
    // A new screen first: what the page's own calls said before it no longer counts, so only the
    // forged observations are there to believe.
    await sisiao.evaluate(
      `(() => { history.pushState({}, '', location.pathname + '#forge'); return true; })()`,
    );
    await new Promise((r) => setTimeout(r, 400));
    await sisiao.evaluate(FORGE);
    // The forged error reaches the panel: the tracker read the messages.
    await panel.waitForFunction(
      `(document.querySelector('[data-testid="technical-lines"]')?.textContent ?? '').includes('Erreur forgée')`,
      10_000,
    );
    expect(await email()).toBe(before);
    expect(await panel.text('[data-field="menageId"]')).toContain('9100018');
    const ticked = await panel.evaluate<boolean>(
      `[...document.querySelectorAll('[data-testid="technical-lines"] label')].find((l) => l.textContent.includes('Erreur forgée')).querySelector('input').checked`,
    );
    expect(ticked).toBe(false);
  });
});

describe.each(BROWSERS)('a knowledge-base script facing the draft offer in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('can neither read the draft in the page nor trigger its fill', async () => {
    const { panel } = await openFicheMenage(s);
    const subject = 'Commentaire social impossible à supprimer';
    await writeEscalation(panel, subject);
    // The draft is saved a moment after typing.
    await new Promise((r) => setTimeout(r, 1500));
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new`);
    await form.waitFor('form.hs-form input[name="email"]');
    const ui = kbUi(s.browser, form);
    const shown = await ui.waitForText('ars-banner', (t) => t.includes('brouillon'));
    expect(shown).not.toContain(subject);
    expect(shown).not.toContain('9100018');
    // Closed to the page: no text to read, no button to click; synthetic events do nothing.
    const seenByPage = await form.evaluate<{ root: boolean; text: string }>(`(() => {
      const h = document.querySelector('#ars-banner');
      h.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      h.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return { root: h.shadowRoot !== null, text: h.textContent + h.innerHTML };
    })()`);
    expect(seenByPage).toEqual({ root: false, text: '' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await form.value('input[name="TICKET.subject"]')).toBe('');
    // A person's click fills it.
    await ui.click('ars-banner', 'ars-fill-latest');
    await form.waitForFunction(
      `document.querySelector('input[name="TICKET.subject"]').value.includes(${JSON.stringify(subject)})`,
      10_000,
    );
    expect(s.server.tickets).toHaveLength(0);
  });
});
