import { ask } from '../../utils/ext/protocol/ask';
import { searchKb } from '../../utils/ext/protocol/messages/kb-index';
import { attachClosedRoot } from './closed-ui';
import { kt } from './text';

let box: HTMLElement | null = null;
let root: ShadowRoot | null = null;

/**
 * « Ces articles répondent peut-être à votre demande », under the description field (deflection,
 * as the big help desks do). Titles are set as text: nothing from the index is parsed as HTML.
 */
export async function showSuggestions(anchor: Element, query: string): Promise<void> {
  const q = query.trim();
  const hits = q.length < 8 ? [] : await ask(searchKb, { query: q, limit: 3 }).catch(() => []);
  if (!box) {
    box = document.createElement('ars-suggestions');
    box.id = 'ars-suggestions';
    root = attachClosedRoot(box);
  }
  if (!box.isConnected) anchor.insertAdjacentElement('afterend', box);
  if (!root) return;
  root.replaceChildren();
  if (hits.length === 0) return;
  const wrap = document.createElement('div');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', kt('suggestionsLabel'));
  wrap.style.cssText =
    'font: 14px/1.4 Marianne, Arial, sans-serif; background: #e3e3fd; padding: 8px 12px; margin: 6px 0;';
  const title = document.createElement('strong');
  title.textContent = kt('suggestionsTitle');
  const list = document.createElement('ul');
  list.lang = 'fr'; // the articles' titles, as the knowledge base writes them
  list.style.margin = '4px 0';
  for (const hit of hits) {
    let href: string;
    try {
      const u = new URL(hit.sectionUrl, location.origin);
      if (u.origin !== location.origin) continue; // only this knowledge base's own pages
      href = u.href;
    } catch {
      continue;
    }
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = hit.title;
    li.append(a);
    list.append(li);
  }
  wrap.append(title, list);
  root.append(wrap);
}
