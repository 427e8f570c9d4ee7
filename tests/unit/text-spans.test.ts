import { describe, expect, it } from 'vitest';
import { mergeSpans, replaceSpans } from '../../utils/core/text/spans';

describe('spans', () => {
  it('sorts and merges overlapping spans, and gaps the caller joins', () => {
    expect(
      mergeSpans([
        [8, 10],
        [0, 3],
        [2, 5],
      ]),
    ).toEqual([
      [0, 5],
      [8, 10],
    ]);
    expect(
      mergeSpans(
        [
          [0, 3],
          [4, 6],
        ],
        (end, start) => start - end === 1,
      ),
    ).toEqual([[0, 6]]);
    expect(
      mergeSpans(
        [
          [0, 3],
          [5, 6],
        ],
        (end, start) => start - end === 1,
      ),
    ).toEqual([
      [0, 3],
      [5, 6],
    ]);
  });

  it('replaces each span by the mark, keeps the rest', () => {
    expect(
      replaceSpans(
        'M. DUPONT, né le 01/02/1985',
        [
          [3, 9],
          [17, 27],
        ],
        '▮',
      ),
    ).toBe('M. ▮, né le ▮');
    expect(replaceSpans('rien', [], '▮')).toBe('rien');
  });
});
