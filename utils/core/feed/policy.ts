import { z } from 'zod';
import { DEMO_FEED_KEY, NATIONAL_FEED_KEYS, TrustedKeySchema, type TrustedKey } from './keys';

/**
 * Where the feed is read and which keys sign it. Only a managed policy (`feed`) may change them:
 * a file a person imports must not be able to bring its own signing key.
 */
export const FeedPolicySchema = z.strictObject({
  url: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .optional(),
  keys: z.array(TrustedKeySchema).max(10).optional(),
});
export type FeedPolicy = z.infer<typeof FeedPolicySchema>;

/** The feed's path on the knowledge base (HubSpot serves files under the site's own address). */
export const FEED_PATH = '/hubfs/assistant-referent/flux.json';

export interface FeedSource {
  url: string;
  keys: TrustedKey[];
  /** French problems with the policy's `feed` (then the built-in values apply). */
  errors: string[];
}

/** The feed's address and keys: the policy's, else the knowledge base's address and the build's. */
export function feedSource(policy: unknown, kbOrigin: string, demo: boolean): FeedSource {
  const builtIn = [...NATIONAL_FEED_KEYS, ...(demo ? [DEMO_FEED_KEY] : [])];
  const parsed = policy === undefined ? null : FeedPolicySchema.safeParse(policy);
  const ok = parsed?.success ? parsed.data : {};
  return {
    url: ok.url ?? new URL(FEED_PATH, kbOrigin).href,
    keys: [...builtIn, ...(ok.keys ?? [])],
    errors:
      parsed && !parsed.success
        ? ['La stratégie « feed » de votre administrateur est invalide : elle est ignorée.']
        : [],
  };
}
