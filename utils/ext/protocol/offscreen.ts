import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isOwnSender } from '../sender';

/**
 * Chrome only: the background (a service worker, no DOM) sends knowledge-base pages to the
 * offscreen document, which parses them (kb-parse.ts). The answer is checked by the crawl that
 * reads it, item by item.
 */
export const ParsePagesSchema = z.object({
  type: z.literal('parsePages'),
  target: z.literal('offscreen'),
  mode: z.enum(['articles', 'categoryLinks']),
  pages: z.array(z.object({ url: z.string().url(), html: z.string().max(5_000_000) })).max(200),
});
export type ParsePagesRequest = z.infer<typeof ParsePagesSchema>;

export async function askOffscreen(request: ParsePagesRequest): Promise<unknown[]> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!Array.isArray(answer)) throw new Error('Le document hors écran n’a pas répondu.');
  return answer;
}

/** In the offscreen document: answers parse requests from this extension only. */
export function serveOffscreen(parse: (request: ParsePagesRequest) => unknown[]): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isOwnSender(sender)) return undefined;
    const parsed = ParsePagesSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve(parse(parsed.data));
  });
}
