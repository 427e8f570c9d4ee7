import { z } from 'zod';

/**
 * Route changes told by our main-world script (sisiao-main.content.ts) through window.postMessage.
 * API calls and script errors travel the same way and are parsed by the SI SIAO adapter's
 * `ApiObservationSchema`. The page could post such messages too: they only ever feed detection.
 */
export const PageRouteMessageSchema = z.object({
  source: z.literal('ars-main'),
  kind: z.literal('route'),
  at: z.number().int().nonnegative(),
});
