import { storage } from 'wxt/utils/storage';

// Kept in session storage: an MV3 service worker may be stopped between two messages.
const tabItem = storage.defineItem<unknown>('session:lastSisiaoTab');

/** The SI SIAO tab that spoke last, for a panel opened away from it (a pinned tab). */
export async function rememberSisiaoTab(tabId: number): Promise<void> {
  await tabItem.setValue(tabId);
}

export async function lastSisiaoTab(): Promise<number | null> {
  const tabId = await tabItem.getValue();
  return typeof tabId === 'number' ? tabId : null;
}
