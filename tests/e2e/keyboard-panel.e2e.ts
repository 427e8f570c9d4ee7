import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';
import { openFicheMenage } from './harness/steps';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Presses Tab until the focus is on `selector` (it must be reachable), at most `max` times. */
async function tabTo(panel: E2EPage, selector: string, max = 160): Promise<void> {
  const focused = `!!document.activeElement?.matches(${JSON.stringify(selector)})`;
  for (let i = 0; i < max; i++) {
    if (await panel.evaluate<boolean>(focused)) return;
    await panel.press('Tab');
  }
  throw new Error(`${selector} not reached with Tab in ${max} presses`);
}

/**
 * Enter on the focused control. Headless Firefox ESR driven over WebDriver BiDi never gives the
 * page document focus (document.hasFocus() stays false), and without it Firefox does not turn a
 * trusted Enter or Space keypress into a button's click: there the control reached by Tab is
 * activated by script instead. Chromium gets the real key.
 */
async function activate(panel: E2EPage, browser: string): Promise<void> {
  if (browser === 'firefox') await panel.evaluate(`(document.activeElement.click(), true)`);
  else await panel.press('Enter');
}

/** The element is on screen and nothing covers its middle (the sticky bar included). */
function inReach(selector: string): string {
  return `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && el.contains(hit); })()`;
}

describe.each(BROWSERS)('the panel by keyboard only in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('walks the escalation by keyboard: script, motif, a fold, the capture, then « Préparer l’escalade » opens the filled form', async () => {
    // The SI SIAO (someone else's page) shows the anomaly; everything in the panel is keyboard.
    const { sisiao, panel } = await openFicheMenage(s);
    await sisiao.click('button[data-tab="pieces"]');
    await sisiao.click('#save-pieces');
    await sisiao.waitFor('.toast');
    await panel.waitFor('[data-testid="technical-lines"]', 10_000);
    await panel.bringToFront();

    // Tab order follows the référent's path: the call, then the script, then the bar.
    const fields: Array<[string, string]> = [
      ['#ars-summary', 'Pièces justificatives impossibles à enregistrer'],
      ['#ars-description', 'Le bouton Enregistrer affiche une erreur technique à chaque essai.'],
      ['#ars-expected', 'Les pièces sont enregistrées dans la fiche.'],
      ['#ars-obtained', 'Une erreur technique est survenue, rien enregistré.'],
    ];
    for (const [field, text] of fields) {
      await tabTo(panel, field);
      await panel.type(text);
    }
    expect(await panel.value('#ars-summary')).toBe(fields[0]?.[1]);

    await panel.waitFor('[data-testid="motif-proposal"] button');
    await tabTo(panel, '[data-testid="motif-proposal"] button');
    await activate(panel, target.name);
    await panel.waitForFunction(`!document.querySelector('#ars-prepare')?.disabled`, 10_000);

    // A step folds and opens again from its title, with Enter.
    await tabTo(panel, '#ars-step-known-toggle');
    await activate(panel, target.name);
    await panel.waitForFunction(
      `document.querySelector('#ars-step-known-toggle').getAttribute('aria-expanded') === 'false' && document.querySelector('#ars-step-known-body').hidden`,
      5_000,
    );
    await activate(panel, target.name);
    await panel.waitForFunction(
      `document.querySelector('#ars-step-known-toggle').getAttribute('aria-expanded') === 'true'`,
      5_000,
    );

    // The capture from the bar: the SI SIAO tab is the one shown, as beside a side panel.
    await tabTo(panel, '#ars-bar-capture');
    await sisiao.bringToFront();
    await activate(panel, target.name);
    await panel.waitForFunction(
      `!!document.querySelector('[data-testid="screenshot-thumb"]')`,
      20_000,
    );
    await panel.bringToFront();

    // The next action is in reach without scrolling, wherever the focus left the page.
    await tabTo(panel, '#ars-summary');
    expect(await panel.evaluate<boolean>(inReach('#ars-prepare'))).toBe(true);

    await panel.evaluate(axeSource);
    const violations = await panel.evaluate<Array<{ id: string; impact: string }>>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })))`,
    );
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await tabTo(panel, '#ars-prepare');
    await activate(panel, target.name);
    const form = await s.browser.waitForPage(
      (u) => u.startsWith(`${KB}/support/kb-tickets/new`),
      15_000,
    );
    await form.waitForFunction(
      `document.querySelector('[name="TICKET.subject"]')?.value.includes('Pièces justificatives') && /1 fichier/.test(document.querySelector('.kb-file-list')?.textContent ?? '')`,
      20_000,
    );
  });
});
