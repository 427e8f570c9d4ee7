/**
 * The stored call log is WXT's item `local:callLog`: the entries as a bare array, with the item's
 * version in `callLog$` (WXT counts from 1). Version 1 is what releases before WXT storage wrote:
 * the `{ version: 1, entries }` envelope of `core/calls/store-format`.
 */
export const CALL_LOG_ITEM_VERSION = 2;

function isEnvelopeV1(value: unknown): value is { version: 1; entries: unknown[] } {
  const v = value as { version?: unknown; entries?: unknown } | null;
  return typeof v === 'object' && v !== null && v.version === 1 && Array.isArray(v.entries);
}

/**
 * WXT migration to version 2: the envelope becomes its entries, each still validated on read.
 * Anything else is left as it is: entries already bare (WXT takes a value without `callLog$` for
 * version 1, which « Effacer mes données » can cause), or an unreadable value, which the next read
 * sets aside with its reason.
 */
export function callLogToV2(value: unknown): unknown {
  return isEnvelopeV1(value) ? value.entries : value;
}
