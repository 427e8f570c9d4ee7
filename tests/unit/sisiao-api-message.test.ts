import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApiMessage } from '../../utils/sites/sisiao/api-message';
import { ApiObservationSchema } from '../../utils/sites/sisiao/api-signals';

describe('parseApiMessage (zod-free, for the SI SIAO content script)', () => {
  it('reads a request and a script error as the main-world script posts them', () => {
    expect(
      parseApiMessage({
        source: 'ars-main',
        kind: 'request',
        at: 5,
        method: 'put',
        path: '/api/menages/9100018/pieces?x=Nom',
        status: 500,
      }),
    ).toMatchObject({
      kind: 'request',
      method: 'PUT',
      path: '/api/menages/9100018/pieces',
      safePath: '/api/menages/9100018/pieces?x=',
      status: 500,
    });
    expect(parseApiMessage({ kind: 'script', at: 1, message: 'x'.repeat(900) })).toEqual({
      kind: 'script',
      at: 1,
      message: 'x'.repeat(500),
    });
  });

  it('agrees with the zod schema on random and hostile input', () => {
    const user = fc.record(
      {
        email: fc.option(fc.string({ maxLength: 300 })),
        role: fc.option(fc.string({ maxLength: 250 })),
        profile: fc.option(fc.string()),
      },
      { requiredKeys: [] },
    );
    const message = fc.oneof(
      fc.record(
        {
          kind: fc.constantFrom('request', 'script', 'other', undefined),
          at: fc.oneof(fc.nat(), fc.integer(), fc.double()),
          method: fc.string({ maxLength: 12 }),
          path: fc.oneof(fc.webPath(), fc.string()),
          status: fc.oneof(fc.integer({ min: -5, max: 1200 }), fc.double()),
          typefiche: fc.option(fc.string({ maxLength: 50 }), { nil: undefined }),
          message: fc.string(),
          user: fc.option(user, { nil: undefined }),
        },
        { requiredKeys: ['at'] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(message, (value) => {
        const zod = ApiObservationSchema.safeParse(value);
        const mine = parseApiMessage(value);
        expect(mine !== null, JSON.stringify(value)).toBe(zod.success);
        if (zod.success) expect(mine).toEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
  });
});
