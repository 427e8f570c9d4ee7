/** Every selector of the SI SIAO adapter against the saved pages it must (or must not) match. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as selectors from '../../utils/sites/sisiao/selectors';

type Expectation = readonly (readonly [number, string])[];
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

const mod = selectors as Record<string, unknown>;
const cases = Object.keys(mod)
  .filter((key) => key.endsWith('_') && typeof mod[key.slice(0, -1)] === 'string')
  .map(
    (key) => [key.slice(0, -1), mod[key.slice(0, -1)] as string, mod[key] as Expectation] as const,
  );

describe('SI SIAO selectors', () => {
  it('gives every selector its saved pages, a match and a non-match among them', () => {
    const names = Object.keys(mod).filter((k) => !k.endsWith('_'));
    expect(cases.map(([name]) => name).sort()).toEqual(names.sort());
    for (const [, , expected] of cases) {
      expect(expected.some(([n]) => n > 0)).toBe(true);
      expect(expected.some(([n]) => n === 0)).toBe(true);
    }
  });

  for (const [name, selector, expected] of cases) {
    for (const [count, fixture] of expected) {
      it(`${name} matches ${count} in ${fixture}`, () => {
        const html = readFileSync(join(FIXTURES, fixture), 'utf8');
        const doc = new DOMParser().parseFromString(html, 'text/html');
        expect(doc.querySelectorAll(selector)).toHaveLength(count);
      });
    }
  }
});
