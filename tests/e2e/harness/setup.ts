import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchChromium } from './chromium';
import type { E2EBrowser, E2EPage } from './driver';
import { launchFirefox } from './firefox';

export const SISIAO = 'http://127.0.0.1:4310';
export const SISIAO_2 = 'http://127.0.0.2:4311';
export const KB = 'http://localhost:4320';

export interface BrowserTarget {
  name: 'chromium' | 'firefox';
  extensionDir: string;
  launch: (opts: { profileDir: string; extensionDir: string }) => Promise<E2EBrowser>;
}

/**
 * Both real browsers, each with the demo build of the extension (it knows the demo origins).
 * `ARS_E2E_BROWSERS=firefox` (or chromium) runs one of them only, when chasing a failure.
 */
const ONLY = process.env.ARS_E2E_BROWSERS?.split(',').filter(Boolean);
const ALL_BROWSERS: BrowserTarget[] = [
  {
    name: 'chromium',
    extensionDir: path.resolve('.output/chrome-mv3-demo'),
    launch: launchChromium,
  },
  {
    name: 'firefox',
    extensionDir: path.resolve('.output/firefox-mv3-demo'),
    launch: launchFirefox,
  },
];
export const BROWSERS = ONLY?.length
  ? ALL_BROWSERS.filter((b) => ONLY.includes(b.name))
  : ALL_BROWSERS;

export interface Session {
  browser: E2EBrowser;
  server: DemoServer;
  profileDir: string;
  /** Quits the browser and starts it again on the same profile (restart tests). */
  restart(opts?: { kill?: boolean }): Promise<void>;
  openPanel(): Promise<E2EPage>;
  dispose(): Promise<void>;
}

export async function startSession(target: BrowserTarget): Promise<Session> {
  const server = await startDemoServer();
  const profileDir = mkdtempSync(path.join(os.tmpdir(), `ars-${target.name}-`));
  const session: Session = {
    browser: await target.launch({ profileDir, extensionDir: target.extensionDir }),
    server,
    profileDir,
    async restart(opts = {}) {
      if (opts.kill) await session.browser.kill();
      else await session.browser.close();
      session.browser = await target.launch({ profileDir, extensionDir: target.extensionDir });
    },
    async openPanel() {
      // Right after a (re)start, Firefox's WebDriver BiDi sometimes fails its first script call in
      // an extension page: one more try, in a fresh tab.
      for (let attempt = 1; ; attempt++) {
        const page = await session.browser.newPage(
          `${session.browser.extensionBase}sidepanel.html`,
        );
        try {
          await page.waitFor('h1');
          return page;
        } catch (err) {
          const seen = await describePage(page);
          await page.close().catch(() => undefined);
          if (attempt >= 2) throw new Error(`${String(err)} — the panel tab showed: ${seen}`);
          console.warn(`[e2e] ${target.name}: the panel did not show, try again (${seen})`);
        }
      }
    },
    async dispose() {
      await session.browser.close().catch(() => undefined);
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** What a tab shows, for the message of a wait that failed (address, state, start of the body). */
async function describePage(page: E2EPage): Promise<string> {
  const seen = page
    .evaluate<string>(
      `JSON.stringify({ url: location.href, state: document.readyState, body: (document.body?.innerHTML ?? '').slice(0, 300) })`,
    )
    .catch((err: unknown) => `(no answer: ${String(err)}) ${page.url()}`);
  const timeout = new Promise<string>((r) =>
    setTimeout(() => r(`(no answer in 3 s) ${page.url()}`), 3000),
  );
  return Promise.race([seen, timeout]);
}
