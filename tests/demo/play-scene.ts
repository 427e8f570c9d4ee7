// Plays the scene (scene.ts) in Chromium with the demo build: one picture per step in `out`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SCENE, SCENE_TEXT as T, type SceneStep, type StepId } from './scene';

const SISIAO = 'http://127.0.0.1:4310';
/** The side panel beside the SI SIAO. */
export const PANEL_SIZE = { width: 420, height: 900 };
const MIN = 60_000;

interface Stage {
  context: BrowserContext;
  extensionBase: string;
  sisiao: Page;
  panel: Page;
  out: string;
  /** Pages opened on the way (the support form, the indicators). */
  pages: Partial<Record<'form' | 'indicators', Page>>;
  /** When each call started, by the panel's clock. */
  calls: { first?: number; escalated?: number };
  /** Puts the national team's signed feed on the demo knowledge base. */
  publishFeed: () => Promise<void>;
}

/** Stops the panel's clock at `at` (epoch ms), or lets it run again with null. */
async function setClock(panel: Page, at: number | null): Promise<void> {
  await panel.evaluate((t) => {
    const w = window as unknown as { __arsNow?: () => number };
    w.__arsNow ??= Date.now.bind(Date);
    Date.now = t === null ? w.__arsNow : () => t;
  }, at);
}

/** The next action's button is on screen, uncovered, without scrolling: else the step fails. */
async function assertInReach(page: Page, selector: string): Promise<void> {
  const ok = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return `absent`;
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)
      return `hors de l’écran (${Math.round(r.top)}–${Math.round(r.bottom)} sur ${innerHeight})`;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit && el.contains(hit) ? 'ok' : 'recouvert';
  }, selector);
  if (ok !== 'ok') throw new Error(`Le bouton de l’action suivante ${selector} : ${ok}`);
}

/**
 * Polls a page expression from here: Playwright's own polling of a string runs it inside the page,
 * which the extension pages' Content-Security-Policy refuses.
 */
async function until(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate<unknown>(expression).catch(() => false))) {
    if (Date.now() > end) throw new Error(`Attente trop longue : ${expression.slice(0, 100)}`);
    await page.waitForTimeout(100);
  }
}

async function endCall(s: Stage, startedAt: number, minutes: number): Promise<void> {
  await setClock(s.panel, startedAt + minutes * MIN);
  await s.panel.click('#ars-call-end');
  await s.panel.waitForSelector('#ars-call-saved');
  await setClock(s.panel, null);
}

async function startCall(s: Stage, startedAt: number): Promise<void> {
  await setClock(s.panel, startedAt);
  await s.panel.click('#ars-call-start');
  await s.panel.waitForSelector('#ars-call-timer');
  // Stored (the end reads it back) before the clock moves on.
  await until(
    s.panel,
    `chrome.storage.local.get('callLog').then((all) => JSON.stringify(all).includes('"startedAt":${startedAt}'))`,
  );
}

async function fillScript(panel: Page, summary: string): Promise<void> {
  await panel.fill('#ars-summary', summary);
  await panel.fill('#ars-description', T.anomaly.description);
  await panel.fill('#ars-expected', T.anomaly.expected);
  await panel.fill('#ars-obtained', T.anomaly.obtained);
}

/** The last stored capture's bytes, read from the extension's IndexedDB. */
function lastCapture(panel: Page): Promise<string> {
  return panel.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const r = indexedDB.open('ars');
        r.onsuccess = () => {
          const q = r.result.transaction('screenshots').objectStore('screenshots').getAll();
          q.onsuccess = async () => {
            const rec = (q.result as Array<{ createdAt: number; blob: Blob }>)
              .sort((a, b) => a.createdAt - b.createdAt)
              .at(-1);
            if (!rec) return reject(new Error('aucune capture'));
            const bytes = new Uint8Array(await rec.blob.arrayBuffer());
            let bin = '';
            for (const b of bytes) bin += String.fromCharCode(b);
            resolve(btoa(bin));
          };
          q.onerror = () => reject(new Error(String(q.error)));
        };
      }),
  );
}

