import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_SCHEMA_PATH,
  MANAGED_SCHEMA_PATH,
  buildChromeManagedSchema,
  buildConfigJsonSchema,
  schemaFileText,
} from '../tools/config-schema';
import { validateConfigFile } from '../../utils/config';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const HINT = 'regenerate with `npx tsx tests/tools/config-schema.ts` and commit';

describe('published schemas', () => {
  it(`${CONFIG_SCHEMA_PATH} matches the zod schema (${HINT})`, () => {
    expect(read(CONFIG_SCHEMA_PATH)).toBe(schemaFileText(buildConfigJsonSchema()));
  });

  it(`${MANAGED_SCHEMA_PATH} matches the zod schema (${HINT})`, () => {
    expect(read(MANAGED_SCHEMA_PATH)).toBe(schemaFileText(buildChromeManagedSchema()));
  });

  it("keeps to Chrome's subset: a typed object at the top, one type everywhere, no unions", () => {
    const schema = buildChromeManagedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const walk = (node: Record<string, unknown>, at: string): void => {
      expect(typeof node.type, at).toBe('string');
      for (const banned of ['anyOf', 'oneOf', 'allOf', '$ref', '$defs', 'const']) {
        expect(node, at).not.toHaveProperty(banned);
      }
      const props = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [k, v] of Object.entries(props)) walk(v, `${at}.${k}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${at}[]`);
    };
    walk(schema, 'managed');
  });

  it('the Firefox policies.json example carries a valid policy', () => {
    const policies = JSON.parse(read('tests/fixtures/config/policies.json.example')) as {
      policies: { '3rdparty': { Extensions: Record<string, unknown> } };
    };
    const policy = policies.policies['3rdparty'].Extensions['assistant-referent@sisiao.example'];
    expect(validateConfigFile(policy, { assumeCurrent: true })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });
});
