import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { IncidentSchema } from '../../core/feed/schema';
import { validateConfigFile } from '../../config/validate';
import type { ConfigFile } from '../../config/schema';

/**
 * What the extension holds of the national team's feed: the feed in force (already verified),
 * one that waits for a person's confirmation because it reduces masking, and the last check.
 * Written by the background only; read by the settings (the feed's configuration is the base the
 * person's own settings override) and by the options page.
 */
const FeedInfoSchema = z.object({
  version: z.string(),
  publishedAt: z.string(),
  keyId: z.string(),
  config: z.record(z.string(), z.unknown()),
  incidents: z.array(IncidentSchema),
  at: z.number(),
});

const FeedStateSchema = z.object({
  applied: FeedInfoSchema.nullable(),
  // Codes since 2026-12 (the options page words them); French lines before.
  pending: FeedInfoSchema.extend({
    weakenings: z.array(
      z.union([
        z.string(),
        z.object({
          code: z.string(),
          n: z.number().optional(),
          list: z.string().optional(),
          from: z.string().optional(),
          to: z.string().optional(),
        }),
      ]),
    ),
  }).nullable(),
  // `code` and `vars` say what happened (the options page puts it in words); `message` is the
  // French sentence versions before 2026-12 stored instead.
  lastCheck: z
    .object({
      at: z.number(),
      ok: z.boolean(),
      code: z.string().optional(),
      vars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      message: z.string().optional(),
      url: z.string(),
    })
    .nullable(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});
export type FeedInfo = z.infer<typeof FeedInfoSchema>;
export type FeedState = z.infer<typeof FeedStateSchema>;

export const EMPTY_FEED_STATE: FeedState = { applied: null, pending: null, lastCheck: null };

/** The storage.local key of the feed's state (settings watch it; « Effacer mes données » keeps it). */
export const FEED_KEY = 'feed';

const feedItem = storage.defineItem<unknown>(`local:${FEED_KEY}`, { version: 1 });

/** The stored state; an unreadable one counts as no feed (the next check fetches it again). */
export async function readFeedState(): Promise<FeedState> {
  const parsed = FeedStateSchema.safeParse(await feedItem.getValue());
  return parsed.success ? parsed.data : EMPTY_FEED_STATE;
}

export async function writeFeedState(state: FeedState): Promise<void> {
  await feedItem.setValue(state);
}

/** The configuration the feed in force brings, validated again on the way out; {} without one. */
export async function feedConfig(): Promise<ConfigFile | null> {
  const { applied } = await readFeedState();
  if (!applied) return null;
  const checked = validateConfigFile(applied.config);
  return checked.ok ? checked.config : null;
}
