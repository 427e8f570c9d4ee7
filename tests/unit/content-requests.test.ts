import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../utils/ext/content-requests';
import { ContentRequestSchema } from '../../utils/ext/protocol/content';

describe('parseContentRequest (zod-free, for the SI SIAO content script)', () => {
  it('accepts exactly what the zod schema accepts', () => {
    const candidate = fc.oneof(
      fc.record({
        type: fc.constantFrom('getContext', 'maskForCapture', 'unmask', 'scrollState', 'other'),
      }),
      fc.record(
        {
          type: fc.constant('scrollState'),
          scrollTo: fc.oneof(fc.double(), fc.integer(), fc.string()),
          hideFixed: fc.oneof(fc.boolean(), fc.string()),
          restore: fc.oneof(fc.record({ x: fc.double(), y: fc.integer() }), fc.constant(null)),
        },
        { requiredKeys: ['type'] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        const zod = ContentRequestSchema.safeParse(value);
        const mine = parseContentRequest(value);
        expect(mine !== null).toBe(zod.success);
        if (zod.success) expect(mine).toEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });
});
