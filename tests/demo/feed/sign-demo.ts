import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FEED_PATH } from '../../../utils/core/feed/policy';
import type { FeedPayload } from '../../../utils/core/feed/schema';
import { signFeed } from '../../../utils/core/feed/sign';
import { signingKeyFromPem, subtle } from '../../tools/feed-keys';

export { FEED_PATH };

let key: ReturnType<typeof signingKeyFromPem> | null = null;

/** A feed signed with the demo key (trusted by demo builds only), as the JSON text served. */
export async function demoFeed(
  version: string,
  config: Record<string, unknown>,
  incidents: FeedPayload['incidents'] = [],
): Promise<string> {
  key ??= signingKeyFromPem(readFileSync(path.resolve('tests/demo/feed/feed-private.pem'), 'utf8'));
  const payload: FeedPayload = {
    version,
    publishedAt: new Date().toISOString(),
    config: { version: 1, ...config },
    incidents,
  };
  return JSON.stringify(
    await signFeed(payload, (await key).privateKey, (await key).rawPublic, subtle),
  );
}
