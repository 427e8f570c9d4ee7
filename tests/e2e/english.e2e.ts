import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleTexts, type VisibleText } from '../../entrypoints/kb.content/visible-texts';
import type { E2EPage } from './harness/driver';
import { frenchTexts } from './harness/french';
import { kbUi, readyKbUi, type KbHost } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';
import {
  chooseFormOption,
  importConfigFile,
  openFicheMenage,
  seedEscalation48111,
  writeEscalation,
} from './harness/steps';

/**
 * The English walk: with English chosen in the options, a person going through the options, the
 * side panel (context, checklist, suggestions, screenshots, duplicates) and the support form's
 * banners sees no French sentence — except content marked French (`lang="fr"`: article titles,
 * the national nomenclature, the ticket written for the national team).
 */
/** A file with a wrong type, an empty list and a bad address: refused whole, each line shown. */
const BROKEN_CONFIG = {
  version: 1,
  nomenclature: { thematiques: [{ code: 'x', libelle: 5, motifs: [] }] },
  addresses: { knowledgeBase: 'pas une adresse' },
};

const SUMMARY = 'Impossible d’enregistrer les pièces justificatives';

const pageTexts = (page: E2EPage) =>
  page.evaluate<VisibleText[]>(`(${visibleTexts.toString()})(document.body)`);

/** The panel with every step unfolded, so folded text is read too. */
async function panelTexts(panel: E2EPage): Promise<VisibleText[]> {
  await panel.evaluate(
    `document.querySelectorAll('.ars-fold-toggle[aria-expanded="false"]').forEach((b) => b.click())`,
  );
  await panel.waitForFunction(
    `!document.querySelector('.ars-fold-toggle[aria-expanded="false"]')`,
    5_000,
  );
  return pageTexts(panel);
}

