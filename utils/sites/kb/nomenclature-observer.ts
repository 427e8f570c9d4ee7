/**
 * Watches the support form's nomenclature lists while the page lives and reports what they offer:
 * the thématiques, and each dependent list (motifs, sous-motifs) with the parent chosen when it was
 * shown, whether the page's script, HubSpot's dependent fields, the person or our own fill
 * revealed it. Reading never touches the form. A dependent list still showing what it showed under
 * the parent's previous value is the page's stale list, not the new parent's: it is not reported.
 * Bounded in time and in reports; stops with the page (`signal`).
 */
import type { NomenclatureRead, ObservedOption } from '../../core/nomenclature/observed';
import type { FieldHandle } from './form-controls';
import { DEFAULT_FORM_MAPPING, type FormField, type FormMapping } from './form-mapping';
import { currentChoice, offeredOptions, optionsSignature } from './form-options';
import { refreshView, type FormView } from './form-view';
import { newDropdownList } from './hubspot-new';

export interface NomenclatureObserverOptions {
  signal?: AbortSignal;
  mapping?: FormMapping;
  /** Quiet time after a change before reading (a list is rebuilt in bursts). Default 80 ms. */
  settleMs?: number;
  /** Observing stops after this long. Default 30 min. */
  maxMs?: number;
  /** At most this many reports. Default 100. */
  maxReports?: number;
  /** Receives the lists read, only when they differ from what was last reported. */
  onReads: (reads: NomenclatureRead[]) => void;
}

export interface NomenclatureObserver {
  /** Reads the lists now (also done on every change of the form). */
  readNow(): void;
  /** A list read by someone else (the fill, which opens drop-downs and closes them at once). */
  noteOptions(view: FormView, field: FormField, options: readonly ObservedOption[]): void;
  stop(): void;
}

const LEVELS = ['thematique', 'motif', 'sousMotif'] as const;
const MAX_OPTIONS = 80;

/** What a dependent level last showed, and under which parent. */
interface LevelMemory {
  parent: string;
  signature: string;
}

export function observeNomenclature(
  view: FormView,
  opts: NomenclatureObserverOptions,
): NomenclatureObserver {
  const mapping = opts.mapping ?? DEFAULT_FORM_MAPPING;
  const doc = view.root.ownerDocument;
  const win = doc.defaultView;
  const memory = new Map<FormField, LevelMemory>();
  const reported = new Set<string>();
  let current = view;
  let reports = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = !win;

  const report = (reads: NomenclatureRead[]): void => {
    const fresh = reads.filter((r) => !reported.has(JSON.stringify(r)));
    if (stopped || fresh.length === 0) return;
    for (const r of fresh) reported.add(JSON.stringify(r));
    reports++;
    opts.onReads(fresh);
    if (reports >= (opts.maxReports ?? 100)) stop();
  };

  /** The read of one level, or null when it has nothing to report (yet). */
  const levelRead = (
    v: FormView,
    field: FormField,
    options: readonly ObservedOption[],
  ): NomenclatureRead | null => {
    const list = options.slice(0, MAX_OPTIONS).map(({ value, label }) => ({ value, label }));
    if (list.length === 0) return null;
    if (field === 'thematique') return { level: 'thematique', options: list };
    const thematique = chosen(v.fields.thematique);
    const motif = chosen(v.fields.motif);
    if (!thematique || (field === 'sousMotif' && !motif)) return null;
    const parent = JSON.stringify([thematique, field === 'sousMotif' ? motif : null]);
    const signature = optionsSignature(list);
    const before = memory.get(field);
    // Same list as under another parent: the page has not reloaded it yet.
    if (before && before.parent !== parent && before.signature === signature) return null;
    memory.set(field, { parent, signature });
    return field === 'motif'
      ? { level: 'motif', thematique, options: list }
      : { level: 'sousMotif', thematique, motif: motif!, options: list };
  };

  const readNow = (): void => {
    if (stopped) return;
    try {
      current = refreshView(current, mapping);
      const reads = LEVELS.map((field) => {
        const handle = current.fields[field];
        return handle ? levelRead(current, field, offeredOptions(handle)) : null;
      }).filter((r): r is NomenclatureRead => r !== null);
      report(reads);
    } catch {
      // A page in the middle of re-rendering: the next change reads again.
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(readNow, opts.settleMs ?? 80);
  };

  // Only changes of the form (or of a drop-down list it shows elsewhere, named by `aria-controls`)
  // are worth a read: the rest of the page (a clock, our own banner) may change all the time.
  const concernsForm = (node: Node): boolean => {
    const root = current.root;
    if (!root.isConnected || root.contains(node) || node.contains(root)) return true;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(newDropdownList);
  };
  const observer = win
    ? new win.MutationObserver((records) => {
        if (records.some((r) => concernsForm(r.target))) schedule();
      })
    : null;
  const onEvent = (): void => schedule();
  const deadline = setTimeout(() => stop(), opts.maxMs ?? 30 * 60 * 1000);
  function stop(): void {
    stopped = true;
    clearTimeout(timer);
    clearTimeout(deadline);
    observer?.disconnect();
    doc.removeEventListener('change', onEvent, true);
    doc.removeEventListener('input', onEvent, true);
    opts.signal?.removeEventListener('abort', stop);
  }

  if (!stopped && observer) {
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['value', 'checked', 'selected', 'disabled', 'aria-expanded', 'hidden'],
    });
    // A select's value set by script changes no attribute: its change event says it.
    doc.addEventListener('change', onEvent, true);
    doc.addEventListener('input', onEvent, true);
    opts.signal?.addEventListener('abort', stop, { once: true });
    if (opts.signal?.aborted) stop();
  }

  return {
    readNow,
    noteOptions(v, field, options) {
      if (stopped) return;
      const read = levelRead(refreshView(v, mapping), field, options);
      if (read) report([read]);
    },
    stop,
  };
}

function chosen(handle: FieldHandle | null): ObservedOption | null {
  const choice = handle ? currentChoice(handle) : null;
  return choice && choice.label ? { value: choice.value, label: choice.label } : null;
}