const PLAY: Record<StepId, (s: Stage) => Promise<void>> = {
  async call(s) {
    await s.sisiao.goto(`${SISIAO}/demandes`);
    await s.panel.bringToFront();
    const startedAt = Date.now() - T.call.minutesAgo * MIN;
    s.calls.first = startedAt;
    await startCall(s, startedAt);
    await s.panel.selectOption('#ars-call-motif', T.call.motif);
    await s.panel.selectOption('#ars-call-sous-motif', T.call.sousMotif);
    await s.panel.selectOption('#ars-call-caller', T.call.caller);
    await s.panel.fill('#ars-call-note', T.call.note);
    await s.panel.check('#ars-call-outcome-resolu');
    await setClock(s.panel, startedAt + T.call.minutes * MIN);
    await s.panel.waitForSelector('#ars-call-end:not([disabled])');
  },
  async question(s) {
    await endCall(s, s.calls.first ?? Date.now(), T.call.minutes);
    await s.sisiao.goto(`${SISIAO}/demandes/7700042`);
    await s.sisiao.waitForSelector('.statut');
    await s.panel.waitForFunction(() =>
      document.querySelector('[data-field="demandeId"]')?.textContent?.includes('7700042'),
    );
    await s.panel.fill('#ars-summary', T.question);
    await s.panel.waitForSelector('[data-testid="action-bar"][data-next="copy-answer"]');
    await s.panel.click('#ars-bar-copy');
    await s.panel.waitForSelector('[data-testid="bar-copied"]');
  },
  async anomaly(s) {
    await s.sisiao.goto(`${SISIAO}/menages/9100018`);
    await s.sisiao.waitForSelector('dl.ident');
    await s.sisiao.click('button[data-tab="pieces"]');
    await s.sisiao.click('#save-pieces');
    await s.sisiao.waitForSelector('.toast');
  },
  async context(s) {
    await s.panel.waitForFunction(() =>
      document.querySelector('[data-field="menageId"]')?.textContent?.includes('9100018'),
    );
    await s.panel.waitForSelector('[data-testid="technical-lines"]');
    // The SI SIAO writes the user's e-mail in its banner after its own API call: the form needs it.
    await s.panel.waitForFunction(() =>
      document.querySelector('[data-field="userEmail"]')?.textContent?.includes('@'),
    );
    // A second call, for the anomaly: the escalation will be linked to it.
    s.calls.escalated = Date.now() - T.anomaly.callMinutesAgo * MIN;
    await startCall(s, s.calls.escalated);
    await setClock(s.panel, null);
    await s.panel.click('#ars-step-call-toggle'); // folded by the référent, as one would
    await s.panel.fill('#ars-summary', T.anomaly.summary);
    await s.panel.fill('#ars-description', T.anomaly.description);
    await s.panel.waitForSelector('[data-testid="suggestions"] li[data-slug]');
    await s.panel.evaluate(() => scrollTo(0, 0));
  },
  async capture(s) {
    await s.panel.fill('#ars-expected', T.anomaly.expected);
    await s.panel.fill('#ars-obtained', T.anomaly.obtained);
    // The panel drives the SI SIAO tab, which must be the one shown (the side panel is beside it).
    await s.sisiao.bringToFront();
    // Chromium photographs the panel's emulated 420 px viewport otherwise: the window's size while
    // the capture is taken, the panel's width again after.
    await s.panel.setViewportSize({ width: 1280, height: 860 });
    await s.panel.evaluate(() => document.querySelector<HTMLElement>('#ars-bar-capture')?.click());
    await s.panel
      .waitForSelector('[data-testid="screenshot-thumb"]', { timeout: 20_000 })
      .catch(async (err: unknown) => {
        const said = await s.panel
          .locator('[data-testid="capture-error"]')
          .textContent({ timeout: 1000 })
          .catch(() => null);
        throw new Error(`La capture n'a pas été prise : ${said ?? String(err)}`);
      });
    writeFileSync(
      path.join(s.out, picture('capture')),
      Buffer.from(await lastCapture(s.panel), 'base64'),
    );
  },
  async script(s) {
    await s.panel.setViewportSize(PANEL_SIZE);
    await s.panel.bringToFront();
    const proposal = s.panel.locator('[data-testid="motif-proposal"] button');
    if (await proposal.count()) await proposal.click();
    await s.panel.waitForSelector('#ars-prepare:not([disabled])');
    await s.panel.locator('#ars-step-captures').scrollIntoViewIfNeeded();
  },
  async form(s) {
    const opened = s.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/support/kb-tickets/new'),
    });
    await s.panel.click('#ars-prepare');
    const form = await opened;
    s.pages.form = form;
    // Every field done (the sous-motif loads after the motif), the capture attached. Read from the
    // form itself: the extension's banner lives in a closed shadow root the page cannot read.
    await form.waitForFunction(
      () =>
        ['TICKET.subject', 'TICKET.sous_motif'].every(
          (n) => (document.querySelector(`[name="${n}"]`) as HTMLInputElement | null)?.value,
        ) && /1 fichier/.test(document.querySelector('.kb-file-list')?.textContent ?? ''),
      undefined,
      { timeout: 20_000 },
    );
    await form.waitForTimeout(500); // the banner's last words
  },
  async duplicate(s) {
    const form = s.pages.form;
    if (!form) throw new Error('pas de formulaire');
    await form.click('form.hs-form [type="submit"]');
    await form.waitForFunction(() => /\d{5}/.test(document.body.innerText));
    await s.panel.bringToFront();
    await s.panel.evaluate(() => scrollTo(0, 0));
    await fillScript(s.panel, T.anomaly.summary);
    await s.panel.waitForSelector('[data-testid="duplicate"][data-verdict="block"] [data-ticket]');
    await s.panel.click('#ars-bar-duplicate');
  },
  async incident(s) {
    await s.publishFeed();
    // The extension reads the feed daily; the référent (or the demo) need not wait: « Actualiser ».
    const options = await s.context.newPage();
    await options.goto(`${s.extensionBase}options.html`);
    await options.click('[data-testid="feed-refresh"]');
    await until(
      options,
      `/appliqué/.test(document.querySelector('[data-testid="feed-message"]')?.textContent ?? '')`,
      15_000,
    );
    await options.close();
    await s.sisiao.goto(`${SISIAO}/demandes/7700042`);
    await s.sisiao.waitForSelector('.statut');
    await s.panel.bringToFront();
    await s.panel.waitForFunction(() =>
      document.querySelector('[data-field="demandeId"]')?.textContent?.includes('7700042'),
    );
    await s.panel.evaluate(() => scrollTo(0, 0));
    await s.panel.fill('#ars-summary', T.incident.summary);
    await s.panel.fill('#ars-description', T.incident.description);
    await until(
      s.panel,
      `(document.querySelector('[data-testid="duplicate"][data-verdict="block"]')?.textContent ?? '').includes('traite déjà cet incident')`,
    );
    await s.panel.click('#ars-bar-duplicate');
  },
  async indicators(s) {
    if (s.calls.escalated) {
      await s.panel.click('#ars-step-call-toggle');
      await s.panel.waitForSelector('#ars-call-outcome-escalade:checked', { timeout: 15_000 });
      await endCall(s, s.calls.escalated, T.anomaly.callMinutesAgo);
    }
    const opened = s.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/indicators.html'),
    });
    await s.panel.click('#ars-call-indicators');
    const page = await opened;
    s.pages.indicators = page;
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.waitForSelector('[data-testid="indicators-summary"]');
    await page.fill('.ars-export input[type="text"]', T.departement);
    await page.waitForTimeout(400); // the charts' first animation
  },
  async export(s) {
    const page = s.pages.indicators;
    if (!page) throw new Error('pas de page des indicateurs');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter (.xlsx)' }).click();
    const file = await download;
    await file.saveAs(path.join(s.out, file.suggestedFilename()));
    await page.evaluate(() => document.querySelector('.ars-export')?.scrollIntoView());
  },
};

