import type { E2EBrowser, E2EPage } from './driver';
import { pollUntil } from './driver';
import type { VisibleText } from '../../../entrypoints/kb.content/visible-texts';

/**
 * The extension's UI on the knowledge base lives in closed shadow roots: the page (and so a test
 * evaluating in it) cannot read them. Tests read them the way only the extension can: an extension
 * page asks the content script (demo builds answer `arsTestProbe`), and clicks are real mouse
 * events at the element's place.
 */
export type KbHost = 'ars-banner' | 'ars-guard' | 'ars-suggestions';

const probers = new WeakMap<E2EBrowser, Promise<E2EPage>>();

function prober(browser: E2EBrowser): Promise<E2EPage> {
  let page = probers.get(browser);
  if (!page) {
    page = (async () => {
      const p = await browser.newPage(`${browser.extensionBase}options.html`);
      await pollUntil(
        () => p.evaluate<boolean>(`!!(globalThis.browser ?? globalThis.chrome)?.tabs`),
        15_000,
        'the extension page used to probe the knowledge base',
      );
      return p;
    })();
    probers.set(browser, page);
  }
  return page;
}

/** Opens the extension page the probes go through, so a timed step does not pay for it. */
export async function readyKbUi(browser: E2EBrowser): Promise<void> {
  await prober(browser);
}

/** Sends a probe to the content script of the tab whose address starts with `urlPrefix`. */
async function probe<T>(
  browser: E2EBrowser,
  page: E2EPage,
  message: { host: KbHost; op: 'text' | 'box' | 'value' | 'visible'; id?: string },
): Promise<T | null> {
  const ext = await prober(browser);
  const url = page.url().split('#')[0] ?? '';
  return ext.evaluate<T | null>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t) => (t.url ?? '').split('#')[0] === ${JSON.stringify(url)});
    if (!tab) return null;
    try {
      return (await api.tabs.sendMessage(tab.id, ${JSON.stringify({ type: 'arsTestProbe', ...message })})) ?? null;
    } catch { return null; }
  })()`);
}

export interface KbUi {
  /** The text of one of our hosts (or of the element `id` in it), '' when it is absent. */
  text(host: KbHost, id?: string): Promise<string>;
  /** Waits until the host's text satisfies the test. */
  waitForText(host: KbHost, test: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /** What a person sees in the host (visible texts not marked French content). */
  visible(host: KbHost): Promise<VisibleText[]>;
  /** A person's click on the element `id` inside the host. */
  click(host: KbHost, id: string): Promise<void>;
  /** A person clicks the field `id` inside the host and types. */
  type(host: KbHost, id: string, text: string): Promise<void>;
}

export function kbUi(browser: E2EBrowser, page: E2EPage): KbUi {
  const text = async (host: KbHost, id?: string) =>
    (await probe<string>(browser, page, { host, op: 'text', ...(id ? { id } : {}) })) ?? '';
  const clickOn = async (host: KbHost, id: string) => {
    const box = await pollUntil(
      () => probe<{ x: number; y: number }>(browser, page, { host, op: 'box', id }),
      10_000,
      `#${id} in ${host}`,
    );
    await page.bringToFront();
    await page.clickAt(box.x, box.y);
  };
  return {
    text,
    async waitForText(host, test, timeoutMs = 10_000) {
      let last = '';
      return pollUntil(
        async () => {
          last = await text(host);
          return test(last) ? last : null;
        },
        timeoutMs,
        `${host} text`,
      );
    },
    async visible(host) {
      return (await probe<VisibleText[]>(browser, page, { host, op: 'visible' })) ?? [];
    },
    click: clickOn,
    async type(host, id, value) {
      await clickOn(host, id);
      await page.type(value);
    },
  };
}
