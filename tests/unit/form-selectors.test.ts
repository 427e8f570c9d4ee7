/** Every selector of the form adapters against the saved pages it must (or must not) match. */
import { describe, expect, it } from 'vitest';
import * as legacy from '../../utils/sites/kb/hubspot-legacy';
import * as modern from '../../utils/sites/kb/hubspot-new';
import { parseFixture } from './form-fixtures';

type Expectation = readonly (readonly [number, string])[];

function expectations(mod: Record<string, unknown>): [string, string, Expectation][] {
  return Object.keys(mod)
    .filter((key) => key.endsWith('_') && typeof mod[key.slice(0, -1)] === 'string')
    .map((key) => [key.slice(0, -1), mod[key.slice(0, -1)] as string, mod[key] as Expectation]);
}

describe.each([
  ['hubspot-legacy', legacy],
  ['hubspot-new', modern],
])('%s selectors', (_name, mod) => {
  const cases = expectations(mod as Record<string, unknown>);

  it('has expectations', () => {
    expect(cases.length).toBeGreaterThan(2);
  });

  for (const [name, selector, expected] of cases) {
    for (const [count, fixture] of expected) {
      it(`${name} matches ${count} in ${fixture}`, () => {
        expect(parseFixture(fixture).querySelectorAll(selector)).toHaveLength(count);
      });
    }
  }
});
