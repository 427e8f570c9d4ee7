/**
 * Choosing a thématique, motif or sous-motif: in a native select (legacy forms), a list of radio
 * buttons (some themes) or in the newer forms' custom drop-down, whose options may only exist once it is open. A dependent level's
 * field and options appear some time after its parent is chosen, so each choice waits for an
 * option that matches before picking it.
 */
import { checkedRadio, groupRadios, radioLabel, type FieldHandle } from './form-controls';
import { FIELD_LABELS, type FormField, type FormMapping } from './form-mapping';
import { matchOption, type Choice, type OptionLike } from './form-option-match';
import { markFilled, writeRadio, writeSelect } from './form-set-value';
import { refreshView, type FormView } from './form-view';
import { waitForDom } from './form-wait';
import {
  chooseDropdownOption,
  dropdownOptions,
  dropdownTrigger,
  isDropdownOpen,
  toggleDropdown,
} from './hubspot-new';
import type { FillReport } from './fill';

/** What each filling step needs. */
export interface FillContext {
  report: FillReport;
  overwrite: boolean;
  timeoutMs: number;
  signal?: AbortSignal;
  mapping: FormMapping;
}

/** How many times one wait may open a custom drop-down that closes by itself. */
const MAX_OPENINGS = 5;

interface Offered extends OptionLike {
  pick: () => void;
}

/** Fills one nomenclature level; `ok` tells whether the wanted choice is now in the form. */
export async function fillChoice(
  view: FormView,
  field: FormField,
  choice: Choice,
  ctx: FillContext,
): Promise<{ view: FormView; ok: boolean }> {
  const { report } = ctx;
  const doc = view.root.ownerDocument;
  const wait = { signal: ctx.signal, timeoutMs: ctx.timeoutMs };
  let latest = view;
  const findHandle = (): FieldHandle | null => {
    latest = refreshView(latest, ctx.mapping);
    return latest.fields[field];
  };

  const handle = await waitForDom(doc, findHandle, wait);
  if (!handle) {
    report.skipped.push({ field, reason: 'Champ introuvable dans le formulaire' });
    return { view: latest, ok: false };
  }
  const current = currentChoice(handle);
  if (current && matchOption([current], choice)) return done(handle, latest, field, report);
  if (current && !ctx.overwrite) {
    report.conflicts.push({ field, current: current.label || current.value });
    return { view: latest, ok: false };
  }

  let seen = 0;
  const opened = new Map<HTMLElement, number>();
  const findOption = (): { handle: FieldHandle; option: Offered } | null => {
    const h = findHandle();
    if (!h) return null;
    const offered = optionsOf(h, opened);
    seen = offered.length;
    const option = matchOption(offered, choice);
    return option ? { handle: h, option } : null;
  };
  const found = await waitForDom(doc, findOption, wait);
  if (!found) {
    closeDropdown(latest.fields[field]);
    const reason =
      seen === 0
        ? `Les choix de « ${FIELD_LABELS[field]} » ne se sont pas chargés à temps`
        : `Aucun choix ne correspond à « ${choice.libelle} » (${choice.code})`;
    report.skipped.push({ field, reason });
    return { view: latest, ok: false };
  }
  found.option.pick();
  // A framework may apply the choice on its next render (React batches): give it a moment.
  const taken = (): FieldHandle | null => {
    const h = findHandle();
    const now = h ? currentChoice(h) : null;
    return h && now && matchOption([now], choice) ? h : null;
  };
  const after = await waitForDom(doc, taken, { ...wait, timeoutMs: Math.min(ctx.timeoutMs, 2000) });
  closeDropdown(after ?? found.handle);
  if (!after) {
    report.skipped.push({ field, reason: "Le formulaire n'a pas retenu le choix" });
    return { view: latest, ok: false };
  }
  return done(after, latest, field, report);
}

function done(
  handle: FieldHandle,
  view: FormView,
  field: FormField,
  report: FillReport,
): { view: FormView; ok: true } {
  markFilled(handle.element, field);
  report.filled.push(field);
  return { view, ok: true };
}

/** The value currently chosen, or null when the placeholder is shown. */
/**
 * The prompt of a list (« Choisir… », « -- Sélectionnez -- », « Veuillez choisir »): not a
 * choice, even when older sites give it a value such as "0".
 */
const PLACEHOLDER =
  /^[\s\-–—*.…]*(?:choisi|choix|s[ée]lectionn|veuillez|aucun|indiquez|please|select|choose)|^[\s\-–—.…]*$/i;

function currentChoice(handle: FieldHandle): OptionLike | null {
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

/**
 * The options a field offers now. A custom drop-down may render its options only while open, and
 * may close itself when its options are reset (the parent changed): it is (re)opened when it says
 * it is closed, or once when it says nothing. `opened` counts openings, capped, so that a widget
 * that keeps closing cannot keep us toggling it for the whole wait.
 */
function optionsOf(handle: FieldHandle, opened: Map<HTMLElement, number>): Offered[] {
  if (handle.kind === 'select') {
    const select = handle.valueElement as HTMLSelectElement;
    return Array.from(select.options)
      .filter((o) => o.value !== '' && !o.disabled)
      .map((o) => ({
        value: o.value,
        label: o.text.trim(),
        pick: () => writeSelect(select, o.value),
      }));
  }
  if (handle.kind === 'radio-group') {
    return groupRadios(handle)
      .filter((r) => !r.disabled)
      .map((r) => ({ value: r.value, label: radioLabel(r), pick: () => writeRadio(r) }));
  }
  if (handle.kind !== 'hsfc-dropdown') return [];
  const container = handle.element;
  const times = opened.get(container) ?? 0;
  const expanded = dropdownTrigger(container)?.getAttribute('aria-expanded');
  const closed = expanded === 'false' || (expanded == null && times === 0);
  if (dropdownOptions(container).length === 0 && closed && times < MAX_OPENINGS) {
    opened.set(container, times + 1);
    toggleDropdown(container);
  }
  return dropdownOptions(handle.element).map((o) => ({
    value: o.value,
    label: o.label,
    pick: () => chooseDropdownOption(o),
  }));
}

function closeDropdown(handle: FieldHandle | null): void {
  if (handle?.kind === 'hsfc-dropdown' && isDropdownOpen(handle.element))
    toggleDropdown(handle.element);
}
