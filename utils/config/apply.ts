import type { SettingKey } from './resolve';
import type { ConfigFile, SectionKey } from './schema';
import { validateConfigFile } from './validate';

/** The new stored document, or why nothing changed. */
export type ApplyResult =
  { ok: true; config: ConfigFile; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Applies an imported file atomically: it is validated as a whole, then its sections replace the
 * current ones; sections it does not mention are kept. On any error the current document is
 * returned untouched by the caller — this function never builds a half-applied one.
 */
export function applyConfigImport(current: ConfigFile, json: unknown): ApplyResult {
  const checked = validateConfigFile(json);
  if (!checked.ok) return checked;
  const { $schema: _schema, ...incoming } = checked.config;
  return recheck({ ...current, ...incoming }, checked.warnings);
}

/**
 * Sets one section (or one field of `addresses`/`data`) from the options page, with the same
 * validation as an import; `undefined` resets it.
 */
export function applySettingChange(
  current: ConfigFile,
  key: SettingKey | SectionKey,
  value: unknown,
): ApplyResult {
  const [section, field] = key.split('.') as [SectionKey, string | undefined];
  const next: Record<string, unknown> = { ...current };
  if (field) {
    const base = (current[section] ?? {}) as Record<string, unknown>;
    next[section] = { ...base, [field]: value };
  } else {
    next[section] = value;
  }
  return recheck(next, []);
}

/** The merged whole is validated again (and normalised: origins, trimmed labels). */
function recheck(next: unknown, warnings: string[]): ApplyResult {
  const whole = validateConfigFile(JSON.parse(JSON.stringify(next)) as unknown);
  if (!whole.ok) return whole;
  return { ok: true, config: whole.config, warnings: [...warnings, ...whole.warnings] };
}