describe.each(BROWSERS)('English mode in $name', (target) => {
  let s: Session;
  const seen: string[] = [];
  /** Keeps what reads as French on a screen, to report every screen at once at the end. */
  const look = (screen: string, texts: VisibleText[], shows?: RegExp) => {
    expect(texts.length, `${screen}: nothing visible was read`).toBeGreaterThan(0);
    // The screen the walk meant to read, in English (not an empty or stale one).
    if (shows) expect(texts.map((x) => x.text).join('\n'), screen).toMatch(shows);
    seen.push(...frenchTexts(texts).map((line) => `${screen} — ${line}`));
  };
  const lookKb = async (screen: string, form: E2EPage, host: KbHost, shows?: RegExp) =>
    look(screen, await kbUi(s.browser, form).visible(host), shows);

  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('shows no French sentence in the options, the side panel or the form banners', async () => {
    const options = await s.browser.newPage(`${s.browser.extensionBase}options.html`);
    await options.waitFor('#language');
    await options.evaluate(`(() => {
      const el = document.querySelector('#language');
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(el, 'en');
      el.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await options.waitForFunction(`document.querySelector('main')?.lang === 'en'`, 10_000);
    look('options', await pageTexts(options), /Interface language/);
    // A broken configuration file: the refusal and each of its lines.
    await importConfigFile(options, BROKEN_CONFIG);
    await options.waitForFunction(
      `document.querySelector('#configuration').textContent.includes('libelle')`,
      10_000,
    );
    look('options, refused import', await pageTexts(options), /text expected/);
    await readyKbUi(s.browser);

    const { sisiao, panel } = await openFicheMenage(s);
    await panel.waitForFunction(`document.documentElement.lang === 'en'`, 10_000);
    look('panel, context', await panelTexts(panel), /Household ID/);

    // A technical error on the page, a description too short: the level notice and the checklist.
    await sisiao.bringToFront();
    await sisiao.click('button[data-tab="pieces"]');
    await sisiao.click('#save-pieces');
    await sisiao.waitFor('.toast');
    await panel.waitFor('[data-testid="technical-lines"]', 10_000);
    await panel.bringToFront();
    await panel.fill('#ars-description', 'pieces justificatives');
    await panel.waitForFunction(
      `document.querySelectorAll('[data-testid="suggestions"] li[data-slug]').length > 0`,
      10_000,
    );
    look('panel, checklist and suggestions', await panelTexts(panel), /The summary is empty/);

    // A screenshot, masked: the tray and its count.
    await sisiao.bringToFront();
    await panel.evaluate(`document.querySelector('#ars-capture-visible').click()`);
    await panel.waitForFunction(
      `!!document.querySelector('[data-testid="screenshot-thumb"]')`,
      15_000,
    );
    look('panel, screenshot', await panelTexts(panel), /areas? hidden/);

    // A call whose note names someone: the call widget and its warning.
    await panel.bringToFront();
    await panel.click('#ars-call-start');
    await panel.waitFor('#ars-call-timer');
    await panel.fill('#ars-call-note', 'Rappeler Mme Dupont au 06 12 34 56 78');
    await panel.waitFor('#ars-call-note-warning');
    look('panel, call', await panelTexts(panel), /seems to contain .*a person’s name/);

    await writeEscalation(panel, SUMMARY);
    await panel.waitFor('[data-testid="motif-proposal"] button');
    await panel.click('[data-testid="motif-proposal"] button');
    await panel.waitForFunction(`!document.querySelector('#ars-prepare')?.disabled`, 10_000);
    look('panel, ready', await panelTexts(panel), /Household 9100018/);
    await panel.click('#ars-prepare');

    const form = await s.browser.waitForPage(
      (u) => u.startsWith(`${KB}/support/kb-tickets/new`),
      15_000,
    );
    await form.waitForFunction(`document.querySelectorAll('.ars-filled').length >= 5`, 20_000);
    await kbUi(s.browser, form).waitForText('ars-banner', (t) => t.length > 0);
    await lookKb('form, fill banner', form, 'ars-banner', /Form pre-filled/);
    await form.click('form.hs-form [type="submit"]');
    await form.waitForFunction(`/\\d{5}/.test(document.body.innerText)`, 15_000);
    await kbUi(s.browser, form).waitForText('ars-banner', (t) => /\d{5}/.test(t));
    await lookKb('form, sent banner', form, 'ars-banner', /Escalation sent/);

    await form.close(); // the probes find a form's tab by its address
    // A problem escalated days ago, filled again by hand: the guard on the form.
    await seedEscalation48111(panel, '9100026');
    const again = await s.browser.newPage(`${KB}/support/kb-tickets/new`);
    await again.waitFor('form.hs-form input[name="email"]');
    await again.fill('input[name="email"]', 'referente.test@siao-demo.fr');
    await again.fill('input[name="TICKET.subject"]', 'Impossible d’enregistrer les PJ');
    await again.fill(
      'textarea[name="TICKET.content"]',
      'Usager : ID ménage 9100026. Les pieces justificatives ne s’enregistrent pas, erreur technique.',
    );
    await chooseFormOption(again, 'TICKET.thematique', 'assistance-technique');
    await chooseFormOption(again, 'TICKET.motif', 'anomalie');
    await chooseFormOption(again, 'TICKET.sous_motif', 'erreur-enregistrement');
    const ui = kbUi(s.browser, again);
    await ui.waitForText('ars-guard', (t) => t.length > 0, 15_000);
    await lookKb('form, guard', again, 'ars-guard', /already/);

    // Articles offered under the description of a form.
    await again.close();
    const asking = await s.browser.newPage(`${KB}/support/kb-tickets/new`);
    await asking.waitFor('form.hs-form textarea[name="TICKET.content"]');
    await asking.fill(
      'textarea[name="TICKET.content"]',
      'mot de passe oublie, l utilisateur ne peut plus se connecter',
    );
    await kbUi(s.browser, asking).waitForText('ars-suggestions', (t) => t.length > 0);
    await lookKb('form, suggestions', asking, 'ars-suggestions', /may answer/);

    await panel.bringToFront();
    await panel.waitFor('[data-testid="duplicate"]', 15_000);
    look('panel, duplicate', await panelTexts(panel), /already been escalated for this case/);

    if (seen.length) console.log(seen.join('\n'));
    // The call indicators (opened from the panel's call log).
    const indicators = await s.browser.newPage(`${s.browser.extensionBase}indicators.html`);
    await indicators.waitFor('[data-testid="indicators-summary"]', 15_000);
    look('indicators', await pageTexts(indicators), /calls/i);

    expect(seen).toEqual([]);
  });
});
