import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { kbUi, readyKbUi } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';
import { chooseFormOption, seedEscalation48111 } from './harness/steps';

describe.each(BROWSERS)('support form in $name', (target) => {
  let s: Session;
  let panel: E2EPage;
  beforeAll(async () => {
    s = await startSession(target);
    panel = await s.openPanel();
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('says so within 10 s when the form never appears, and offers the copy fallback', async () => {
    await panel.evaluate(`browser.storage.local.set({ pendingFill: {
      version: 1, createdAt: Date.now(), draftKey: 'menage:9100018', label: 'Ménage 9100018', email: 'referente.test@siao-demo.fr',
      subject: 'Sujet', description: 'Description', thematique: null, motif: null, sousMotif: null, screenshotIds: [],
      ids: { menageId: '9100018', personneId: null, demandeId: null } } })`);
    await readyKbUi(s.browser);
    const started = Date.now();
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new?variant=never`);
    const ui = kbUi(s.browser, form);
    await ui.waitForText('ars-banner', (t) => t.includes('pas été reconnu'), 12_000);
    expect(Date.now() - started).toBeLessThan(10_500);
    expect(await ui.text('ars-banner', 'ars-copy-text')).toBe('Copier le texte de l’escalade');
  });

  it('fills a form whose thématique is a radio list, then the motifs it unlocks, and never submits', async () => {
    await panel.evaluate(`browser.storage.local.set({ pendingFill: {
      version: 1, createdAt: Date.now(), draftKey: 'menage:9100018', label: 'Ménage 9100018', email: 'referente.test@siao-demo.fr',
      subject: 'Pièces justificatives impossibles à enregistrer', description: 'Ménage 9100018 : erreur technique.',
      thematique: { code: 'assistance-technique', libelle: 'Assistance technique' },
      motif: { code: 'anomalie', libelle: "Anomalie / message d'erreur" },
      sousMotif: { code: 'erreur-enregistrement', libelle: "Erreur à l'enregistrement" },
      screenshotIds: [], ids: { menageId: '9100018', personneId: null, demandeId: null } } })`);
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new?variant=radio`);
    await form.waitForFunction(
      `document.querySelector('select[name="TICKET.sous_motif"]')?.value === 'erreur-enregistrement'`,
      20_000,
    );
    const state = await form.evaluate<{ checked: string[]; motif: string; filled: string[] }>(`({
      checked: [...document.querySelectorAll('input[name="TICKET.thematique"]:checked')].map((r) => r.value),
      motif: document.querySelector('select[name="TICKET.motif"]').value,
      filled: [...document.querySelectorAll('[data-ars-filled]')].map((el) => el.getAttribute('data-ars-filled')),
    })`);
    expect(state.checked).toEqual(['assistance-technique']);
    expect(state.motif).toBe('anomalie');
    expect(state.filled).toEqual(
      expect.arrayContaining([
        'email',
        'subject',
        'description',
        'thematique',
        'motif',
        'sousMotif',
      ]),
    );
    expect(s.server.tickets).toHaveLength(0);
    await form.close();
  });

  it('fills the second step of a multi-step form when « Suivant » brings it', async () => {
    await panel.evaluate(`browser.storage.local.set({ pendingFill: {
      version: 1, createdAt: Date.now(), draftKey: 'menage:9100018', label: 'Ménage 9100018', email: 'referente.test@siao-demo.fr',
      subject: 'Pièces justificatives impossibles à enregistrer', description: 'Ménage 9100018 : erreur technique.',
      thematique: { code: 'assistance-technique', libelle: 'Assistance technique' },
      motif: { code: 'anomalie', libelle: "Anomalie / message d'erreur" },
      sousMotif: { code: 'erreur-enregistrement', libelle: "Erreur à l'enregistrement" },
      screenshotIds: [], ids: { menageId: '9100018', personneId: null, demandeId: null } } })`);
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new?variant=steps`);
    const ui = kbUi(s.browser, form);
    await form.waitForFunction(
      `document.querySelector('textarea[name="TICKET.content"]').value.includes('9100018')`,
      15_000,
    );
    await ui.waitForText('ars-banner', (t) => t.includes('étape suivante'), 15_000);
    await form.click('.hs-form-navigation button');
    await form.waitForFunction(
      `document.querySelector('select[name="TICKET.sous_motif"]')?.value === 'erreur-enregistrement'`,
      20_000,
    );
    expect(
      await form.evaluate<string[]>(
        `[document.querySelector('select[name="TICKET.thematique"]').value, document.querySelector('select[name="TICKET.motif"]').value]`,
      ),
    ).toEqual(['assistance-technique', 'anomalie']);
    await ui.waitForText('ars-banner', (t) => t.includes('Étape suivante pré-remplie'), 5_000);
    expect(s.server.tickets).toHaveLength(0);
    await form.close();
  });

  it('covers the submit button of a form filled by hand for a case already escalated, and lets a justified new problem through', async () => {
    // An escalation already in the history.
    await seedEscalation48111(panel, '9100018');
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new`);
    await form.waitFor('form.hs-form input[name="email"]');
    await form.fill('input[name="email"]', 'referente.test@siao-demo.fr');
    await form.fill('input[name="TICKET.subject"]', 'Impossible d’enregistrer les PJ');
    await form.fill(
      'textarea[name="TICKET.content"]',
      'Usager : ID ménage 9100018. Les pieces justificatives ne s’enregistrent pas, erreur technique.',
    );
    await chooseFormOption(form, 'TICKET.thematique', 'assistance-technique');
    await chooseFormOption(form, 'TICKET.motif', 'anomalie');
    await chooseFormOption(form, 'TICKET.sous_motif', 'erreur-enregistrement');
    const ui = kbUi(s.browser, form);
    const guardText = await ui.waitForText('ars-guard', (t) => t.includes('déjà escaladé'));
    // The existing ticket is named in the panel only, and the box is closed to the page's scripts.
    expect(guardText).not.toMatch(/48111|Pièces justificatives impossibles/);
    expect(
      await form.evaluate<boolean>(`document.querySelector('#ars-guard')?.shadowRoot === null`),
    ).toBe(true);
    expect(
      await form.evaluate<string>(
        `getComputedStyle(document.querySelector('form.hs-form [type="submit"]')).display`,
      ),
    ).toBe('none');

    // A script of the page cannot lift the guard: synthetic events on its host do nothing.
    await form.evaluate(
      `(() => { const h = document.querySelector('#ars-guard');
        h.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        h.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })); return true; })()`,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(await form.evaluate<boolean>(`!!document.querySelector('#ars-guard')`)).toBe(true);
    // A person's clicks and typing do.
    await ui.click('ars-guard', 'ars-guard-other');
    await ui.type(
      'ars-guard',
      'ars-guard-justification',
      'Autre problème : cette fois le commentaire ne se supprime pas',
    );
    await ui.click('ars-guard', 'ars-guard-confirm');
    await form.waitForFunction(
      `!document.querySelector('#ars-guard') && getComputedStyle(document.querySelector('form.hs-form [type="submit"]')).display !== 'none'`,
      10_000,
    );
    await form.click('form.hs-form [type="submit"]');
    await form.waitForFunction(
      `/ticket/i.test(document.body.innerText) && !document.querySelector('form.hs-form')`,
      15_000,
    );
    expect(s.server.tickets).toHaveLength(1);
    // The submission is recorded by the background a moment after the page shows the ticket.
    const readJustification = `new Promise((resolve) => { const r = indexedDB.open('ars'); r.onsuccess = () => {
      const q = r.result.transaction('history').objectStore('history').getAll();
      q.onsuccess = () => resolve(q.result.map((x) => x.record.justification).find(Boolean) ?? null); }; })`;
    await panel.waitForFunction(`(${readJustification}).then((j) => !!j)`, 10_000);
    const justified = await panel.evaluate<string | null>(readJustification);
    expect(justified).toMatch(/commentaire ne se supprime pas/);
  });
});
