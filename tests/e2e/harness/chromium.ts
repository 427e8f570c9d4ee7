import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pollUntil, type E2EBrowser, type E2EPage, type LaunchOptions } from './driver';
import { killBrowserOnProfile } from './processes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector, timeoutMs = 10_000) =>
      void (await page.waitForSelector(selector, { state: 'visible', timeout: timeoutMs })),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    fill: (selector, value) => page.fill(selector, value),
    text: async (selector) => (await page.textContent(selector)) ?? '',
    value: (selector) => page.inputValue(selector),
    evaluate: (fn) => page.evaluate(fn),
    // Polled from here: Playwright's own polling evaluates a string inside the page, which the
    // extension pages' Content-Security-Policy (no 'unsafe-eval') refuses.
    waitForFunction: async (expression, timeoutMs = 10_000) =>
      void (await pollUntil(() => page.evaluate(expression), timeoutMs, expression.slice(0, 120))),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => void (await page.screenshot({ path })),
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Debian's Chromium with the built extension loaded, in a persistent profile. */
export async function launchChromium(opts: LaunchOptions): Promise<E2EBrowser> {
  const context: BrowserContext = await chromium.launchPersistentContext(opts.profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const sw =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionBase = `chrome-extension://${new URL(sw.url()).host}/`;
  return {
    name: 'chromium',
    extensionBase,
    async newPage(url) {
      const page = await context.newPage();
      if (url) await page.goto(url);
      return wrap(page);
    },
    async waitForPage(predicate, timeoutMs = 10_000) {
      return pollUntil(
        async () => {
          const page = context.pages().find((p) => predicate(p.url()));
          return page ? wrap(page) : null;
        },
        timeoutMs,
        'a page opened by the extension',
      );
    },
    close: () => context.close(),
    async kill() {
      await killBrowserOnProfile(opts.profileDir);
      await context.close().catch(() => undefined);
    },
  };
}
