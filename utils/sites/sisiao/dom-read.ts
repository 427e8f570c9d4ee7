/**
 * Small, bounded DOM reads shared by the detector and the masking finder. Everything here works on
 * any DOM implementation (page, happy-dom, a saved page): node types are compared by number and
 * tag names by `localName`, never with `instanceof`, which fails across windows.
 */

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Content a person does not see, or types: never a source of labels or values. */
export const UNSEEN_OR_TYPED =
  '[hidden],[aria-hidden="true"],template,script,style,noscript,textarea,[contenteditable=""],[contenteditable="true"],dialog:not([open])';

/** Text of an element, capped, whitespace collapsed; cheap enough to call on a handful of nodes. */
export function textOf(node: Node | null | undefined, max = 200): string {
  if (!node) return '';
  const raw = node.textContent ?? '';
  return raw
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

/** A table's or an ARIA grid's header cell: the name of a column, never a value. */
export function isHeaderCell(el: Element): boolean {
  return el.localName === 'th' || /header/.test(el.getAttribute('role') ?? '');
}

export function isControl(el: Element): boolean {
  const n = el.localName;
  return n === 'input' || n === 'select' || n === 'textarea';
}

/**
 * What a form control displays. With `readonlyOnly`, an editable input gives nothing: its value
 * may be what someone is typing (a search), not what the screen is about.
 */
export function controlValue(el: Element, readonlyOnly: boolean): string | null {
  const name = el.localName;
  if (name === 'select') return selectedOptionText(el);
  if (name !== 'input') return null;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'hidden' || type === 'password' || type === 'checkbox' || type === 'radio')
    return null;
  if (readonlyOnly && !el.hasAttribute('readonly') && !el.hasAttribute('disabled')) return null;
  const live = (el as HTMLInputElement).value;
  const value = typeof live === 'string' ? live : el.getAttribute('value');
  return value ? value.trim().slice(0, 200) : null;
}

/** The selected option's label: the live selection when there is one, else the markup's. */
export function selectedOptionText(select: Element): string | null {
  const s = select as HTMLSelectElement;
  const options = select.querySelectorAll('option');
  let option: Element | null | undefined = null;
  if (typeof s.selectedIndex === 'number' && s.selectedIndex >= 0)
    option = options[s.selectedIndex];
  option ??= select.querySelector('option[selected]') ?? options[0];
  const text = textOf(option, 200);
  return text || null;
}

/** Whether the element sits in content a person does not see or types into. */
export function isUnseenOrTyped(el: Element): boolean {
  try {
    return el.closest(UNSEEN_OR_TYPED) !== null;
  } catch {
    return false;
  }
}

/** Up to `max` elements matching a selector; an invalid selector (from a rule) gives none. */
export function queryAll(root: ParentNode, selector: string, max: number): Element[] {
  let list: NodeListOf<Element>;
  try {
    list = root.querySelectorAll(selector);
  } catch {
    return [];
  }
  const n = Math.min(list.length, max);
  const out: Element[] = new Array<Element>(n);
  for (let i = 0; i < n; i++) out[i] = list[i] as Element;
  return out;
}

/** Next element sibling that shows something other than punctuation (`:` alone in its own span). */
export function nextMeaningfulSibling(el: Element): Element | null {
  let sib = el.nextElementSibling;
  for (let i = 0; sib && i < 3; i++, sib = sib.nextElementSibling) {
    if (isControl(sib) || /[\p{L}\p{N}]/u.test(textOf(sib, 80))) return sib;
  }
  return null;
}
