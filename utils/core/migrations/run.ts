/**
 * Versioned stored values (drafts, settings, history) move forward one version at a time through
 * pure functions, like `@wxt-dev/storage`'s `migrations: { 2: v1ToV2 }`, so the same steps serve
 * the storage item and the tests. A failure is returned, never thrown: the caller sets the value
 * aside and falls back instead of crashing the panel.
 */

/** Turns a value of version `n - 1` into version `n`; throws when the value cannot be read. */
export type Migration = (value: unknown) => unknown;

export interface MigrationPlan {
  /** Current version of the stored format. */
  version: number;
  /** Keyed by the version each step produces: `{ 2: v1ToV2, 3: v2ToV3 }`. */
  steps: Readonly<Record<number, Migration>>;
}

export type MigrationResult =
  | { ok: true; value: unknown; version: number; applied: number[] }
  | { ok: false; error: string; version: number; value: unknown };

/**
 * Runs the steps from `fromVersion + 1` to `plan.version`. A value already current is returned as
 * is; a version from the future, a missing step or a step that throws is a failure (in French, for
 * the report shown to the referent) with the value as it was before the failing step.
 */
export function runMigrations(
  value: unknown,
  fromVersion: number,
  plan: MigrationPlan,
): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    return {
      ok: false,
      error: `version enregistrée invalide : ${fromVersion}`,
      version: fromVersion,
      value,
    };
  }
  if (fromVersion > plan.version) {
    return {
      ok: false,
      error: `version ${fromVersion} plus récente que celle connue (${plan.version}) : extension à mettre à jour ?`,
      version: fromVersion,
      value,
    };
  }
  let current = value;
  const applied: number[] = [];
  for (let target = fromVersion + 1; target <= plan.version; target += 1) {
    const step = plan.steps[target];
    if (!step) {
      return {
        ok: false,
        error: `migration vers la version ${target} absente`,
        version: target - 1,
        value: current,
      };
    }
    try {
      current = step(current);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        error: `migration vers la version ${target} impossible : ${reason}`,
        version: target - 1,
        value: current,
      };
    }
    applied.push(target);
  }
  return { ok: true, value: current, version: plan.version, applied };
}
