import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { pollUntil, type E2EBrowser, type E2EPage, type LaunchOptions } from './driver';
import { killBrowserOnProfile } from './processes';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'assistant-referent@sisiao.example';
/** Pinned so the extension's pages have a known address (moz-extension://<uuid>/). */
const UUID = '7b0f5d3e-8c1a-4b7e-9d62-5a4e3c2b1f00';

function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    // Not page.waitForSelector({ visible }): Puppeteer polls visibility on animation frames, which
    // Firefox does not run in a background tab, so a tab the browser left behind another one
    // (a closed tab's neighbour, a tab the extension opened) waited forever for an element that
    // was there. Polled from here, with Puppeteer's own rule for « visible ».
    waitFor: async (selector, timeoutMs = 10_000) =>
      void (await pollUntil(
        () =>
          page.evaluate((sel) => {
            const el = document.querySelector(sel);
            if (!el) return false;
            const rect = el.getBoundingClientRect();
            return (
              getComputedStyle(el).visibility !== 'hidden' && rect.width > 0 && rect.height > 0
            );
          }, selector),
        timeoutMs,
        `${selector} to be visible in ${page.url()}`,
      )),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as KeyInput),
    // Puppeteer's locator waits for animation frames, which Firefox does not run in background
    // tabs: set the value as a framework expects it (native setter, then an input event).
    fill: async (selector, value) => {
      await page.waitForSelector(selector);
      await page.$eval(
        selector,
        (el, v) => {
          const field = el as HTMLInputElement | HTMLTextAreaElement;
          const proto = Object.getPrototypeOf(field) as object;
          const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
          field.focus();
          setter?.call(field, v);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          field.dispatchEvent(new Event('change', { bubbles: true }));
        },
        value,
      );
    },
    text: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
    value: (selector) => page.$eval(selector, (el) => (el as HTMLInputElement).value),
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    // Polled from here: Puppeteer's default polls on animation frames, which Firefox does not run
    // in background tabs (the SI SIAO tab and the panel are often both open).
    waitForFunction: async (expression, timeoutMs = 10_000) =>
      void (await pollUntil(() => page.evaluate(expression), timeoutMs, expression.slice(0, 120))),
    bringToFront: () => page.bringToFront(),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Debian's Firefox ESR over WebDriver BiDi, with the built extension as a temporary add-on. */
export async function launchFirefox(opts: LaunchOptions): Promise<E2EBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    dumpio: Boolean(process.env.ARS_E2E_CONSOLE),
    userDataDir: opts.profileDir,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // A temporary add-on is removed when the browser quits; keep its data for restart tests.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Host permissions of an MV3 add-on are granted on install; make sure for a temporary one.
      'extensions.originControls.grantByDefault': true,
      ...(process.env.ARS_E2E_CONSOLE
        ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true }
        : {}),
    },
  });
  await browser.installExtension(path.resolve(opts.extensionDir));
  return {
    name: 'firefox',
    extensionBase: `moz-extension://${UUID}/`,
    async newPage(url) {
      const page = await browser.newPage();
      if (url) {
        // Navigations to moz-extension:// never report "load" over BiDi: do not await them.
        if (url.startsWith('moz-extension:')) page.goto(url).catch(() => undefined);
        else await page.goto(url);
      }
      return wrap(page);
    },
    async waitForPage(predicate, timeoutMs = 10_000) {
      return pollUntil(
        async () => {
          const page = (await browser.pages()).find((p) => predicate(p.url()));
          return page ? wrap(page) : null;
        },
        timeoutMs,
        'a page opened by the extension',
      );
    },
    close: () => browser.close(),
    async kill() {
      await killBrowserOnProfile(opts.profileDir);
      await browser.disconnect().catch(() => undefined);
    },
  };
}
