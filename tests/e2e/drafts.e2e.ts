import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, SISIAO, startSession, type Session } from './harness/setup';
import { openFicheMenage, panelShows } from './harness/steps';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe.each(BROWSERS)('drafts and accessibility in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('keeps the draft when the SI SIAO tab closes and when the browser restarts', async () => {
    const { sisiao, panel } = await openFicheMenage(s);
    await panel.bringToFront();
    await panel.fill('#ars-summary', 'Brouillon à retrouver après fermeture');
    await panel.fill('#ars-expected', 'Texte du résultat attendu, tapé par la référente');
    await panel.waitForFunction(
      `document.querySelector('[data-testid="save-state"]')?.textContent.includes('enregistré')`,
      10_000,
    );
    await sisiao.close();
    await panel.close();

    const again = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await again.waitFor('dl.ident');
    const panel2 = await s.openPanel();
    await panelShows(panel2, 'menageId', '9100018');
    await panel2.waitForFunction(
      `document.querySelector('#ars-expected')?.value.includes('tapé par la référente')`,
      10_000,
    );
    expect(await panel2.value('#ars-summary')).toBe('Brouillon à retrouver après fermeture');

    await s.restart();
    const page3 = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await page3.waitFor('dl.ident');
    const panel3 = await s.openPanel();
    await panelShows(panel3, 'menageId', '9100018');
    await panel3.waitForFunction(
      `document.querySelector('#ars-expected')?.value.includes('tapé par la référente')`,
      10_000,
    );
    expect(await panel3.text('[data-testid="drafts"]')).toContain('Brouillon à retrouver');
  });

  it('has no serious or critical accessibility violation in the panel', async () => {
    const sisiao = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await sisiao.waitFor('dl.ident');
    const panel = await s.openPanel();
    await panelShows(panel, 'menageId', '9100018');
    await panel.evaluate(axeSource);
    const violations = await panel.evaluate<
      Array<{ id: string; impact: string; nodes: unknown[] }>
    >(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) })))`,
    );
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
