import { browser } from 'wxt/browser';

// Kept in session storage: an MV3 service worker may be stopped between two messages.
const KEY = 'lastSisiaoTab';

/** The SI SIAO tab that spoke last, for a panel opened away from it (a pinned tab). */
export async function rememberSisiaoTab(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: tabId });
}

export async function lastSisiaoTab(): Promise<number | null> {
  const tabId: unknown = (await browser.storage.session.get(KEY))[KEY];
  return typeof tabId === 'number' ? tabId : null;
}
