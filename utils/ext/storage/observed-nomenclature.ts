import { storage } from 'wxt/utils/storage';
import { nomenclatureFromObserved } from '../../core/nomenclature/from-observed';
import {
  mergeObserved,
  parseObserved,
  type ObservedNomenclature,
} from '../../core/nomenclature/observed';
import type { Nomenclature } from '../../core/nomenclature/schema';
import { exclusively } from '../exclusive';

/**
 * The nomenclature read on the support form, kept in local storage (it survives restarts). Parsed
 * after every read: a stored value that does not validate is ignored (the configured nomenclature
 * is used), and overwritten only by a good read.
 */
const observedItem = storage.defineItem<unknown>('local:observedNomenclature');

export async function readObservedNomenclature(): Promise<ObservedNomenclature | null> {
  return parseObserved(await observedItem.getValue());
}

/**
 * Merges lists read on the form into what is stored, under a lock (reads come in bursts). Writes
 * only when something changed; reads that do not validate change nothing.
 */
export async function recordNomenclatureReads(
  reads: readonly unknown[],
  now = Date.now(),
): Promise<ObservedNomenclature | null> {
  return exclusively('observed-nomenclature', async () => {
    const known = await readObservedNomenclature();
    const merged = mergeObserved(known, reads, now);
    if (merged && merged !== known) await observedItem.setValue(merged);
    return merged;
  });
}

/** Calls `onChange` with the stored observation each time it changes; returns the unwatch. */
export function watchObservedNomenclature(
  onChange: (observed: ObservedNomenclature | null) => void,
): () => void {
  return observedItem.watch((value) => onChange(parseObserved(value)));
}

/** Where the nomenclature in force comes from. */
export type NomenclatureSource = { kind: 'observed'; updatedAt: number } | { kind: 'configured' };

/** The form's own lists when they were seen (enriched from `configured`), else `configured`. */
export function nomenclatureInForce(
  observed: ObservedNomenclature | null,
  configured: Nomenclature,
): { nomenclature: Nomenclature; source: NomenclatureSource } {
  if (!observed) return { nomenclature: configured, source: { kind: 'configured' } };
  return {
    nomenclature: nomenclatureFromObserved(observed, configured),
    source: { kind: 'observed', updatedAt: observed.updatedAt },
  };
}
