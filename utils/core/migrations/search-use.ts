/**
 * What the search learns from use is stored as WXT items, each a bare array with its version in
 * `<key>$` (WXT counts from 1): `local:kbLearned` (the pairs) and `local:kbUnanswered` (the
 * searches). Version 1 is what releases before WXT storage wrote: `{ version: 1, pairs }` and
 * `{ version: 1, entries }`.
 */
export const SEARCH_USE_ITEM_VERSION = 2;

/** The array under `field` of a version-1 envelope; anything else as it is (read as empty later). */
function unwrapV1(value: unknown, field: 'pairs' | 'entries'): unknown {
  const v = value as Record<string, unknown> | null;
  const inner = typeof v === 'object' && v !== null && v.version === 1 ? v[field] : undefined;
  return Array.isArray(inner) ? inner : value;
}

/** WXT migration of `local:kbLearned` to version 2: the envelope becomes its pairs. */
export const learnedToV2 = (value: unknown): unknown => unwrapV1(value, 'pairs');

/** WXT migration of `local:kbUnanswered` to version 2: the envelope becomes its entries. */
export const unansweredToV2 = (value: unknown): unknown => unwrapV1(value, 'entries');
