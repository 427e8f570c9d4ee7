/**
 * Writing into a page's controls so that its framework notices: React (HubSpot's newer forms)
 * keeps its own copy of an input's value on the element and ignores a plain `el.value = …`, so
 * the value goes through the prototype's setter, then the events a person's typing would fire.
 * Events and DataTransfer come from the element's own window: the form may be in an iframe.
 */
import type { FormField } from './form-mapping';
import type { ValueElement } from './form-controls';

/** Class put on every control the assistant filled; styled by the content script, not here. */
export const FILLED_CLASS = 'ars-filled';
/** Attribute naming the logical field the assistant filled (`data-ars-filled="subject"`). */
export const FILLED_ATTR = 'data-ars-filled';

type WindowLike = Window & typeof globalThis;

function windowOf(el: Element): WindowLike {
  return (el.ownerDocument.defaultView ?? window) as WindowLike;
}

/** Sets `value` through the nearest prototype setter, below any instance override. */
export function setNativeValue(el: ValueElement, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  el.value = value;
}

/** Fires what a person's edit fires: `input`, `change`, then leaving the field (`blur`). */
export function dispatchEdit(el: Element): void {
  const view = windowOf(el);
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  el.dispatchEvent(new view.FocusEvent('blur'));
  el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

/** Sets a text control's value and fires the edit events. */
export function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  setNativeValue(el, value);
  dispatchEdit(el);
}

/** Selects a native option by its value and fires the edit events. */
export function writeSelect(select: HTMLSelectElement, value: string): void {
  setNativeValue(select, value);
  dispatchEdit(select);
}

/**
 * Checks a radio button as a person does, by clicking it: the click is what frameworks listen to
 * (React's onChange for radios) and it fires `input` and `change`. If a handler cancelled the
 * click, the button is checked through the prototype setter and the edit events are fired.
 */
export function writeRadio(radio: HTMLInputElement): void {
  if (!radio.checked) radio.click();
  if (!radio.checked) {
    let proto: object | null = Object.getPrototypeOf(radio);
    while (proto) {
      const setter = Object.getOwnPropertyDescriptor(proto, 'checked')?.set;
      if (setter) {
        setter.call(radio, true);
        break;
      }
      proto = Object.getPrototypeOf(proto);
    }
    dispatchEdit(radio);
    return;
  }
  const view = windowOf(radio);
  radio.dispatchEvent(new view.FocusEvent('blur'));
  radio.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

/** Puts files into a file input (replacing its list) and fires the edit events. */
export function writeFiles(input: HTMLInputElement, files: readonly File[]): void {
  const view = windowOf(input);
  const transfer = new view.DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  dispatchEdit(input);
}

/** Whether a file input's `accept` allows a file (no `accept` allows everything). */
export function acceptsFile(accept: string, file: File): boolean {
  const rules = accept
    .split(',')
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  if (rules.length === 0) return true;
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return rules.some((rule) => {
    if (rule.startsWith('.')) return name.endsWith(rule);
    if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

/** Marks a filled control discreetly: a class and a data attribute, nothing that moves layout. */
export function markFilled(el: Element, field: FormField): void {
  el.classList.add(FILLED_CLASS);
  el.setAttribute(FILLED_ATTR, field);
}

/** Text compared as a form would store it: line endings and outer blanks ignored. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n?/g, '\n').trim();
  return norm(a) === norm(b);
}
