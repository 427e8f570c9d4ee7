import type { Browser } from 'wxt/browser';
import { lastSisiaoTab, rememberSisiaoTab } from '../../../utils/ext/storage/target-tab';

/** Remembers the SI SIAO tab that spoke last, for a panel opened away from it (a pinned tab). */
export async function handleContextChanged(
  _request: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<undefined> {
  if (sender.tab?.id !== undefined) await rememberSisiaoTab(sender.tab.id);
  return undefined;
}

export async function handleGetTargetTab(): Promise<{ tabId: number | null }> {
  return { tabId: await lastSisiaoTab() };
}
