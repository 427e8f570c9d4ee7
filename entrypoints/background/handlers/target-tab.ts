import { browser } from 'wxt/browser';
import { ContextChangedSchema, GetTargetTabSchema } from '../../../utils/ext/messaging';
import type { Browser } from 'wxt/browser';

// Kept in session storage: an MV3 service worker may be stopped between two messages.
const KEY = 'lastSisiaoTab';

/** Remembers the SI SIAO tab that spoke last, for a panel opened away from it (a pinned tab). */
export function handleContextChanged(message: unknown, sender: Browser.runtime.MessageSender) {
  const parsed = ContextChangedSchema.safeParse(message);
  if (!parsed.success || sender.tab?.id === undefined) return undefined;
  return browser.storage.session.set({ [KEY]: sender.tab.id }).then(() => undefined);
}

export async function handleGetTargetTab(message: unknown): Promise<{ tabId: number | null }> {
  GetTargetTabSchema.parse(message);
  const stored = await browser.storage.session.get(KEY);
  const tabId = stored[KEY];
  return { tabId: typeof tabId === 'number' ? tabId : null };
}
