import { browser, type Browser } from 'wxt/browser';

/** True when a message comes from this extension (its pages or its content scripts). */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}
