import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { BROWSERS, SISIAO_2, startSession, type Session } from './harness/setup';
import { importConfigFile, panelShows } from './harness/steps';

describe.each(BROWSERS)('options in $name', (target) => {
  let s: Session;
  let options: E2EPage;
  beforeAll(async () => {
    s = await startSession(target);
    options = await s.browser.newPage(`${s.browser.extensionBase}options.html`);
    await options.waitFor('#sisiao-new');
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('adds another SI SIAO address and captures the context there', async () => {
    await options.fill('#sisiao-new', SISIAO_2);
    await options.click('#adresses button[type="submit"]');
    await options.waitForFunction(
      `document.querySelector('#adresses').textContent.includes('127.0.0.2:4311')`,
      10_000,
    );
    const page = await s.browser.newPage(`${SISIAO_2}/menages/9100026`);
    await page.waitFor('dl.ident');
    const panel = await s.openPanel();
    await panelShows(panel, 'menageId', '9100026');
    await panel.close();
  });

  it('refuses a broken configuration file whole, then applies a good one to the panel', async () => {
    await options.bringToFront();
    await importConfigFile(options, {
      version: 1,
      language: 'fr',
      nomenclature: { thematiques: [{ code: 'x', libelle: 5, motifs: [] }] },
    });
    await options.waitForFunction(
      `document.querySelector('#configuration').textContent.includes('libelle')`,
      10_000,
    );
    expect(await options.text('#configuration')).toMatch(/texte attendu/);

    const panel = await s.openPanel();
    await panel.waitFor('h1');
    // Still the shipped nomenclature (nothing applied), read from the panel's picker once a context exists.
    const good = {
      version: 1,
      nomenclature: {
        thematiques: [
          {
            code: 'essai',
            libelle: 'Thématique importée par e2e',
            motifs: [{ code: 'essai-motif', libelle: 'Motif importé', sousMotifs: [] }],
          },
        ],
      },
    };
    await options.bringToFront();
    await importConfigFile(options, good);
    await options.waitForFunction(`!!document.querySelector('#configuration .ars-ok')`, 10_000);
    const sisiao = await s.browser.newPage(`${SISIAO_2}/menages/9100026`);
    await sisiao.waitFor('dl.ident');
    const panel2 = await s.openPanel();
    await panelShows(panel2, 'menageId', '9100026');
    await panel2.waitForFunction(
      `[...document.querySelectorAll('#ars-thematique option')].some((o) => o.textContent === 'Thématique importée par e2e')`,
      10_000,
    );
    expect(
      await panel2.evaluate<number>(`document.querySelectorAll('#ars-thematique option').length`),
    ).toBe(2);
  });
});
