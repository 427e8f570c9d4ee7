import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../e2e/harness/firefox';

export type DemoBrowserName = 'chromium' | 'firefox';

/** A browser with the demo build of the extension, headless or for a person to use. */
export interface DemoBrowser {
  name: DemoBrowserName;
  extensionBase: string;
  /** Set in Chromium: the scene is played through it. */
  playwright?: BrowserContext;
  open(url: string): Promise<void>;
  onClose(listener: () => void): void;
  close(): Promise<void>;
}

const CHROMIUMS = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((p): p is string => Boolean(p));
const FIREFOXES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
].filter((p): p is string => Boolean(p));
/** Pinned, as in the e2e harness, so the extension's pages have a known address. */
const FIREFOX_UUID = '3c1e0a4d-5b7f-4e2a-9c8d-6f1b2a3e4d50';

function found(candidates: string[], missing: string): string {
  const exe = candidates.find((p) => existsSync(p));
  if (!exe) throw new Error(missing);
  return exe;
}

async function launchChromium(profile: string, headless: boolean): Promise<DemoBrowser> {
  const executablePath = found(
    CHROMIUMS,
    'Aucun Chromium ou Chrome trouvé : installez-le (Debian/Ubuntu : sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH.',
  );
  const dir = path.resolve('.output/chrome-mv3-demo');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    name: 'chromium',
    extensionBase: `chrome-extension://${new URL(sw.url()).host}/`,
    playwright: context,
    async open(url) {
      const blank = context.pages().find((p) => p.url() === 'about:blank');
      await (blank ?? (await context.newPage())).goto(url);
    },
    onClose: (listener) => void context.on('close', listener),
    close: () => context.close(),
  };
}

/** Firefox ESR over WebDriver BiDi, the extension as a temporary add-on (as the e2e harness). */
async function launchFirefox(profile: string, headless: boolean): Promise<DemoBrowser> {
  const executablePath = found(
    FIREFOXES,
    'Firefox ESR introuvable : installez-le (Debian/Ubuntu : sudo apt-get install firefox-esr) ou indiquez son chemin dans FIREFOX_PATH.',
  );
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: headless ? { width: 1280, height: 860 } : null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(path.resolve('.output/firefox-mv3-demo'));
  return {
    name: 'firefox',
    extensionBase: `moz-extension://${FIREFOX_UUID}/`,
    async open(url) {
      const pages = await browser.pages();
      const blank = pages.find((p) => p.url() === 'about:blank');
      await (blank ?? (await browser.newPage())).goto(url);
    },
    onClose: (listener) => void browser.on('disconnected', listener),
    close: () => browser.close(),
  };
}

export function launchForDemo(
  name: DemoBrowserName,
  opts: { profile: string; headless: boolean },
): Promise<DemoBrowser> {
  return name === 'firefox'
    ? launchFirefox(opts.profile, opts.headless)
    : launchChromium(opts.profile, opts.headless);
}
