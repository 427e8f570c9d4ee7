import { browser } from 'wxt/browser';
import { askOffscreen, type ParsePagesRequest } from './protocol/offscreen';
import type { ParseOutcome } from '../sites/kb/crawl';
import { articleLinksFromCategoryPage } from '../sites/kb/sitemap';
import { extractArticle } from '../sites/kb/extract';

/**
 * Readability needs a DOM. Firefox's background page has one; Chrome's MV3 service worker does
 * not, so there the pages go to an offscreen document (entrypoints/offscreen) that parses them.
 */

export type { ParsePagesRequest };

/** Parses pages where a DOM is at hand (an extension page or Firefox's background page). */
export function parseHere(request: ParsePagesRequest): ParseOutcome[] | string[] {
  const parser = new DOMParser();
  if (request.mode === 'categoryLinks') {
    return request.pages.flatMap((p) =>
      articleLinksFromCategoryPage(parser.parseFromString(p.html, 'text/html'), p.url),
    );
  }
  return request.pages.map((p): ParseOutcome => {
    const outcome = extractArticle(parser.parseFromString(p.html, 'text/html'), p.url);
    return outcome.ok
      ? { url: p.url, ok: true, article: outcome.article }
      : { url: p.url, ok: false, reason: outcome.reason };
  });
}

interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen)
    throw new Error('Aucun moyen de lire les pages ici (ni DOM, ni document hors écran).');
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification: 'Lire les articles de la base de connaissances pour la recherche hors ligne.',
    })
    .catch((err: unknown) => {
      // Already open (a race with another refresh) is fine.
      if (!/single offscreen|already/i.test(String(err))) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Parses pages in batches, wherever a DOM is available. */
export async function parsePages(
  mode: ParsePagesRequest['mode'],
  pages: ParsePagesRequest['pages'],
): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < pages.length; i += 20) {
    const request: ParsePagesRequest = {
      type: 'parsePages',
      target: 'offscreen',
      mode,
      pages: pages.slice(i, i + 20),
    };
    if (typeof DOMParser !== 'undefined') {
      out.push(...parseHere(request));
    } else {
      await ensureOffscreen();
      out.push(...(await askOffscreen(request)));
    }
  }
  return out;
}
