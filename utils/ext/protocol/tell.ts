import { browser } from 'wxt/browser';
import type { BackgroundMessages } from './background';
import type { RequestOf } from './define';

/**
 * For the SI SIAO content script, which carries no zod (its size budget): sends a declared
 * message, typed from the protocol at compile time only, and hands back the raw answer for the
 * caller to check by hand.
 */
export function tell<K extends keyof BackgroundMessages>(
  type: K,
  request: RequestOf<BackgroundMessages[K]>,
): Promise<unknown> {
  return browser.runtime.sendMessage({ ...request, type });
}
