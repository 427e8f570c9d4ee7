import type { Browser } from 'wxt/browser';
import { ContextChangedSchema, GetTargetTabSchema } from '../../../utils/ext/messaging';
import { lastSisiaoTab, rememberSisiaoTab } from '../../../utils/ext/storage/target-tab';

/** Remembers the SI SIAO tab that spoke last, for a panel opened away from it (a pinned tab). */
export function handleContextChanged(message: unknown, sender: Browser.runtime.MessageSender) {
  const parsed = ContextChangedSchema.safeParse(message);
  if (!parsed.success || sender.tab?.id === undefined) return undefined;
  return rememberSisiaoTab(sender.tab.id);
}

export async function handleGetTargetTab(message: unknown): Promise<{ tabId: number | null }> {
  GetTargetTabSchema.parse(message);
  return { tabId: await lastSisiaoTab() };
}
