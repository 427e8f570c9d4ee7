import { configSizeError } from './guards';
import { DEFAULT_CONFIG } from './defaults';
import { resolveConfig } from './resolve';
import { FIELD_SECTIONS, SECTION_KEYS, type Config, type ConfigFile } from './schema';
import { validateConfigFile } from './validate';

/** The configuration in force and what the administrator has fixed. */
export interface EffectiveConfig {
  config: Config;
  /** Keys set by policy: sections (`nomenclature`) or fields (`addresses.knowledgeBase`). */
  lockedKeys: string[];
  /** Problems in the policy itself (its bad sections are ignored, the others still apply). */
  managedErrors: string[];
}

/**
 * Reads the managed policy (Chrome's `storage.managed`, Firefox's policies.json `3rdparty`).
 * Valid as a whole, it is used as is; otherwise each section is tried alone so that one typo in
 * a policy does not unlock every other setting the administrator fixed.
 */
export function readManagedPolicy(managed: unknown): { file: ConfigFile; errors: string[] } {
  if (managed == null || (typeof managed === 'object' && !Object.keys(managed).length)) {
    return { file: { version: 1 }, errors: [] };
  }
  const tooBig = configSizeError(JSON.stringify(managed), 'La stratégie de votre administrateur');
  if (tooBig) return { file: { version: 1 }, errors: [tooBig] };
  const whole = validateConfigFile(managed, { assumeCurrent: true });
  if (whole.ok) return { file: whole.config, errors: [] };
  if (typeof managed !== 'object' || Array.isArray(managed))
    return { file: { version: 1 }, errors: whole.errors };
  const file: Record<string, unknown> = { version: 1 };
  const errors: string[] = [];
  for (const key of SECTION_KEYS) {
    const value = (managed as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const one = validateConfigFile({ version: 1, [key]: value });
    if (one.ok) file[key] = one.config[key];
    else errors.push(...one.errors);
  }
  return { file: file as ConfigFile, errors };
}

/**
 * Local settings with the administrator's policy on top: a managed section wins over the local
 * one; for `addresses` and `data`, each managed field wins on its own.
 */
export function effectiveConfig(
  local: ConfigFile,
  managed: unknown,
  defaults: Config = DEFAULT_CONFIG,
): EffectiveConfig {
  const policy = readManagedPolicy(managed);
  const merged: Record<string, unknown> = { ...local };
  const lockedKeys: string[] = [];
  for (const key of SECTION_KEYS) {
    const value = policy.file[key];
    if (value === undefined) continue;
    if ((FIELD_SECTIONS as readonly string[]).includes(key)) {
      const fields = value as Record<string, unknown>;
      merged[key] = { ...(local[key] as Record<string, unknown> | undefined), ...fields };
      lockedKeys.push(...Object.keys(fields).map((f) => `${key}.${f}`));
    } else {
      merged[key] = value;
      lockedKeys.push(key);
    }
  }
  return {
    config: resolveConfig(merged as ConfigFile, defaults),
    lockedKeys,
    managedErrors: policy.errors,
  };
}
