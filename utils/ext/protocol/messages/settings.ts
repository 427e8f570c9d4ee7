import { z } from 'zod';
import { defineMessage, none } from '../define';

/** Messages that change what the extension knows: the form's nomenclature, the national feed. */

/** Lists read on the support form; each read is validated on its own when merged. */
export const nomenclatureObserved = defineMessage({
  type: 'nomenclatureObserved',
  from: ['kb'],
  request: z.object({ reads: z.array(z.unknown()).min(1).max(6) }),
  response: z.object({ ok: z.boolean(), thematiques: z.number().int().optional() }),
});

/** The options page re-reads the feed's state from storage: the answer is not used. */
export const refreshFeed = defineMessage({
  type: 'refreshFeed',
  from: ['page'],
  request: none,
  response: z.unknown(),
});

export const confirmFeed = defineMessage({
  type: 'confirmFeed',
  from: ['page'],
  request: none,
  response: z.unknown(),
});
