import type { EscalationDraft, Step, TechnicalLine } from './model';

/**
 * Three-way merge of a draft edited in two windows at once (two side panels, or a panel and a
 * restored session). Neither side's text is lost: a field both changed keeps both versions, marked,
 * and is reported so the panel can say so.
 */

export const CONFLICT_MARK = '— Version de l’autre fenêtre —';

export interface MergeResult {
  draft: EscalationDraft;
  /** Dotted paths of the text fields both sides changed differently. */
  conflicts: string[];
}

function mergeText(
  base: string,
  mine: string,
  theirs: string,
  path: string,
  conflicts: string[],
): string {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  conflicts.push(path);
  return `${mine}\n\n${CONFLICT_MARK}\n${theirs}`;
}

function mergeList<T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  same: (a: T, b: T) => boolean,
  path: string,
  conflicts: string[],
): T[] {
  const baseById = new Map(base.map((x) => [x.id, x]));
  const theirsById = new Map(theirs.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const item of mine) {
    const other = theirsById.get(item.id);
    const was = baseById.get(item.id);
    if (!other) {
      // Deleted over there and untouched here: honour the deletion.
      if (was && same(was, item)) continue;
      out.push(item);
    } else if (was && same(was, item)) {
      out.push(other);
    } else {
      if (!same(item, other) && !(was && same(was, other))) conflicts.push(`${path}.${item.id}`);
      out.push(item);
    }
  }
  const mineIds = new Set(mine.map((x) => x.id));
  for (const item of theirs) {
    if (!mineIds.has(item.id) && !baseById.has(item.id)) out.push(item);
  }
  return out;
}

const sameStep = (a: Step, b: Step) => a.text === b.text;
const sameLine = (a: TechnicalLine, b: TechnicalLine) =>
  a.text === b.text && a.included === b.included;

type Texts = { [key: string]: string | Texts };

/** Merges every text leaf of a section (qui, nature and its ids) by the rule of `mergeText`. */
function mergeTexts<T extends object>(
  path: string,
  base: T,
  mine: T,
  theirs: T,
  conflicts: string[],
): T {
  const b = base as unknown as Texts;
  const m = mine as unknown as Texts;
  const o = theirs as unknown as Texts;
  const out: Texts = { ...m };
  for (const key of Object.keys(m)) {
    const [bv, mv, ov] = [b[key], m[key], o[key]];
    if (typeof mv === 'string') {
      out[key] = mergeText(
        typeof bv === 'string' ? bv : '',
        mv,
        typeof ov === 'string' ? ov : '',
        `${path}.${key}`,
        conflicts,
      );
    } else if (mv && typeof bv === 'object' && typeof ov === 'object') {
      out[key] = mergeTexts(`${path}.${key}`, bv, mv, ov, conflicts);
    }
  }
  return out as unknown as T;
}

/** Merges `mine` and `theirs`, both edited from `base`. */
export function mergeDrafts(
  base: EscalationDraft,
  mine: EscalationDraft,
  theirs: EscalationDraft,
): MergeResult {
  const conflicts: string[] = [];
  const draft: EscalationDraft = {
    ...mine,
    qui: mergeTexts('qui', base.qui, mine.qui, theirs.qui, conflicts),
    nature: mergeTexts('nature', base.nature, mine.nature, theirs.nature, conflicts),
    steps: mergeList(base.steps, mine.steps, theirs.steps, sameStep, 'steps', conflicts),
    expected: mergeText(base.expected, mine.expected, theirs.expected, 'expected', conflicts),
    obtained: mergeText(base.obtained, mine.obtained, theirs.obtained, 'obtained', conflicts),
    technicalLines: mergeList(
      base.technicalLines,
      mine.technicalLines,
      theirs.technicalLines,
      sameLine,
      'technicalLines',
      conflicts,
    ),
    screenshots: mergeList(
      base.screenshots,
      mine.screenshots,
      theirs.screenshots,
      (a, b) => a.name === b.name,
      'screenshots',
      [],
    ),
    nomenclature:
      JSON.stringify(mine.nomenclature) === JSON.stringify(base.nomenclature)
        ? theirs.nomenclature
        : mine.nomenclature,
    // A version of its own, later than both: a panel that sees its own stamp coming back from
    // storage takes it for its own save and would not show the merge.
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt) + 1,
  };
  return { draft, conflicts };
}
