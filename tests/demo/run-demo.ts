// `npm run demo`: serves the demo pages and starts Chromium with the demo build of the extension on
// the mock SI SIAO. Without a display, it plays the escalation flow headless and writes a
// screenshot of each step to demo-output/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from './server';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((p): p is string => Boolean(p));

const executablePath = CANDIDATES.find((p) => existsSync(p));
if (!executablePath) {
  console.error(
    'Aucun Chromium ou Chrome trouvé : installez-le (Debian/Ubuntu : sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.',
  );
  process.exit(1);
}

const extensionDir = path.resolve('.output/chrome-mv3-demo');
const headless = !process.env.DISPLAY && process.platform === 'linux';
const server = await startDemoServer();
const profile = path.join(os.tmpdir(), `ars-demo-${Date.now()}`);
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const sisiao = context.pages()[0] ?? (await context.newPage());
await sisiao.goto('http://127.0.0.1:4310/menages/9100018');

if (!headless) {
  console.log(
    'Chromium est ouvert sur le SI SIAO de démo. Cliquez sur le bouton de l’extension pour ouvrir le panneau.',
  );
  console.log(
    'Formulaire de support : http://localhost:4320/support/kb-tickets/new — Ctrl+C pour arrêter.',
  );
  const stop = () => void context.close().finally(() => server.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  context.on('close', stop);
} else {
  const out = path.resolve('demo-output');
  mkdirSync(out, { recursive: true });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const panelUrl = `chrome-extension://${new URL(sw.url()).host}/sidepanel.html`;
    await sisiao.waitForSelector('dl.ident');
    await sisiao.click('button[data-tab="pieces"]');
    await sisiao.click('#save-pieces');
    await sisiao.waitForSelector('.toast');
    await sisiao.screenshot({ path: path.join(out, '1-si-siao-fiche-menage.png') });

    const panel = await context.newPage();
    await panel.goto(panelUrl);
    // The context comes from the SI SIAO tab a moment after the panel opens: type only then, or
    // the text would go to a draft without context.
    await panel.waitForFunction(() =>
      document.querySelector('[data-field="menageId"]')?.textContent?.includes('9100018'),
    );
    await panel.fill(
      '#ars-summary',
      "Impossible d'enregistrer les pièces justificatives du ménage",
    );
    await panel.fill(
      '#ars-description',
      'Le bouton « Enregistrer les pièces justificatives » affiche une erreur technique à chaque essai.',
    );
    await panel.fill(
      '#ars-expected',
      'Les pièces justificatives sont enregistrées dans la fiche ménage.',
    );
    await panel.fill(
      '#ars-obtained',
      'Le message « Une erreur technique est survenue » s’affiche.',
    );
    // One click: the SI SIAO screen captured with strict masking (the panel drives the tab, which
    // must be the one shown, as when the side panel is beside it).
    await sisiao.bringToFront();
    await panel.evaluate(() =>
      (document.querySelector('#ars-capture-visible') as HTMLButtonElement | null)?.click(),
    );
    await panel
      .waitForSelector('[data-testid="screenshot-thumb"]', { timeout: 20_000 })
      .catch(async (err: unknown) => {
        const said = await panel
          .locator('[data-testid="capture-error"]')
          .textContent({ timeout: 1000 })
          .catch(() => null);
        throw new Error(`La capture n'a pas été prise : ${said ?? String(err)}`);
      });
    const png = await panel.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const r = indexedDB.open('ars');
          r.onsuccess = () => {
            const q = r.result.transaction('screenshots').objectStore('screenshots').getAll();
            q.onsuccess = async () => {
              const rec = q.result.sort((a, b) => a.createdAt - b.createdAt).at(-1);
              const bytes = new Uint8Array(await rec.blob.arrayBuffer());
              let bin = '';
              for (const b of bytes) bin += String.fromCharCode(b);
              resolve(btoa(bin));
            };
            q.onerror = () => reject(String(q.error));
          };
        }),
    );
    writeFileSync(path.join(out, '2-capture-masquee.png'), Buffer.from(png, 'base64'));
    // The panel's own width beside the SI SIAO, set only now: Chromium's emulated viewport would
    // otherwise be what the capture photographs.
    await panel.setViewportSize({ width: 420, height: 860 });
    await panel.bringToFront();
    const proposal = panel.locator('[data-testid="motif-proposal"] button');
    if (await proposal.count()) await proposal.click();
    await panel.waitForSelector('#ars-prepare:not([disabled])');
    await panel.screenshot({ path: path.join(out, '3-panneau-escalade.png'), fullPage: true });

    const formPage = context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/support/kb-tickets/new'),
    });
    await panel.click('#ars-prepare');
    const form = await formPage;
    // The banner comes once every field is done (the sous-motif loads after the motif).
    await form.waitForFunction(
      () =>
        (document.querySelector('#ars-banner')?.shadowRoot?.textContent ?? '').includes(
          'pré-rempli',
        ),
      undefined,
      { timeout: 15_000 },
    );
    await form.screenshot({ path: path.join(out, '4-formulaire-pre-rempli.png'), fullPage: true });
    console.log(`Démo jouée sans écran : captures de chaque étape dans ${out}/`);
  } finally {
    await context.close();
    await server.close();
  }
}
