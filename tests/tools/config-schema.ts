/**
 * Writes the JSON Schema of the configuration document (public/config.schema.json, for the
 * national team's editors) and Chrome's managed-storage schema (public/managed_schema.json, for
 * IT policies), both generated from the zod schema. Run `npx tsx tests/tools/config-schema.ts`
 * after changing the schema; tests/unit/config-schema-files.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigFileSchema } from '../../utils/config/schema';
import { FeedPolicySchema } from '../../utils/core/feed/policy';

type Json = Record<string, unknown>;

export const CONFIG_SCHEMA_PATH = 'public/config.schema.json';
export const MANAGED_SCHEMA_PATH = 'public/managed_schema.json';

/** The document as a person writes it (inputs: defaults optional, addresses before normalising). */
export function buildConfigJsonSchema(): Json {
  const schema = z.toJSONSchema(ConfigFileSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  return {
    ...schema,
    title: 'Assistant Référent SI SIAO — configuration',
    description:
      'Configuration partagée : toute section absente prend sa valeur par défaut. Voir le README.',
  };
}

/** Chrome validates policies with a subset of JSON Schema: these keywords only. */
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/**
 * Chrome's subset: exactly one `type` per schema, no unions, no `additionalProperties` at the top.
 * A union keeps its list form (`labels: [...]` adds to the defaults); the extension validates the
 * policy in full with zod anyway, so Chrome's check is only a first filter.
 */
function toChrome(node: Json): Json | null {
  const union = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (union) {
    const pick = union.find((b) => b.type === 'array') ?? union[0];
    return pick ? toChrome({ ...pick, description: node.description ?? pick.description }) : null;
  }
  let type = node.type as string | undefined;
  if (type === undefined && 'const' in node)
    type = typeof node.const === 'number' ? 'integer' : 'string';
  if (type === undefined && Array.isArray(node.enum))
    type = typeof node.enum[0] === 'number' ? 'integer' : 'string';
  if (!type || !CHROME_TYPES.has(type)) return null;
  const out: Json = { type };
  if (typeof node.description === 'string') out.description = node.description;
  if (type === 'object') {
    const props = (node.properties ?? {}) as Record<string, Json>;
    const converted = Object.entries(props)
      .map(([k, v]) => [k, toChrome(v)] as const)
      .filter((e): e is readonly [string, Json] => e[1] !== null);
    if (converted.length) out.properties = Object.fromEntries(converted);
    const extra = node.additionalProperties;
    if (extra && typeof extra === 'object') {
      const value = toChrome(extra as Json);
      if (value) out.additionalProperties = value;
    }
  }
  if (type === 'array' && node.items && typeof node.items === 'object') {
    const items = toChrome(node.items as Json);
    if (items) out.items = items;
  }
  return out;
}

/** Chrome's `storage.managed_schema`: the sections an administrator may set by policy. */
export function buildChromeManagedSchema(): Json {
  const full = buildConfigJsonSchema();
  const props = full.properties as Record<string, Json>;
  const properties: Record<string, Json> = {};
  for (const [key, value] of Object.entries(props)) {
    // A policy is always read as the current version; `$schema` means nothing there.
    if (key === '$schema' || key === 'version') continue;
    const converted = toChrome(value);
    if (converted) properties[key] = { title: key, ...converted };
  }
  // Policy only (never a file): where the national team's signed feed is read, and its keys.
  const feed = toChrome(z.toJSONSchema(FeedPolicySchema, { io: 'input' }) as Json);
  if (feed) properties.feed = { title: 'feed', ...feed };
  return { type: 'object', properties };
}

/** The file text as committed: two-space JSON and a final newline. */
export function schemaFileText(schema: Json): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../../', import.meta.url);
  writeFileSync(new URL(CONFIG_SCHEMA_PATH, root), schemaFileText(buildConfigJsonSchema()));
  writeFileSync(new URL(MANAGED_SCHEMA_PATH, root), schemaFileText(buildChromeManagedSchema()));
  console.log(`Écrit : ${CONFIG_SCHEMA_PATH}, ${MANAGED_SCHEMA_PATH}`);
}
