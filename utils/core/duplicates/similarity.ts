import { baseWeight, type TextFeatures } from './features';
import { sameSignature } from './signatures';
import { GENERIC_WEIGHT } from './vocabulary';

/** How two descriptions compare, and why they are judged to say the same thing (or not). */
export interface Similarity {
  readonly similar: boolean;
  /** 0..1, for sorting and display. */
  readonly score: number;
  /** Which test fired: the same error line, a near copy, or the same content words. */
  readonly why: 'erreur' | 'copie' | 'mots' | null;
  /** Content words the two texts share (canonical tokens), for explanations. */
  readonly shared: readonly string[];
}

/** Weight of a token, base weight times rarity in the history at hand. */
export type TokenWeight = (token: string) => number;

/** Thresholds, exported so that tests can state them. */
export const SIMILARITY_THRESHOLDS = {
  /** Shared weight of content words needed at least (about two specific words). */
  minShared: 1.8,
  /**
   * Specific words (neither generic nor symptom) needed in common: « le groupe de places
   * n'apparaît pas dans la liste des orientations » and « la structure n'apparaît pas dans la liste
   * des orientations » share one, and are two problems.
   */
  minSpecificShared: 2,
  /** Weighted Dice coefficient that makes two texts say the same thing. */
  dice: 0.5,
  /** Share of the shorter text covered, for a short text found inside a longer one. */
  cover: 0.8,
  /** Shared weight needed when relying on cover alone. */
  minSharedForCover: 2.6,
  /** Trigram Jaccard of a copy with small edits, and the length it needs to mean anything. */
  copy: 0.72,
  copyMinLength: 40,
} as const;

/** Optimal string alignment distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** Two stems that are the same word misspelt or cut differently (« orientaion », « modific »). */
export function fuzzyEqual(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || /\d/.test(a) || /\d/.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && long.length - short.length <= 3) return true;
  return editDistance(a, b, short.length >= 8 ? 2 : 1) <= (short.length >= 8 ? 2 : 1);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const g of small) if (large.has(g)) inter++;
  return inter / (a.size + b.size - inter);
}

function total(tokens: ReadonlySet<string>, weight: TokenWeight): number {
  let sum = 0;
  for (const t of tokens) sum += weight(t);
  return sum;
}

/** Whether fuzzy matches of the unmatched words could still lift the shared weight to the minimum. */
function couldReach(
  sharedWeight: number,
  onlyA: readonly string[],
  onlyB: readonly string[],
  weight: TokenWeight,
): boolean {
  const sum = (list: readonly string[]) => list.reduce((acc, t) => acc + weight(t), 0);
  return sharedWeight + 0.9 * Math.min(sum(onlyA), sum(onlyB)) >= SIMILARITY_THRESHOLDS.minShared;
}

const NOT_SIMILAR: Similarity = { similar: false, score: 0, why: null, shared: [] };

/**
 * Whether two descriptions say the same thing. Content words are compared with weights, so that
 * sharing only « demande », « ménage », « impossible » never suffices; misspelt words count at 90 %;
 * the same error line or a near copy is enough on its own.
 */
export function compareTexts(
  a: TextFeatures,
  b: TextFeatures,
  weight: TokenWeight = baseWeight,
): Similarity {
  for (const sa of a.signatures) {
    for (const sb of b.signatures) {
      if (sameSignature(sa, sb)) return { similar: true, score: 1, why: 'erreur', shared: [sa] };
    }
  }
  // Both quote an error line of the same kind and none is the same: two different failures, even
  // if the words of the routes (« api », « demandes », « statut ») are shared.
  const kinds = (list: readonly string[]) => new Set(list.map((s) => s.startsWith('code:')));
  const kindsB = kinds(b.signatures);
  if ([...kinds(a.signatures)].some((k) => kindsB.has(k))) return NOT_SIMILAR;
  if (a.tokens.size === 0 || b.tokens.size === 0) return NOT_SIMILAR;

  const T = SIMILARITY_THRESHOLDS;
  const shared: string[] = [];
  let sharedWeight = 0;
  let specific = 0;
  const onlyA: string[] = [];
  for (const t of a.tokens) {
    if (b.tokens.has(t)) {
      shared.push(t);
      sharedWeight += weight(t);
      if (baseWeight(t) >= 1) specific++;
    } else onlyA.push(t);
  }
  const onlyB = [...b.tokens].filter((t) => !a.tokens.has(t));
  const weightA = total(a.tokens, weight);
  const weightB = total(b.tokens, weight);

  // Misspellings: only worth the edit distances when they could change the outcome.
  if (onlyA.length > 0 && onlyB.length > 0 && couldReach(sharedWeight, onlyA, onlyB, weight)) {
    const used = new Set<string>();
    for (const ta of onlyA) {
      if (weight(ta) <= GENERIC_WEIGHT) continue;
      const tb = onlyB.find((x) => !used.has(x) && fuzzyEqual(ta, x));
      if (tb === undefined) continue;
      used.add(tb);
      shared.push(ta);
      sharedWeight += 0.9 * Math.min(weight(ta), weight(tb));
      if (baseWeight(ta) >= 1 && baseWeight(tb) >= 1) specific++;
    }
  }

  const dice = (2 * sharedWeight) / (weightA + weightB);
  const cover = sharedWeight / Math.min(weightA, weightB);
  const copy = Math.min(a.length, b.length) >= T.copyMinLength ? jaccard(a.grams, b.grams) : 0;
  const score = Math.max(dice, copy);
  if (sharedWeight >= T.minShared && copy >= T.copy) {
    return { similar: true, score, why: 'copie', shared };
  }
  const byWords =
    specific >= T.minSpecificShared &&
    sharedWeight >= T.minShared &&
    (dice >= T.dice || (cover >= T.cover && sharedWeight >= T.minSharedForCover));
  return { similar: byWords, score, why: byWords ? 'mots' : null, shared };
}
