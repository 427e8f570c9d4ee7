import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, SISIAO, startSession, type Session } from './harness/setup';
import { openFicheMenage, panelShows } from './harness/steps';

/** The panel's autosave delay (entrypoints/sidepanel/use-draft-autosave.ts) plus room for the write. */
const PAST_LAST_DEBOUNCE_MS = 600;
const SAVED = `document.querySelector('[data-testid="save-state"]')?.textContent.includes('enregistré')`;

// Issue 11, « Data that survives »: the browser dies (SIGKILL, no clean shutdown) while a draft is
// being typed; after a relaunch on the same profile, the draft is there up to the last debounce.
describe.each(BROWSERS)('fault: browser killed while a draft is typed, in $name', (target) => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(target);
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('keeps the draft up to the last autosave across a SIGKILL', async () => {
    const { panel } = await openFicheMenage(s);
    await panel.bringToFront();
    const first = 'Premier jet tapé avant la panne';
    await panel.fill('#ars-expected', first);
    await panel.waitForFunction(SAVED, 10_000);

    // Typed more, then the autosave fires (400 ms) and the browser dies right after it.
    const more = `${first}, puis la suite tapée juste avant le SIGKILL`;
    await panel.fill('#ars-expected', more);
    await new Promise((r) => setTimeout(r, PAST_LAST_DEBOUNCE_MS));
    expect(await panel.value('#ars-expected')).toBe(more);

    const killedAt = Date.now();
    await s.restart({ kill: true });
    const relaunchMs = Date.now() - killedAt;

    const sisiao = await s.browser.newPage(`${SISIAO}/menages/9100018`);
    await sisiao.waitFor('dl.ident');
    const panel2 = await s.openPanel();
    await panelShows(panel2, 'menageId', '9100018');
    await panel2
      .waitForFunction(
        `document.querySelector('#ars-expected')?.value === ${JSON.stringify(more)}`,
        10_000,
      )
      .catch(() => undefined);
    // Compared outside the poll, so a failure shows what came back (nothing, or the first jet).
    expect(await panel2.value('#ars-expected')).toBe(more);
    console.log(`[fault ${target.name}] kill + relaunch ${relaunchMs} ms`);
  });
});
