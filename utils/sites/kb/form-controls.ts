/**
 * What both HubSpot adapters share: finding the controls of a form, their visible labels, and a
 * selector that describes each one. Works across frames: the form may live in a same-origin
 * iframe, whose elements are not `instanceof` the top window's classes, so tag names are checked.
 */
import type { FormField } from './form-mapping';

/** How a control is operated. */
export type FieldKind = 'text' | 'textarea' | 'select' | 'hsfc-dropdown' | 'file' | 'radio-group';

/** An element that holds a submitted value. */
export type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A control found in a form, before it is assigned a logical field. */
export interface Control {
  kind: FieldKind;
  /** What a person operates: the input, a custom drop-down's or a radio group's container. */
  element: HTMLElement;
  /** What the form submits (a custom drop-down's hidden input; a radio group's first button,
   * whose value says nothing: read the group with {@link groupRadios}). */
  valueElement: ValueElement;
  name: string;
  label: string;
}

/** A control assigned to a logical field, with a selector that describes it. */
export interface FieldHandle extends Control {
  field: FormField;
  selector: string;
  /** For files: whether several may be attached. */
  multiple: boolean;
}

const TEXT_TYPES = new Set(['', 'text', 'email', 'search', 'tel', 'url']);

export function isTag<K extends keyof HTMLElementTagNameMap>(
  el: Element | null | undefined,
  tag: K,
): el is HTMLElementTagNameMap[K] {
  return !!el && el.tagName.toLowerCase() === tag;
}

/** The kind of a native control, or null when it is not one we fill (checkbox, hidden…). */
export function nativeKind(el: Element): FieldKind | null {
  if (isTag(el, 'textarea')) return 'textarea';
  if (isTag(el, 'select')) return 'select';
  if (!isTag(el, 'input')) return null;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (type === 'file') return 'file';
  return TEXT_TYPES.has(type) ? 'text' : null;
}

/** Visible text of an element, without required markers and error messages. */
export function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const noise of Array.from(
    copy.querySelectorAll(
      '.hs-form-required, .hsfc-FieldLabel__RequiredIndicator, [aria-hidden="true"], .hs-error-msgs, script, style',
    ),
  )) {
    noise.remove();
  }
  return (copy.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s*\*\s*$/, '')
    .trim();
}

/**
 * The label a person sees for a control: `<label for>`, `aria-labelledby`, `aria-label`, the
 * wrapping label, then the label just before it in its field wrapper, then the placeholder. An
 * empty source does not stop the search: themes that hide labels leave `<label for><span></span>`
 * and put the wording in the placeholder (seen on new-editor embeds: placeholder « *E-Mail* »).
 */
export function labelOf(el: HTMLElement, wrapperSelector: string): string {
  const doc = el.ownerDocument;
  const sources: (() => string)[] = [
    () => {
      const forLabel = el.id ? doc.querySelector(`label[for="${cssEscape(el.id)}"]`) : null;
      return forLabel ? visibleText(forLabel) : '';
    },
    () =>
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? doc.getElementById(id) : null))
        .filter((node): node is HTMLElement => !!node)
        .map(visibleText)
        .join(' ')
        .trim(),
    () => el.getAttribute('aria-label')?.trim() ?? '',
    () => {
      const wrapping = el.closest('label');
      return wrapping ? visibleText(wrapping) : '';
    },
    () => {
      const label = precedingLabel(el, wrapperSelector);
      return label ? visibleText(label) : '';
    },
    () => el.getAttribute('placeholder')?.trim() ?? '',
  ];
  for (const source of sources) {
    const text = source();
    if (text) return text;
  }
  return '';
}

const LABELS = 'label:not(.hs-error-msg), legend:not(.hs-field-desc)';
const CONTROLS = 'input:not([type="hidden"]), select, textarea';
// Node.compareDocumentPosition bits, spelled out: `Node` may be another window's.
const FOLLOWS = 4;
const CONTAINED_BY = 16;

/**
 * The label or legend just before `el` in its field wrapper, with no other control in between.
 * The wrapper found by `closest` may hold the whole form (a flat form, a table of rows): its first
 * label is then another field's, so the nearest one before the control is taken instead, and the
 * search never leaves the form. A label tied to another control (`for`, or wrapping one) is skipped.
 */
function precedingLabel(el: HTMLElement, wrapperSelector: string): Element | null {
  const form = el.closest('form');
  const wrapper = el.closest(wrapperSelector);
  const scope = wrapper && form && wrapper.contains(form) ? form : (wrapper ?? form);
  if (!scope) return null;
  let last: Element | null = null;
  let first: Element | null = null;
  let others = 0;
  for (const node of Array.from(scope.querySelectorAll(`${LABELS}, ${CONTROLS}`))) {
    const before = (el.compareDocumentPosition(node) & (FOLLOWS | CONTAINED_BY)) === 0;
    if (node.matches(CONTROLS)) {
      if (node === el || el.contains(node) || node.closest('label')) continue;
      others++;
      if (before) last = null;
      continue;
    }
    if (!belongsToNoOtherControl(node, el)) continue;
    first ??= node;
    if (before) last = node;
  }
  // A label after its control (rare) is only trusted when the wrapper holds nothing else.
  return last ?? (others === 0 ? first : null);
}

function belongsToNoOtherControl(label: Element, el: HTMLElement): boolean {
  const target = label.getAttribute('for');
  if (target) return target === el.id;
  const inner = label.querySelector(CONTROLS);
  return !inner || inner === el;
}

