/**
 * Choosing a thématique, motif or sous-motif: in a native select (legacy forms), a list of radio
 * buttons (some themes) or in the newer forms' custom drop-down, whose options may only exist once
 * it is open. The escalation's choice is mapped onto the options by meaning (see
 * utils/core/nomenclature/match.ts). Options already on the page are decided on at once, match or
 * no match: only an empty list (the page's script is loading a dependent level) or a dependent
 * field not yet revealed is waited for, briefly.
 */
import { groupRadios, type FieldHandle } from './form-controls';
import type { FormField, FormMapping } from './form-mapping';
import { closestOptions, mapOption, type ChainItem, type OptionLike } from './form-option-match';
import { currentChoice, offeredOptions, optionsSignature } from './form-options';
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
import type { FillReport, Skipped } from './fill';

/** What each filling step needs. */
export interface FillContext {
  report: FillReport;
  overwrite: boolean;
  /** Upper bound of any wait. */
  timeoutMs: number;
  /** How long a dependent field or list that the page's script is still loading is waited for. */
  dependentMs: number;
  signal?: AbortSignal;
  mapping: FormMapping;
  /** Told of every list of options read while filling (the observed nomenclature). */
  onOptions?: (view: FormView, field: FormField, options: readonly OptionLike[]) => void;
}

/** How long a dependent list that still shows the options of the parent's previous value may be
 * the page's stale list rather than the new one. */
const STALE_MS = 400;
/** How long a framework may take to apply a choice (React batches). */
const TAKEN_MS = 2000;
/** How long a dependent field may take to be revealed once its parent is chosen: HubSpot adds it
 * on the change itself, so this only covers a re-render. */
const REVEAL_MS = 600;
/** How many times one wait may open a custom drop-down that closes by itself. */
const MAX_OPENINGS = 5;
const NEXT_LEVEL: Partial<Record<FormField, FormField>> = {
  thematique: 'motif',
  motif: 'sousMotif',
};

interface Offered extends OptionLike {
  pick: () => void;
}

/** What one level needs besides the choice: whether it depends on a level just chosen. */
export interface LevelContext {
  /** A parent was chosen in this pass: the field and its options may still be on their way. */
  dependent: boolean;
  /** Signature of this level's options before its parent changed, when they may be stale. */
  staleSignature: string | null;
}

/** The outcome of one level: `used` is the chain entry it took (when `ok`). */
export interface LevelResult {
  view: FormView;
  ok: boolean;
  used: number;
  /** For the next level: see {@link LevelContext.staleSignature}. */
  childStale: string | null;
}

