import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from './harness/driver';
import { BROWSERS, SISIAO, startSession, type Session } from './harness/setup';
import { openFicheMenage, panelShows } from './harness/steps';

/** The panel's autosave delay (entrypoints/sidepanel/use-draft.ts) plus room for the write. */
const PAST_LAST_DEBOUNCE_MS = 600;
const SAVED = `document.querySelector('[data-testid="save-state"]')?.textContent.includes('enregistré')`;

/**
 * Pids of the browser's main process (and of a launcher script, if any) on a profile, read from
 * /proc: every process whose command line names the profile, except the children (`--type=` in
 * Chromium, `-contentproc` in Firefox).
 */
function mainPids(profileDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue; // gone meanwhile
    }
    if (cmdline.includes(profileDir) && !/--type=|-contentproc/.test(cmdline)) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

const alive = (pid: number): boolean => {
  try {
    // A zombie still answers kill(0): read its state.
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

/**
 * SIGKILLs the browser ourselves, then lets the harness's own kill tidy up. The Chromium harness
 * reads its pid from `context.browser().process()`, which Playwright leaves undefined for a
 * persistent context, so its kill() falls back to a clean `context.close()`: no fault at all.
 */
function killForReal(s: Session): void {
  const original = s.browser.kill.bind(s.browser);
  s.browser.kill = async () => {
    const pids = mainPids(s.profileDir);
    expect(pids.length, 'browser process found on the profile').toBeGreaterThan(0);
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await pollUntil(async () => pids.every((p) => !alive(p)), 10_000, 'the killed browser to go');
    await original().catch(() => undefined);
  };
}

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
    killForReal(s);
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
