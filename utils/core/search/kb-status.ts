import { z } from 'zod';

/** The knowledge-base index as the background last built it: shown in the options, sent on ask. */
export const KbStatusSchema = z.object({
  lastRefresh: z.number().nullable(),
  articleCount: z.number().int().nonnegative(),
  errors: z.array(z.object({ url: z.string(), reason: z.string() })).max(500),
  /** Stored records that could not be read back (corrupt), skipped. */
  skipped: z.number().int().nonnegative().default(0),
});
export type KbStatus = z.infer<typeof KbStatusSchema>;