/** Fills one nomenclature level from the escalation's entries that may map onto it. */
export async function fillChoice(
  view: FormView,
  field: FormField,
  candidates: readonly ChainItem[],
  level: LevelContext,
  ctx: FillContext,
): Promise<LevelResult> {
  const { report } = ctx;
  const doc = view.root.ownerDocument;
  const dependentWait = { signal: ctx.signal, timeoutMs: Math.min(ctx.timeoutMs, ctx.dependentMs) };
  const choices = candidates.map((c) => c.choice);
  let latest = view;
  const fail = (skip: Omit<Skipped, 'field'>): LevelResult => {
    report.skipped.push({ field, ...skip });
    return { view: latest, ok: false, used: -1, childStale: null };
  };
  const findHandle = (): FieldHandle | null => {
    latest = refreshView(latest, ctx.mapping);
    return latest.fields[field];
  };

  // A top-level field is there or not; a dependent one may be revealed once its parent is chosen.
  const handle = level.dependent
    ? await waitForDom(doc, findHandle, {
        ...dependentWait,
        timeoutMs: Math.min(dependentWait.timeoutMs, REVEAL_MS),
      })
    : findHandle();
  if (!handle) return fail({ reason: 'notFound' });
  const current = currentChoice(handle);
  const kept = current ? mapOption([current], choices) : null;
  if (kept) return done(handle, latest, field, report, candidates[kept.candidate]?.index ?? -1);
  if (current && !ctx.overwrite) {
    report.conflicts.push({ field, current: current.label || current.value });
    return { view: latest, ok: false, used: -1, childStale: null };
  }

  const started = Date.now();
  const opened = new Map<HTMLElement, number>();
  const findOptions = (): { handle: FieldHandle; offered: Offered[] } | null => {
    const h = findHandle();
    if (!h) return null;
    const offered = optionsOf(h, opened);
    if (offered.length === 0) return null;
    const stale =
      level.staleSignature !== null &&
      optionsSignature(offered) === level.staleSignature &&
      Date.now() - started < STALE_MS;
    return stale ? null : { handle: h, offered };
  };
  const found = await waitForDom(doc, findOptions, dependentWait);
  if (!found) {
    closeDropdown(latest.fields[field]);
    return fail({ reason: 'choicesLate', vars: { parent: field } });
  }
  ctx.onOptions?.(latest, field, found.offered);
  const mapped = mapOption(found.offered, choices);
  if (!mapped) {
    closeDropdown(found.handle);
    const wanted = choices[0];
    const close = closestOptions(found.offered, choices).map(({ value, label }) => ({
      value,
      label,
    }));
    if (close.length) (report.choices ??= []).push({ field, options: close });
    return fail({
      reason: 'noChoice',
      vars: { wanted: wanted?.libelle ?? '', code: wanted?.code ?? '' },
    });
  }
  const next = NEXT_LEVEL[field];
  const childBefore = next ? latest.fields[next] : null;
  const childStale =
    current && childBefore ? optionsSignature(offeredOptions(childBefore)) || null : null;
  mapped.option.pick();
  const want = choices[mapped.candidate];
  // A framework may apply the choice on its next render (React batches): give it a moment.
  const taken = (): FieldHandle | null => {
    const h = findHandle();
    const now = h ? currentChoice(h) : null;
    const same = now && (now.value === mapped.option.value || (want && mapOption([now], [want])));
    return h && same ? h : null;
  };
  const after = await waitForDom(doc, taken, {
    signal: ctx.signal,
    timeoutMs: Math.min(ctx.timeoutMs, TAKEN_MS),
  });
  closeDropdown(after ?? found.handle);
  if (!after) return fail({ reason: 'notKept' });
  const result = done(after, latest, field, report, candidates[mapped.candidate]?.index ?? -1);
  return { ...result, childStale };
}

function done(
  handle: FieldHandle,
  view: FormView,
  field: FormField,
  report: FillReport,
  used: number,
): LevelResult {
  markFilled(handle.element, field);
  report.filled.push(field);
  return { view, ok: true, used, childStale: null };
}

/**
 * The options a field offers now, each with how to pick it. A custom drop-down may render its
 * options only while open, and may close itself when its options are reset (the parent changed):
 * it is (re)opened when it says it is closed, or once when it says nothing. `opened` counts
 * openings, capped, so that a widget that keeps closing cannot keep us toggling it for the whole
 * wait.
 */
function optionsOf(handle: FieldHandle, opened: Map<HTMLElement, number>): Offered[] {
  if (handle.kind === 'select') {
    const select = handle.valueElement as HTMLSelectElement;
    return offeredOptions(handle).map((o) => ({ ...o, pick: () => writeSelect(select, o.value) }));
  }
  if (handle.kind === 'radio-group') {
    const radios = new Map(groupRadios(handle).map((r) => [r.value, r]));
    return offeredOptions(handle).map((o) => ({
      ...o,
      pick: () => {
        const radio = radios.get(o.value);
        if (radio) writeRadio(radio);
      },
    }));
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
  const elements = dropdownOptions(container);
  return offeredOptions(handle).map((o) => ({
    ...o,
    pick: () => {
      const option = elements.find((e) => e.value === o.value && e.label === o.label);
      if (option) chooseDropdownOption(option);
    },
  }));
}

function closeDropdown(handle: FieldHandle | null): void {
  if (handle?.kind === 'hsfc-dropdown' && isDropdownOpen(handle.element))
    toggleDropdown(handle.element);
}
