/**
 * Issue 16, in both browsers: the support form's own lists are the nomenclature. A form organised
 * as the national team publishes it (its own codes, dependent lists fetched by the page after each
 * choice) is filled to the sous-motif from an escalation prepared in the panel, and the panel then
 * offers the form's lists; a form where no thématique fits shows the closest ones within a second
 * and a person's click fills them; what was seen survives a form that fails and a restart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { kbUi } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';
import { openFicheMenage, writeEscalation } from './harness/steps';

const FORM_PATH = '/support/kb-tickets/new';

/** The demo form at its plain address, set to a variant (what the panel's « Préparer » opens). */
function formPage(variant: string): string {
  const html = readFileSync(path.resolve('tests/demo/kb-site/support-form.html'), 'utf8');
  return html.replace('<html lang="fr">', `<html lang="fr" data-variant="${variant}">`);
}

/** Picks an option of a select as a person would (React sees a change event). */
async function choose(page: E2EPage, selector: string, value: string): Promise<void> {
  const sel = JSON.stringify(selector);
  await page.waitForFunction(
    `[...(document.querySelector(${sel})?.options ?? [])].some((o) => o.value === ${JSON.stringify(value)}) && !document.querySelector(${sel}).disabled`,
    10_000,
  );
  await page.evaluate(`(() => {
    const el = document.querySelector(${sel});
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(el, ${JSON.stringify(value)});
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
  await page.waitForFunction(`document.querySelector(${sel}).value === ${JSON.stringify(value)}`);
}

const selectValues = (page: E2EPage) =>
  page.evaluate<string[]>(
    `['TICKET.thematique', 'TICKET.motif', 'TICKET.sous_motif'].map((n) => document.querySelector('select[name="' + n + '"]').value)`,
  );

const panelSource = (panel: E2EPage) =>
  panel.evaluate<string | null>(
    `document.querySelector('[data-testid="nomenclature-source"]')?.dataset.source ?? null`,
  );

const storedThematiques = (panel: E2EPage) =>
  panel.evaluate<string[]>(
    `browser.storage.local.get('observedNomenclature').then((s) => (s.observedNomenclature?.thematiques ?? []).map((t) => t.value))`,
  );

/**
 * Notes in the page when the form appears (`late`: it was there already). The banner, in a closed
 * shadow root, is read through the extension; both sides read the same clock (Date.now).
 */
const NOTE_FORM_TIME = `(() => {
  const late = !!document.querySelector('form.hs-form');
  const check = () => {
    if (window.arsFormAt === undefined && document.querySelector('form.hs-form')) {
      window.arsFormAt = Date.now();
      obs.disconnect();
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true });
  check();
  return late;
})()`;

const PENDING_FUSION = `browser.storage.local.set({ pendingFill: {
  version: 1, createdAt: Date.now(), draftKey: 'menage:9100018', label: 'Ménage 9100018', email: 'referente.test@siao-demo.fr',
  subject: 'Deux fiches personne pour une même personne', description: 'Ménage 9100018 : deux fiches personne à fusionner.',
  thematique: { code: 'gestion-des-menages', libelle: 'Gestion des ménages', synonyms: ['Ménages'] },
  motif: { code: 'gestion-menage', libelle: 'Gestion du ménage' },
  sousMotif: { code: 'fusion-personnes', libelle: 'Fusion des personnes' },
  screenshotIds: [], ids: { menageId: '9100018', personneId: null, demandeId: null } } })`;

describe.each(BROWSERS)('the form’s own nomenclature in $name', (target) => {
  let s: Session;
  let panel: E2EPage;

  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('fills a form with the national lists to the sous-motif from the panel, then offers its lists in the panel', async () => {
    s.server.kbPages.set(FORM_PATH, formPage('national'));
    ({ panel } = await openFicheMenage(s));
    await panel.waitFor('[data-testid="nomenclature-source"]');
    expect(await panelSource(panel)).toBe('configured');
    await writeEscalation(panel, 'Deux fiches personne pour une même personne');
    await choose(panel, '#ars-thematique', 'gestion-des-menages');
    await choose(panel, '#ars-motif', 'gestion-menage');
    await choose(panel, '#ars-sous-motif', 'fusion-personnes');
    await panel.waitForFunction(`!document.querySelector('#ars-prepare')?.disabled`, 10_000);
    await panel.click('#ars-prepare');

    const form = await s.browser.waitForPage((u) => u.startsWith(`${KB}${FORM_PATH}`), 15_000);
    await form.waitForFunction(
      `document.querySelector('select[name="TICKET.sous_motif"]')?.value === 'GDM.01.1'`,
      15_000,
    );
    expect(await selectValues(form)).toEqual(['gestion_des_menages', 'GDM.01', 'GDM.01.1']);
    const ui = kbUi(s.browser, form);
    const filled = await ui.waitForText('ars-banner', (t) => t.includes('pré-rempli'), 5_000);
    expect(filled).not.toContain('Non rempli');
    expect(s.server.tickets).toHaveLength(0);

    // The panel now offers what the form offered, under the form's codes, the draft carried over.
    await panel.bringToFront();
    await panel.waitForFunction(
      `document.querySelector('[data-testid="nomenclature-source"]')?.dataset.source === 'observed'`,
      10_000,
    );
    expect(await panel.text('[data-testid="nomenclature-source"]')).toMatch(
      /lue sur le formulaire de support le \d{1,2} \S+/,
    );
    expect(
      await panel.evaluate<string[]>(
        `[...document.querySelectorAll('#ars-thematique option')].map((o) => o.textContent)`,
      ),
    ).toEqual(expect.arrayContaining(['Gestion des ménages', 'Autre demande']));
    await panel
      .waitForFunction(`document.querySelector('#ars-sous-motif')?.value === 'GDM.01.1'`, 10_000)
      .catch(async (err: unknown) => {
        const seen = await panel.evaluate<string>(
          `JSON.stringify(['#ars-thematique', '#ars-motif', '#ars-sous-motif'].map((q) => [document.querySelector(q)?.value, [...(document.querySelector(q)?.options ?? [])].map((o) => o.value)]))`,
        );
        throw new Error(`${String(err)} — panel: ${seen}`);
      });
    expect(
      await panel.evaluate<string[]>(
        `['#ars-thematique', '#ars-motif'].map((q) => document.querySelector(q).value)`,
      ),
    ).toEqual(['gestion_des_menages', 'GDM.01']);
    expect(await storedThematiques(panel)).toContain('gestion_des_menages');
    await form.close();
    s.server.kbPages.delete(FORM_PATH);
  });

  it('shows the closest thématiques within 1 s when none fits, and a person’s click fills them', async () => {
    await panel.evaluate(PENDING_FUSION);
    const form = await s.browser.newPage(`${KB}${FORM_PATH}?variant=nomatch`);
    const late = await form.evaluate<boolean>(NOTE_FORM_TIME);
    const ui = kbUi(s.browser, form);
    const text = await ui.waitForText('ars-banner', (t) => t.includes('Choix les plus proches'));
    const shownAt = Date.now();
    const formAt = await form.evaluate<number>(`window.arsFormAt`);
    // Read from outside by polling (every 100 ms): an upper bound of the time the page took.
    if (!late) expect(shownAt - formAt).toBeLessThan(1000);
    expect(text).toContain('Aucun choix ne correspond à « Gestion des ménages »');
    expect(await ui.text('ars-banner', 'ars-choice-0')).toBe(
      'Thématique : Ménages et personnes accompagnées',
    );

    // The banner is closed to the page's scripts: they can neither read it nor click in it.
    expect(
      await form.evaluate<boolean>(`document.querySelector('#ars-banner')?.shadowRoot === null`),
    ).toBe(true);
    await form.evaluate(
      `document.querySelector('#ars-banner').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }))`,
    );
    await new Promise((r) => setTimeout(r, 800));
    expect(await selectValues(form)).toEqual(['', '', '']);

    await ui.click('ars-banner', 'ars-choice-0');
    await form.waitForFunction(
      `document.querySelector('select[name="TICKET.sous_motif"]')?.value === 'MEN-1-a'`,
      10_000,
    );
    expect(await selectValues(form)).toEqual(['MEN', 'MEN-1', 'MEN-1-a']);
    await ui.waitForText('ars-banner', (t) => t.includes('Choix appliqué'), 5_000);
    expect(s.server.tickets).toHaveLength(0);
    await form.close();
  });

  it('keeps what it saw when a form fails to load, and after a restart', async () => {
    const before = await storedThematiques(panel);
    expect(before).toEqual(expect.arrayContaining(['gestion_des_menages', 'MEN']));
    const never = await s.browser.newPage(`${KB}${FORM_PATH}?variant=never`);
    await new Promise((r) => setTimeout(r, 2500));
    await never.close();
    expect(await storedThematiques(panel)).toEqual(before);

    await s.restart();
    const { panel: again } = await openFicheMenage(s);
    await again.waitForFunction(
      `document.querySelector('[data-testid="nomenclature-source"]')?.dataset.source === 'observed'`,
      10_000,
    );
    expect(await storedThematiques(again)).toEqual(before);
    expect(
      await again.evaluate<string[]>(
        `[...document.querySelectorAll('#ars-thematique option')].map((o) => o.textContent)`,
      ),
    ).toEqual(expect.arrayContaining(['Gestion des ménages', 'Autre demande']));
  });
});