function picture(id: StepId): string {
  return SCENE.find((s) => s.id === id)?.picture ?? `${id}.png`;
}

/** Which page a step's picture shows (the capture writes its own bitmap). */
function photographed(step: SceneStep, s: Stage): Page | null {
  if (step.id === 'capture') return null;
  if (step.id === 'anomaly') return s.sisiao;
  if (step.id === 'form') return s.pages.form ?? null;
  if (step.id === 'indicators' || step.id === 'export') return s.pages.indicators ?? null;
  return s.panel;
}

/** Plays every step in order, prints its caption, writes its picture. */
export async function playScene(
  context: BrowserContext,
  extensionBase: string,
  out: string,
  publishFeed: () => Promise<void>,
): Promise<void> {
  const sisiao = context.pages()[0] ?? (await context.newPage());
  await sisiao.goto(`${SISIAO}/demandes`);
  const panel = await context.newPage();
  await panel.setViewportSize(PANEL_SIZE);
  await panel.goto(`${extensionBase}sidepanel.html`);
  const s: Stage = {
    context,
    extensionBase,
    sisiao,
    panel,
    out,
    pages: {},
    calls: {},
    publishFeed,
  };
  for (const [n, step] of SCENE.entries()) {
    await PLAY[step.id](s).catch((err: unknown) => {
      throw new Error(`Étape « ${step.id} » : ${err instanceof Error ? err.message : String(err)}`);
    });
    const page = photographed(step, s);
    if (step.nextAction && page) await assertInReach(page, step.nextAction);
    if (page)
      await page.screenshot({
        path: path.join(out, step.picture),
        fullPage: page === s.pages.form,
      });
    console.log(`${String(n + 1).padStart(2)}. ${step.caption}  → ${step.picture}`);
  }
}
