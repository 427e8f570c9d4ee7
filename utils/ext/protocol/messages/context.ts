import { z } from 'zod';
import { ContextSnapshotSchema } from '../content';
import { defineMessage, none } from '../define';

/** Messages about the SI SIAO tab being followed and the rules in force. */

/** The SI SIAO content script, each time what it detects changes (the last tab that spoke). */
export const contextChanged = defineMessage({
  type: 'contextChanged',
  from: ['sisiao'],
  request: z.object({ snapshot: ContextSnapshotSchema }),
  response: z.undefined(),
});

/** The same message as the extension's pages receive it too (a broadcast): with its name. */
export const ContextChangedSchema = contextChanged.request.extend({
  type: z.literal(contextChanged.type),
});

/** The panel, when it is not beside an SI SIAO tab: the tab that spoke last. */
export const getTargetTab = defineMessage({
  type: 'getTargetTab',
  from: ['page'],
  request: none,
  response: z.object({ tabId: z.number().int().nullable() }),
});

/**
 * The rules in force, for a content script that found none published yet. Checked by shape only:
 * the SI SIAO content script carries no zod (effective-rules.ts).
 */
export const getEffectiveRules = defineMessage({
  type: 'getEffectiveRules',
  from: ['sisiao', 'kb', 'page'],
  request: none,
  response: z.unknown(),
});
