import { CONFIG_VERSION } from '../schema';
import { migrateV0toV1 } from './v0-to-v1';

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** Step n turns a version n-1 document into version n. One file (and one test) per step. */
const STEPS: Record<number, Migration> = {
  1: migrateV0toV1,
};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number; warnings: string[] }
  | { ok: false; errors: string[] };

/**
 * Which version a document is. Version 0 had no `version` key but its flat keys; a document with
 * neither is taken as current (a hand-written file that forgot it), with a warning.
 */
function versionOf(doc: Record<string, unknown>): { version: number; warnings: string[] } | string {
  const v = doc.version;
  if (v === undefined) {
    if ('sisiaoUrls' in doc || 'kbUrl' in doc) return { version: 0, warnings: [] };
    return {
      version: CONFIG_VERSION,
      warnings: [`version absente : version ${CONFIG_VERSION} supposée`],
    };
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    return 'version : nombre entier attendu';
  if (v > CONFIG_VERSION) {
    return `version : version ${v} inconnue (cette extension lit jusqu'à la version ${CONFIG_VERSION}) ; mettez l'extension à jour`;
  }
  return { version: v, warnings: [] };
}

/**
 * Brings a document of any known version to the current one, step by step. Pure: the input is
 * not modified. `assumeCurrent` silences the missing-version warning (managed policies carry no
 * version).
 */
export function migrateConfig(
  doc: unknown,
  opts: { assumeCurrent?: boolean } = {},
): MigrationResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, errors: ['configuration : objet JSON attendu ({ ... })'] };
  }
  const record = doc as Record<string, unknown>;
  const found =
    opts.assumeCurrent && record.version === undefined
      ? { version: CONFIG_VERSION, warnings: [] }
      : versionOf(record);
  if (typeof found === 'string') return { ok: false, errors: [found] };
  let value: Record<string, unknown> = { ...record };
  const warnings = [...found.warnings];
  for (let next = found.version + 1; next <= CONFIG_VERSION; next++) {
    const step = STEPS[next];
    if (!step) return { ok: false, errors: [`version : pas de migration vers la version ${next}`] };
    value = step(value);
  }
  if (found.version < CONFIG_VERSION) {
    warnings.push(
      `configuration de version ${found.version} convertie en version ${CONFIG_VERSION}`,
    );
  }
  if (found.version === CONFIG_VERSION && value.version === undefined)
    value.version = CONFIG_VERSION;
  return { ok: true, value, from: found.version, warnings };
}
