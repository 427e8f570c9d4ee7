import type { BrowserContext } from 'playwright-core';

/**
 * Waits for the crawl the extension starts on install (as on a référent's machine, here on the demo
 * knowledge base) to have indexed articles; asks for one if none came. Returns how many.
 */
export async function waitForKnowledgeBase(
  context: BrowserContext,
  extensionBase: string,
  timeoutMs = 30_000,
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${extensionBase}options.html`);
    // The extension's own messages, sent from one of its pages (a string: no `chrome` types here).
    const count = () =>
      page.evaluate<number>(
        `chrome.runtime.sendMessage({ type: 'kbStatus' }).then((s) => (s?.lastRefresh ? s.articleCount : 0))`,
      );
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const n = await count().catch(() => 0);
      if (n > 0) return n;
      await page.waitForTimeout(250);
    }
    return await page.evaluate<number>(
      `chrome.runtime.sendMessage({ type: 'refreshKb' }).then((s) => s.articleCount)`,
    );
  } finally {
    await page.close();
  }
}
