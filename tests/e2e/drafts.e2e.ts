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

  // Issue 11, concurrency: the same draft open in two windows loses neither side's text. Both panels
  // are typed in within the autosave delay, so each save meets the other's unsaved edit.
  it('keeps both windows’ text when the same draft is edited in two panels at once', async () => {
    const sisiao = await s.browser.newPage(`${SISIAO}/menages/9100026`);
    await sisiao.waitFor('dl.ident');
    const a = await s.openPanel();
    // Earlier tests left other SI SIAO tabs open: look at this one again, as a referent would, so
    // the panels (open in tabs of their own) follow it.
    await sisiao.bringToFront();
    await a.bringToFront();
    await panelShows(a, 'menageId', '9100026');
    const b = await s.openPanel();
    await panelShows(b, 'menageId', '9100026');
    const bothShow = (field: string, ...texts: string[]) =>
      `(() => { const v = document.querySelector('${field}')?.value ?? ''; return ${JSON.stringify(texts)}.every((t) => v.includes(t)); })()`;

    // Different fields: each window ends up with both.
    await a.fill('#ars-expected', 'Attendu écrit dans la fenêtre A');
    await b.fill('#ars-obtained', 'Obtenu écrit dans la fenêtre B');
    for (const panel of [a, b]) {
      await panel.waitForFunction(bothShow('#ars-expected', 'fenêtre A'), 10_000);
      await panel.waitForFunction(bothShow('#ars-obtained', 'fenêtre B'), 10_000);
    }

    // The same field: both versions are kept, and the panel that merged says so.
    await a.fill('#ars-description', 'Description selon la fenêtre A');
    await b.fill('#ars-description', 'Description selon la fenêtre B');
    for (const panel of [a, b]) {
      await panel.waitForFunction(bothShow('#ars-description', 'fenêtre A', 'fenêtre B'), 10_000);
    }
    const alerts = [
      await a.evaluate<string>(
        `document.querySelector('[role="alert"].ars-warn')?.textContent ?? ''`,
      ),
      await b.evaluate<string>(
        `document.querySelector('[role="alert"].ars-warn')?.textContent ?? ''`,
      ),
    ].join(' ');
    expect(alerts).toContain('modifié dans une autre fenêtre');
    await a.close();
    await b.close();
    await sisiao.close();
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
