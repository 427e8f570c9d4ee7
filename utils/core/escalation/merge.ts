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

/** Merges `mine` and `theirs`, both edited from `base`. */
export function mergeDrafts(
  base: EscalationDraft,
  mine: EscalationDraft,
  theirs: EscalationDraft,
): MergeResult {
  const conflicts: string[] = [];
  const t = (path: string, b: string, m: string, o: string) => mergeText(b, m, o, path, conflicts);
  const draft: EscalationDraft = {
    ...mine,
    qui: {
      userEmail: t('qui.userEmail', base.qui.userEmail, mine.qui.userEmail, theirs.qui.userEmail),
      userProfile: t(
        'qui.userProfile',
        base.qui.userProfile,
        mine.qui.userProfile,
        theirs.qui.userProfile,
      ),
      menageId: t('qui.menageId', base.qui.menageId, mine.qui.menageId, theirs.qui.menageId),
      personneId: t(
        'qui.personneId',
        base.qui.personneId,
        mine.qui.personneId,
        theirs.qui.personneId,
      ),
    },
    nature: {
      summary: t('nature.summary', base.nature.summary, mine.nature.summary, theirs.nature.summary),
      description: t(
        'nature.description',
        base.nature.description,
        mine.nature.description,
        theirs.nature.description,
      ),
      ids: {
        demandeId: t(
          'nature.ids.demandeId',
          base.nature.ids.demandeId,
          mine.nature.ids.demandeId,
          theirs.nature.ids.demandeId,
        ),
        structureId: t(
          'nature.ids.structureId',
          base.nature.ids.structureId,
          mine.nature.ids.structureId,
          theirs.nature.ids.structureId,
        ),
        dispositifId: t(
          'nature.ids.dispositifId',
          base.nature.ids.dispositifId,
          mine.nature.ids.dispositifId,
          theirs.nature.ids.dispositifId,
        ),
        groupePlacesId: t(
          'nature.ids.groupePlacesId',
          base.nature.ids.groupePlacesId,
          mine.nature.ids.groupePlacesId,
          theirs.nature.ids.groupePlacesId,
        ),
        other: t(
          'nature.ids.other',
          base.nature.ids.other,
          mine.nature.ids.other,
          theirs.nature.ids.other,
        ),
      },
    },
    steps: mergeList(base.steps, mine.steps, theirs.steps, sameStep, 'steps', conflicts),
    expected: t('expected', base.expected, mine.expected, theirs.expected),
    obtained: t('obtained', base.obtained, mine.obtained, theirs.obtained),
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
    updatedAt: Math.max(mine.updatedAt, theirs.updatedAt),
  };
  return { draft, conflicts };
}
