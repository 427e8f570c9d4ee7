import { browser } from 'wxt/browser';

/**
 * Extension pages learn that the history changed through this storage.local key (a timestamp):
 * IndexedDB has no change events across pages.
 */
export const HISTORY_CHANGED_KEY = 'historyChangedAt';

export async function announceHistoryChange(): Promise<void> {
  await browser.storage.local.set({ [HISTORY_CHANGED_KEY]: Date.now() });
}
