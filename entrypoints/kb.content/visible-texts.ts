/** One piece of text a person sees, with where it is (for a test's message). */
export interface VisibleText {
  text: string;
  where: string;
}

/**
 * The texts a person sees under `root` that are not marked as French content (`lang="fr"` on the
 * element or an ancestor: article titles, nomenclature labels, the ticket's own French text). Text
 * nodes, the chosen option of a select, placeholders and accessible names. Used by the English
 * walk of the end-to-end tests (through the demo probe for closed roots); self-contained, so the
 * tests can also run it in a page as `(${visibleTexts})(document.body)`.
 */
export function visibleTexts(root: Node): VisibleText[] {
  const out: VisibleText[] = [];
  const SKIP = new Set([
    'SCRIPT',
    'STYLE',
    'TEMPLATE',
    'NOSCRIPT',
    'OPTION',
    'OPTGROUP',
    'TEXTAREA',
  ]);
  const shown = (el: Element): boolean => {
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check) return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
    return el.getClientRects().length > 0;
  };
  const french = (el: Element): boolean =>
    (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('fr');
  const where = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''
    }`;
  const add = (text: string | null | undefined, el: Element): void => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    if (clean) out.push({ text: clean, where: where(el) });
  };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4); // elements and text nodes
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script,style,template,noscript,option,optgroup,textarea')) {
        continue;
      }
      if (!french(parent) && shown(parent)) add(node.nodeValue, parent);
      continue;
    }
    const el = node as Element;
    if (SKIP.has(el.tagName) || french(el) || !shown(el)) continue;
    for (const name of ['placeholder', 'aria-label', 'title', 'alt'])
      add(el.getAttribute(name), el);
    if (el.tagName === 'SELECT') {
      const chosen = (el as HTMLSelectElement).selectedOptions[0];
      if (chosen && !french(chosen)) add(chosen.textContent, el);
    }
  }
  return out;
}