/**
 * Native controls of a form that a person fills (not hidden, submit or checkbox inputs). Radio
 * buttons of one name count as one control, a list of choices (some themes render the thématique
 * as radio buttons), placed where its first button is.
 */
export function nativeControls(root: Element, wrapperSelector: string, skip?: string): Control[] {
  const out: Control[] = [];
  const groups = new Set<string>();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('input, textarea, select'))) {
    if (skip && el.closest(skip)) continue;
    if (isRadio(el)) {
      if (!el.name || groups.has(el.name)) continue;
      groups.add(el.name);
      out.push(radioGroup(root, el, wrapperSelector));
      continue;
    }
    const kind = nativeKind(el);
    if (!kind) continue;
    const valueElement = el as ValueElement;
    out.push({
      kind,
      element: el,
      valueElement,
      name: valueElement.name ?? '',
      label: labelOf(el, wrapperSelector),
    });
  }
  return out;
}

function isRadio(el: Element): el is HTMLInputElement {
  return isTag(el, 'input') && (el.getAttribute('type') ?? '').toLowerCase() === 'radio';
}

/** The radio buttons of a group, in page order. */
export function groupRadios(group: Pick<Control, 'element' | 'name'>): HTMLInputElement[] {
  return Array.from(group.element.querySelectorAll('input')).filter(
    (el): el is HTMLInputElement => isRadio(el) && el.name === group.name,
  );
}

/** The checked button of a radio group, or null. */
export function checkedRadio(group: Pick<Control, 'element' | 'name'>): HTMLInputElement | null {
  return groupRadios(group).find((r) => r.checked) ?? null;
}

/** What a radio button says: its label, else its `aria-label`, else its value. */
export function radioLabel(radio: HTMLInputElement): string {
  const doc = radio.ownerDocument;
  const forLabel = radio.id ? doc.querySelector(`label[for="${cssEscape(radio.id)}"]`) : null;
  const label = forLabel ?? radio.closest('label');
  const text = label ? visibleText(label) : '';
  return text || radio.getAttribute('aria-label')?.trim() || radio.value;
}

function radioGroup(root: Element, first: HTMLInputElement, wrapperSelector: string): Control {
  const radios = Array.from(root.querySelectorAll('input')).filter(
    (el): el is HTMLInputElement => isRadio(el) && el.name === first.name,
  );
  const holdsAll = (node: Element): boolean => radios.every((r) => node.contains(r));
  // The group's own box: a radiogroup or fieldset when the page has one, else the smallest
  // element holding every button (never a button's own label).
  let container: HTMLElement | null = first.closest<HTMLElement>('[role="radiogroup"], fieldset');
  if (!container || !holdsAll(container)) {
    container = first.parentElement;
    while (container && (isTag(container, 'label') || !holdsAll(container)))
      container = container.parentElement;
  }
  const element = container ?? first;
  return {
    kind: 'radio-group',
    element,
    valueElement: first,
    name: first.name,
    label: groupLabel(element, wrapperSelector),
  };
}

/**
 * The question a radio group answers: its `aria-labelledby`/`aria-label`, its fieldset's legend,
 * else the free label just before it in its field wrapper or, in a flat form, in the form.
 * The buttons' own labels are the choices, never the question.
 */
function groupLabel(container: HTMLElement, wrapperSelector: string): string {
  const doc = container.ownerDocument;
  const labelledBy = (container.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id) : null))
    .filter((node): node is HTMLElement => !!node)
    .map(visibleText)
    .join(' ')
    .trim();
  if (labelledBy) return labelledBy;
  const aria = container.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  if (isTag(container, 'fieldset')) {
    const legend = Array.from(container.children).find((c) => isTag(c, 'legend'));
    const text = legend ? visibleText(legend) : '';
    if (text) return text;
  }
  const label = precedingLabel(container, wrapperSelector) ?? precedingLabel(container, 'form');
  return label ? visibleText(label) : '';
}

/** `CSS.escape` where it exists (browsers, happy-dom), a minimal escape otherwise. */
export function cssEscape(value: string): string {
  if (typeof CSS !== 'undefined' && typeof CSS.escape === 'function') return CSS.escape(value);
  return value.replace(/["\\]/g, '\\$&');
}

/**
 * A selector that finds `el` inside `root`, prefixed by `rootSelector`: by name when the name is
 * unique in the form, else by id, else by position. It describes; it is not a stable contract.
 */
export function describeSelector(root: Element, rootSelector: string, el: Element): string {
  const tag = el.tagName.toLowerCase();
  const name = el.getAttribute('name');
  if (name) {
    const byName = `${tag}[name="${name.replace(/["\\]/g, '\\$&')}"]`;
    if (root.querySelectorAll(byName).length === 1) return `${rootSelector} ${byName}`;
  }
  if (el.id && /^[A-Za-z][\w-]*$/.test(el.id)) return `#${el.id}`;
  const path: string[] = [];
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    const sameTag = Array.from(parent.children).filter((c) => c.tagName === node?.tagName);
    const step = node.tagName.toLowerCase();
    path.unshift(sameTag.length > 1 ? `${step}:nth-of-type(${sameTag.indexOf(node) + 1})` : step);
    node = parent;
  }
  return `${rootSelector} > ${path.join(' > ')}`;
}
