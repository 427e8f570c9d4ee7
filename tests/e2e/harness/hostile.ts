import { expect } from 'vitest';
import type { E2EPage } from './driver';

/** What the hostile-input tests (issue 11) check in a page: that nothing ran, nothing was copied. */

/** Records, in a page, anything that runs: the payloads push to it, dialogs and CSP blocks too. */
export const TRAPS = `(() => {
  window.__arsPwned = window.__arsPwned || [];
  for (const k of ['alert', 'confirm', 'prompt']) window[k] = () => window.__arsPwned.push('dialog:' + k);
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__arsPwned.push('csp:' + e.violatedDirective + ':' + (e.sample || '')));
  return true;
})()`;

/** No node of the page made it into the panel as markup. */
export async function panelIsClean(panel: E2EPage): Promise<void> {
  const found = await panel.evaluate<{ pwned: string[]; nodes: string[]; html: string[] }>(`(() => {
    const bad = '[onerror], [onload], [onfocus], [onclick], [onmouseover], [srcdoc], iframe, object, embed, ' +
      'a[href^="javascript:" i], img[src="x"], [id^="hostile-"], [data-hostile], template';
    const html = document.documentElement.outerHTML;
    return {
      pwned: window.__arsPwned,
      nodes: [...document.querySelectorAll(bad)].map((n) => n.outerHTML.slice(0, 120)),
      html: ['<img src=x', '<svg onload', '<script>(window'].filter((s) => html.includes(s)),
    };
  })()`);
  expect(found).toEqual({ pwned: [], nodes: [], html: [] });
}
