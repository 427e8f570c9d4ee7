/**
 * Adapter for HubSpot's newer forms (the React renderer, `hsfc-` classes): every selector for that
 * markup lives here, each with the saved pages it must match (`[count, fixture]`), checked by
 * tests/unit/form-selectors.test.ts.
 *
 * Markup: `form.hsfc-Form` > `.hsfc-Row` > `.hsfc-<Type>Field` > `label.hsfc-FieldLabel[for]` +
 * `input.hsfc-TextInput[name="0-1/email"]` / `textarea.hsfc-TextareaInput[name="0-5/content"]`.
 * Drop-downs are not native selects: `.hsfc-DropdownInput` holds a hidden input (the submitted
 * value), a read-only text input acting as the button (`role=combobox`, older builds `role=button`),
 * and `.hsfc-DropdownOptions` with `li[role=option]` items to click, sometimes only while open.
 */
import { isTag, labelOf, nativeControls, type Control } from './form-controls';

/** A new-style form. */
export const newForm = 'form.hsfc-Form';
export const newForm_ = [
  [1, 'new.html'],
  [0, 'renamed.html'],
  [0, 'legacy.html'],
  [0, 'no-form.html'],
] as const;

/** Field wrappers, whose first label names the field when `label[for]` is missing. */
export const newFieldWrapper =
  '.hsfc-TextField, .hsfc-EmailField, .hsfc-TextareaField, .hsfc-DropdownField, .hsfc-FileField, .hsfc-FormField, .hsfc-Row';

/** A custom drop-down (not a native select). */
export const newDropdown = '.hsfc-DropdownInput';
export const newDropdown_ = [
  [3, 'new.html'],
  [0, 'legacy.html'],
] as const;

/** Inside a drop-down: the hidden input that carries the submitted value. */
export const newDropdownValue = 'input[type="hidden"]';
/** Inside a drop-down: what a person clicks to open it. */
export const newDropdownTrigger =
  'input[role="combobox"], input[role="button"], [aria-haspopup="listbox"], .hsfc-DropdownInput__Caret';
/** The option list (inside the drop-down, or elsewhere and named by `aria-controls`). */
export const newDropdownList = '.hsfc-DropdownOptions, [role="listbox"]';
/** One option of the list. */
export const newDropdownOption = '[role="option"], .hsfc-DropdownOptions__List__ListItem';

/** The submit button, which the extension never clicks. */
export const newSubmit = '.hsfc-Form button[type="submit"], .hsfc-Form input[type="submit"]';
export const newSubmit_ = [[1, 'new.html']] as const;

/** What replaces the form after a successful submission. */
export const newPostSubmit = '.hsfc-PostSubmit, [data-hsfc-id="PostSubmit"]';

/** Event HubSpot dispatches on `window` when a new-style form is ready. */
export const NEW_FORM_READY_EVENT = 'hs-form-event:on-ready';
/** Event HubSpot dispatches on `window` after a successful submission. */
export const NEW_FORM_SUBMITTED_EVENT = 'hs-form-event:on-submission:success';

/** New-style forms under a document or element. */
export function findNewForms(scope: ParentNode): HTMLFormElement[] {
  return Array.from(scope.querySelectorAll<HTMLFormElement>(newForm));
}

/** The controls of a new-style form: native ones plus the custom drop-downs. */
export function newControls(form: HTMLElement): Control[] {
  const dropdowns: Control[] = [];
  for (const container of Array.from(form.querySelectorAll<HTMLElement>(newDropdown))) {
    const hidden = container.querySelector<HTMLInputElement>(newDropdownValue);
    if (!hidden) continue;
    const trigger = dropdownTrigger(container);
    dropdowns.push({
      kind: 'hsfc-dropdown',
      element: container,
      valueElement: hidden,
      name: hidden.name,
      label: labelOf(trigger ?? container, newFieldWrapper),
    });
  }
  // The drop-down's own text input is its button, not a text field.
  return [...nativeControls(form, newFieldWrapper, newDropdown), ...dropdowns];
}

/** The form's submit button, or null. */
export function newSubmitButton(form: HTMLElement): HTMLElement | null {
  return form.querySelector<HTMLElement>(newSubmit);
}

/** One choice of a custom drop-down. */
export interface DropdownOption {
  value: string;
  label: string;
  element: HTMLElement;
}

/** What a person clicks to open the drop-down. */
export function dropdownTrigger(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>(newDropdownTrigger);
}

/** The option list of a drop-down, looked for inside it and through `aria-controls`/`aria-owns`. */
function dropdownList(container: HTMLElement): HTMLElement | null {
  const inside = container.querySelector<HTMLElement>(newDropdownList);
  if (inside) return inside;
  const trigger = dropdownTrigger(container);
  const id = trigger?.getAttribute('aria-controls') ?? trigger?.getAttribute('aria-owns');
  return id ? container.ownerDocument.getElementById(id) : null;
}

/** The options currently in the DOM (possibly none until the drop-down is opened). */
export function dropdownOptions(container: HTMLElement): DropdownOption[] {
  const list = dropdownList(container);
  if (!list) return [];
  return Array.from(list.querySelectorAll<HTMLElement>(newDropdownOption))
    .filter((el) => el.getAttribute('aria-disabled') !== 'true')
    .map((element) => ({
      element,
      label: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      value: element.getAttribute('data-value') ?? element.getAttribute('value') ?? '',
    }));
}

/** Whether the option list is shown. */
export function isDropdownOpen(container: HTMLElement): boolean {
  return dropdownTrigger(container)?.getAttribute('aria-expanded') === 'true';
}

/** Opens or closes the list the way a person does: a click on the trigger. */
export function toggleDropdown(container: HTMLElement): void {
  const trigger = dropdownTrigger(container);
  if (!trigger) return;
  // A <button> without a type would submit the form; those are left alone.
  if (isTag(trigger, 'button') && (trigger.getAttribute('type') ?? 'submit') === 'submit') return;
  click(trigger);
}

/** Clicks an option as a person would (pointer events first: some lists select on mousedown). */
export function chooseDropdownOption(option: DropdownOption): void {
  click(option.element);
}

function click(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView ?? window;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
    el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  }
  el.click();
}
