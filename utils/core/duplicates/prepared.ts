import type { EscalationRecord } from './record';
import { categoryKeys, type CategoryKeys } from './case-match';
import { baseWeight, textFeatures, type TextFeatures } from './features';
import type { TokenWeight } from './similarity';
import { GENERIC_WEIGHT } from './vocabulary';

/** One history entry with its text features computed once. */
export interface PreparedEntry {
  readonly entry: EscalationRecord;
  readonly features: TextFeatures;
  /** `createdAt` in milliseconds. */
  readonly time: number;
  readonly category: CategoryKeys;
}

/**
 * A history ready for many `decide` calls: features precomputed, entries indexed by case ID and by
 * content word, and document frequencies for weighting words by rarity.
 */
export interface PreparedHistory {
  readonly kind: 'prepared-history';
  readonly entries: readonly PreparedEntry[];
  readonly byDemande: ReadonlyMap<string, readonly number[]>;
  readonly byMenage: ReadonlyMap<string, readonly number[]>;
  readonly byPersonne: ReadonlyMap<string, readonly number[]>;
  /** Content word → entries holding it, newest first (generic words are not indexed). */
  readonly byToken: ReadonlyMap<string, readonly number[]>;
  /** Error signature call (`put /api/…`) → entries quoting it, newest first. */
  readonly bySignature: ReadonlyMap<string, readonly number[]>;
  readonly weight: TokenWeight;
}

// Below this size document frequencies are noise: a word seen in 2 of 3 entries is not common.
const MIN_ENTRIES_FOR_RARITY = 50;

function push(map: Map<string, number[]>, key: string | undefined, index: number): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** Base weight times rarity: a word found in most entries counts for about a quarter. */
function rarityWeight(df: ReadonlyMap<string, number>, n: number): TokenWeight {
  if (n < MIN_ENTRIES_FOR_RARITY) return baseWeight;
  const scale = Math.log(1 + 20);
  const cache = new Map<string, number>();
  return (token) => {
    let w = cache.get(token);
    if (w === undefined) {
      const rarity = Math.log(1 + n / ((df.get(token) ?? 0) + 1)) / scale;
      w = baseWeight(token) * Math.min(1, Math.max(0.25, rarity));
      cache.set(token, w);
    }
    return w;
  };
}

/** Features of an entry's text, its case IDs excluded from the words. */
export function entryFeatures(entry: EscalationRecord): TextFeatures {
  return textFeatures(entry.subject, entry.description, [
    entry.menageId,
    entry.personneId,
    entry.demandeId,
  ]);
}

/** Prepares a history for `decide` (O(n); reuse it across calls while the history is unchanged). */
export function prepareHistory(history: readonly EscalationRecord[]): PreparedHistory {
  const byDemande = new Map<string, number[]>();
  const byMenage = new Map<string, number[]>();
  const byPersonne = new Map<string, number[]>();
  const byToken = new Map<string, number[]>();
  const bySignature = new Map<string, number[]>();
  const df = new Map<string, number>();
  const entries = history.map((entry, i): PreparedEntry => {
    const features = entryFeatures(entry);
    push(byDemande, entry.demandeId, i);
    push(byMenage, entry.menageId, i);
    push(byPersonne, entry.personneId, i);
    for (const t of features.tokens) {
      df.set(t, (df.get(t) ?? 0) + 1);
      if (baseWeight(t) > GENERIC_WEIGHT) push(byToken, t, i);
    }
    for (const s of features.signatures) push(bySignature, s.split('#')[0], i);
    return { entry, features, time: Date.parse(entry.createdAt), category: categoryKeys(entry) };
  });
  // Newest first, so that decide() stops reading a posting list at the end of its window.
  const newestFirst = (a: number, b: number) => (entries[b]?.time ?? 0) - (entries[a]?.time ?? 0);
  for (const list of byToken.values()) list.sort(newestFirst);
  for (const list of bySignature.values()) list.sort(newestFirst);
  return {
    kind: 'prepared-history',
    entries,
    byDemande,
    byMenage,
    byPersonne,
    byToken,
    bySignature,
    weight: rarityWeight(df, entries.length),
  };
}

/** True for a value made by `prepareHistory`. */
export function isPreparedHistory(value: unknown): value is PreparedHistory {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { kind?: unknown }).kind === 'prepared-history'
  );
}
