import { parseNomenclature } from '../core/nomenclature/validate';
import { mergeMaskingRules } from '../sites/sisiao/masking-rules';
import { mergeDetectionRules } from '../sites/sisiao/rules';
import { splitIssues, unknownKeyWarning, type UnknownKey } from './issues';
import { migrateConfig } from './migrations';
import { ConfigFileSchema, type ConfigFile } from './schema';

/** The outcome of reading a configuration: all of it, or every problem in French. */
export type ConfigValidation =
  { ok: true; config: ConfigFile; warnings: string[] } | { ok: false; errors: string[] };

export interface ValidateOptions {
  /** Managed policies carry no `version`: take them as current without a warning. */
  assumeCurrent?: boolean;
}

/**
 * Validates a whole configuration document (an imported file, the stored settings, a policy):
 * migrates it from older versions, checks every section, and reports every error with the exact
 * key (« nomenclature.thematiques[0].motifs[3].libelle : texte attendu »). Unknown keys are not
 * fatal: they are dropped and reported as warnings, so a file written for a newer release still
 * loads and the person sees what was ignored.
 */
export function validateConfigFile(json: unknown, opts: ValidateOptions = {}): ConfigValidation {
  const migrated = migrateConfig(json, opts);
  if (!migrated.ok) return migrated;
  const first = ConfigFileSchema.safeParse(migrated.value, { reportInput: true });
  let config: ConfigFile;
  const warnings = [...migrated.warnings];
  if (first.success) {
    config = first.data;
  } else {
    const { unknown, errors } = splitIssues(first.error.issues);
    if (errors.length) return { ok: false, errors };
    warnings.push(...unknown.map(unknownKeyWarning));
    const second = ConfigFileSchema.safeParse(withoutKeys(migrated.value, unknown), {
      reportInput: true,
    });
    if (!second.success) return { ok: false, errors: splitIssues(second.error.issues).errors };
    config = second.data;
  }
  const errors = crossChecks(config);
  return errors.length ? { ok: false, errors } : { ok: true, config, warnings };
}

/** What the shape alone cannot say: merged rules within their limits, nomenclature codes unique. */
function crossChecks(config: ConfigFile): string[] {
  const errors: string[] = [];
  if (config.detection) {
    const merged = mergeDetectionRules(config.detection);
    if (!merged.ok) errors.push(merged.error);
  }
  if (config.masking) {
    const merged = mergeMaskingRules(config.masking);
    if (!merged.ok) errors.push(merged.error);
  }
  if (config.nomenclature) {
    const parsed = parseNomenclature(config.nomenclature);
    if (!parsed.ok) errors.push(...parsed.errors);
  }
  return errors;
}

/** A copy of the document without the reported unknown keys. */
function withoutKeys(doc: Record<string, unknown>, unknown: readonly UnknownKey[]): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  for (const { path, key } of unknown) {
    let node: unknown = copy;
    for (const part of path) node = (node as Record<PropertyKey, unknown> | undefined)?.[part];
    if (node && typeof node === 'object') delete (node as Record<string, unknown>)[key];
  }
  return copy;
}
