import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, SISIAO, startSession, type Session } from './harness/setup';
import { openFicheMenage, panelShows } from './harness/steps';

const SAVE_STATE = `document.querySelector('[data-testid="save-state"]')?.textContent ?? ''`;

/**
 * Issue 11, « Data that survives »: the browser's storage is full when a draft is saved. A real
 * quota cannot be reached here (the extension holds `unlimitedStorage`), so the panel's
 * storage.local.set is made to fail as each browser fails it: Chrome with an Error naming the
 * quota, Firefox with a QuotaExceededError. The panel must say so in French, keep the text on
 * screen, and save it once there is room again. (Purging old screenshots first is covered by
 * tests/unit/storage-quota.test.ts, on the IndexedDB errors.)
 */
describe.each(BROWSERS)('a full storage in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('says the storage is full, keeps the text typed, and saves it once there is room', async () => {
    const { panel } = await openFicheMenage(s);
    await panel.bringToFront();
    await panel.fill('#ars-expected', 'Texte enregistré avant que le stockage soit plein');
    await panel.waitForFunction(`(${SAVE_STATE}).includes('enregistré')`, 10_000);

    const quotaError =
      target.name === 'chromium'
        ? `new Error('Resource::kQuotaBytes quota exceeded')`
        : `new DOMException('The quota has been exceeded.', 'QuotaExceededError')`;
    await panel.evaluate(`(() => {
      const local = browser.storage.local;
      window.__arsRealSet = local.set;
      local.set = () => Promise.reject(${quotaError});
      return true;
    })()`);
    const typed =
      'Texte enregistré avant que le stockage soit plein, puis la suite tapée sans place';
    await panel.fill('#ars-expected', typed);
    await panel.waitForFunction(
      `(${SAVE_STATE}).includes('stockage du navigateur est plein')`,
      10_000,
    );
    expect(await panel.value('#ars-expected')).toBe(typed);

    // Room again: the next keystroke saves everything.
    await panel.evaluate(
      `(() => { browser.storage.local.set = window.__arsRealSet; return true; })()`,
    );
    await panel.fill('#ars-expected', `${typed}.`);
    await panel.waitForFunction(`(${SAVE_STATE}).includes('Brouillon enregistré')`, 10_000);
    await panel.close();

    const again = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await again.waitFor('dl.ident');
    const panel2 = await s.openPanel();
    await panelShows(panel2, 'menageId', '9100018');
    await panel2
      .waitForFunction(
        `document.querySelector('#ars-expected')?.value === ${JSON.stringify(`${typed}.`)}`,
        10_000,
      )
      .catch(() => undefined);
    expect(await panel2.value('#ars-expected')).toBe(`${typed}.`);
  });
});
