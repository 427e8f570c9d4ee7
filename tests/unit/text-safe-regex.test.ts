import { describe, expect, it } from 'vitest';
import { safePattern, unsafePatternReason } from '../../utils/core/text/safe-regex';

describe('unsafePatternReason', () => {
  it('accepts the shapes rules use', () => {
    for (const p of [
      '^(?:[A-Z]{1,4}-?)?\\d{1,20}$',
      'ménage\\s*n°\\s*(\\d+)',
      '^v?(\\d+\\.\\d+\\.\\d+)$',
      '(\\d{7})',
      '[a-z]+@[a-z]+\\.fr',
    ])
      expect(unsafePatternReason(p), p).toBeNull();
  });

  it('refuses the shapes behind catastrophic backtracking', () => {
    for (const p of ['^(\\d+)+$', '(a*)*b', '(a|aa)+$', '((ab)*c)+', '(\\w+\\s?)*$', '(x+){2,}'])
      expect(unsafePatternReason(p), p).toMatch(/imbriqués/);
    expect(unsafePatternReason('(a)\\1')).toMatch(/arrière/);
    expect(unsafePatternReason('x'.repeat(201))).toMatch(/trop longue/);
    expect(unsafePatternReason('(')).toMatch(/invalide/);
  });

  it('a refused pattern does not compile, so detection never runs it', () => {
    expect(safePattern('^(\\d+)+$')).toBeNull();
    expect(safePattern('^\\d+$')?.test('123')).toBe(true);
  });
});
