import { describe, expect, it } from 'vitest';
import { callLogToV2 } from '../../utils/core/migrations/call-log';

describe('callLogToV2 (the WXT migration of `local:callLog`)', () => {
  it('turns the version-1 envelope into its entries, read or not', () => {
    expect(callLogToV2({ version: 1, entries: [{ id: 'a' }, 'x'] })).toEqual([{ id: 'a' }, 'x']);
    expect(callLogToV2({ version: 1, entries: [] })).toEqual([]);
  });

  it('leaves bare entries, and what it cannot read, as they are', () => {
    const bare = [{ id: 'a' }];
    expect(callLogToV2(bare)).toBe(bare);
    for (const odd of ['oops', { version: 2, entries: [] }, { version: 1, entries: 3 }, null]) {
      expect(callLogToV2(odd)).toBe(odd);
    }
  });
});
