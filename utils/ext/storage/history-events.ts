import { storage } from 'wxt/utils/storage';

/**
 * Extension pages learn that the history changed through this storage.local key (a timestamp):
 * IndexedDB has no change events across pages.
 */
export const HISTORY_CHANGED_KEY = 'historyChangedAt';

const changedAtItem = storage.defineItem<number>(`local:${HISTORY_CHANGED_KEY}`);

export async function announceHistoryChange(): Promise<void> {
  await changedAtItem.setValue(Date.now());
}
