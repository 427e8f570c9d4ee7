import { z } from 'zod';
import { EscalationDraftSchema, type DraftStore } from '../escalation/model';
import { draftsV1ToV2 } from './drafts-v1-to-v2';

/**
 * The stored drafts are WXT's item `local:drafts`: the store keyed by context, with its version in
 * `drafts$` (WXT counts from 1). Version 1 is whatever releases before WXT storage wrote: a
 * `{ version, drafts }` envelope whose own version 1 held flat drafts and 2 the current store.
 */
export const DRAFTS_VERSION = 2;

const LegacyEnvelopeSchema = z.object({
  version: z.number().int().positive(),
  drafts: z.unknown(),
});

type Unwrapped = { ok: true; value: unknown } | { ok: false; error: string };

/** The store inside a legacy envelope, its v1 drafts migrated; the French reason when it cannot. */
function unwrapLegacy(envelope: z.infer<typeof LegacyEnvelopeSchema>): Unwrapped {
  if (envelope.version === 2) return { ok: true, value: envelope.drafts };
  if (envelope.version > 2) {
    return {
      ok: false,
      error: `version ${envelope.version} plus récente que celle connue (2) : extension à mettre à jour ?`,
    };
  }
  try {
    return { ok: true, value: draftsV1ToV2(envelope.drafts) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `migration vers la version 2 impossible : ${reason}` };
  }
}

/**
 * WXT migration to version 2: the legacy envelope becomes the bare store. Anything else is left as
 * it is: a store already current (WXT takes a value without `drafts$` for version 1, which
 * « Effacer mes données » can cause), or an unreadable value, which the next read sets aside.
 */
export function draftsToV2(value: unknown): unknown {
  const envelope = LegacyEnvelopeSchema.safeParse(value);
  if (!envelope.success) return value;
  const unwrapped = unwrapLegacy(envelope.data);
  return unwrapped.ok ? unwrapped.value : value;
}

export type DraftStoreLoad =
  | {
      ok: true;
      drafts: DraftStore;
      /** Entries that failed validation, by key: to keep aside and report, never to delete. */
      rejected: Record<string, unknown>;
      /** True when the value was still a legacy envelope: to write back in the current shape. */
      migrated: boolean;
    }
  | { ok: false; error: string; value: unknown };

/**
 * Reads a stored drafts value, validated draft by draft so one damaged draft does not cost the
 * others. A legacy envelope that reaches a read (its migration failed, or it was stored without
 * WXT's version) goes through the same step as the migration. When the whole value is unreadable
 * the caller keeps `value` aside (never overwrites it) and starts from an empty store.
 */
export function loadDraftStore(value: unknown): DraftStoreLoad {
  if (value === null || value === undefined) {
    return { ok: true, drafts: {}, rejected: {}, migrated: false };
  }
  let current = value;
  const envelope = LegacyEnvelopeSchema.safeParse(value);
  if (envelope.success) {
    const unwrapped = unwrapLegacy(envelope.data);
    if (!unwrapped.ok) return { ok: false, error: unwrapped.error, value };
    current = unwrapped.value ?? {};
    if (typeof current !== 'object' || Array.isArray(current)) {
      return { ok: false, error: 'brouillons illisibles : objet attendu', value };
    }
  } else if (typeof current !== 'object' || Array.isArray(current)) {
    return { ok: false, error: 'format inconnu', value };
  }
  const drafts: DraftStore = {};
  const rejected: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(current as object)) {
    const parsed = EscalationDraftSchema.safeParse(entry);
    if (parsed.success && parsed.data.contextKey === key) drafts[key] = parsed.data;
    else rejected[key] = entry;
  }
  return { ok: true, drafts, rejected, migrated: envelope.success };
}
