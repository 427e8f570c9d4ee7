/**
 * Reading a nomenclature field of the support form as it stands: the options it offers now and
 * the one chosen, for a native select (legacy forms), a radio list (some themes) or the newer
 * forms' custom drop-down (whose options are in the DOM only while it is open). Reading never
 * opens, clicks or changes anything.
 */
import { PLACEHOLDER, type OptionLike } from '../../core/nomenclature/match';
import { checkedRadio, groupRadios, radioLabel, type FieldHandle } from './form-controls';
import { dropdownOptions, dropdownTrigger } from './hubspot-new';

export { PLACEHOLDER };

/** The options a field offers now (prompts and disabled options left out), in page order. */
export function offeredOptions(handle: FieldHandle): OptionLike[] {
  if (handle.kind === 'select') {
    return Array.from((handle.valueElement as HTMLSelectElement).options)
      .filter((o) => o.value !== '' && !o.disabled && !PLACEHOLDER.test(o.text))
      .map((o) => ({ value: o.value, label: o.text.replace(/\s+/g, ' ').trim() }));
  }
  if (handle.kind === 'radio-group') {
    return groupRadios(handle)
      .filter((r) => !r.disabled)
      .map((r) => ({ value: r.value, label: radioLabel(r) }));
  }
  if (handle.kind !== 'hsfc-dropdown') return [];
  return dropdownOptions(handle.element)
    .filter((o) => !PLACEHOLDER.test(o.label))
    .map((o) => ({ value: o.value, label: o.label }));
}

/** The value currently chosen, or null when the placeholder is shown. */
export function currentChoice(handle: FieldHandle): OptionLike | null {
  if (handle.kind === 'radio-group') {
    const radio = checkedRadio(handle);
    return radio ? { value: radio.value, label: radioLabel(radio) } : null;
  }
  const el = handle.valueElement;
  if (!el.value) return null;
  if (handle.kind === 'select') {
    // The option holding the value (happy-dom's selectedOptions can lag behind a set value).
    const option = Array.from((el as HTMLSelectElement).options).find((o) => o.value === el.value);
    if (!option || option.disabled || PLACEHOLDER.test(option.text)) return null;
    return { value: option.value, label: option.text.trim() };
  }
  const trigger = dropdownTrigger(handle.element);
  const shown =
    trigger && 'value' in trigger
      ? String((trigger as HTMLInputElement).value)
      : trigger?.textContent;
  return { value: el.value, label: (shown ?? '').trim() };
}

/** A short fingerprint of a list of options, to tell a list that changed from a stale one. */
export function optionsSignature(options: readonly OptionLike[]): string {
  return options.map((o) => `${o.value}\u0001${o.label}`).join('\u0002');
}
