/** Loading the saved support-form pages of tests/fixtures/kb/forms/ into happy-dom. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths, not URLs: happy-dom replaces the global URL, which node:fs then refuses.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/kb/forms');

/** The HTML of a saved page. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** A saved page parsed on its own (no iframe loads): for counting selector matches. */
export function parseFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/**
 * A saved page put into the test's live document, so that `srcdoc` iframes load and events run.
 * Resolves once every iframe of the page has loaded.
 */
export async function mountFixture(name: string): Promise<Document> {
  const html = fixtureHtml(name);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.body.innerHTML = body;
  const frames = [...document.querySelectorAll('iframe[srcdoc]')];
  await Promise.all(
    frames.map(
      (frame) =>
        new Promise<void>((resolve) => {
          if ((frame as HTMLIFrameElement).contentDocument?.body?.childElementCount)
            return resolve();
          frame.addEventListener('load', () => resolve(), { once: true });
          setTimeout(resolve, 200);
        }),
    ),
  );
  return document;
}

/** The frame document of the first `srcdoc` iframe. */
export function frameDocument(doc: Document = document): Document {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe[srcdoc]');
  if (!frame?.contentDocument) throw new Error('no loaded iframe');
  return frame.contentDocument;
}
