import { EscalationDraftSchema, type DraftStore } from '../escalation/model';
import { draftsV1ToV2 } from './drafts-v1-to-v2';
import { runMigrations, type MigrationPlan } from './run';

/** The stored drafts' format: v1 flat drafts, v2 the escalation script keyed by context. */
export const DRAFTS_PLAN: MigrationPlan = { version: 2, steps: { 2: draftsV1ToV2 } };

export type DraftStoreLoad =
  | {
      ok: true;
      drafts: DraftStore;
      /** Entries that failed validation, by key: to keep aside and report, never to delete. */
      rejected: Record<string, unknown>;
      migrated: boolean;
    }
  | { ok: false; error: string; value: unknown };

/**
 * Reads a stored drafts value of any known version: migrates it, then validates it draft by draft,
 * so one damaged draft does not cost the others. When the whole value is unreadable the caller
 * keeps `value` aside (never overwrites it) and starts from an empty store.
 */
export function loadDraftStore(value: unknown, fromVersion: number): DraftStoreLoad {
  const migrated = runMigrations(value, fromVersion, DRAFTS_PLAN);
  if (!migrated.ok) return { ok: false, error: migrated.error, value };
  const current = migrated.value ?? {};
  if (typeof current !== 'object' || Array.isArray(current)) {
    return { ok: false, error: 'brouillons illisibles : objet attendu', value };
  }
  const drafts: DraftStore = {};
  const rejected: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(current)) {
    const parsed = EscalationDraftSchema.safeParse(entry);
    if (parsed.success && parsed.data.contextKey === key) drafts[key] = parsed.data;
    else rejected[key] = entry;
  }
  return { ok: true, drafts, rejected, migrated: migrated.applied.length > 0 };
}
