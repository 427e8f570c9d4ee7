import { browser } from 'wxt/browser';
import { isOwnSender } from '../../utils/ext/messaging';
import { parseHere, ParsePagesSchema } from '../../utils/ext/kb-parse';

// Chrome only: the service worker has no DOM, this document parses knowledge-base pages for it.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (!isOwnSender(sender)) return undefined;
  const parsed = ParsePagesSchema.safeParse(message);
  if (!parsed.success) return undefined;
  return Promise.resolve(parseHere(parsed.data));
});
