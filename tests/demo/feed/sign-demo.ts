import { createPrivateKey, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_FEED_KEY, fromBase64 } from '../../../utils/core/feed/keys';
import { FEED_PATH } from '../../../utils/core/feed/policy';
import type { FeedPayload } from '../../../utils/core/feed/schema';
import { signFeed } from '../../../utils/core/feed/sign';

export { FEED_PATH };

const subtle = webcrypto.subtle as SubtleCrypto;
let key: Promise<CryptoKey> | null = null;

/** A feed signed with the demo key (trusted by demo builds only), as the JSON text served. */
export async function demoFeed(
  version: string,
  config: Record<string, unknown>,
  incidents: FeedPayload['incidents'] = [],
): Promise<string> {
  key ??= subtle.importKey(
    'pkcs8',
    new Uint8Array(
      createPrivateKey(
        readFileSync(path.resolve('tests/demo/feed/feed-private.pem'), 'utf8'),
      ).export({ format: 'der', type: 'pkcs8' }),
    ),
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  const payload: FeedPayload = {
    version,
    publishedAt: new Date().toISOString(),
    config: { version: 1, ...config },
    incidents,
  };
  return JSON.stringify(
    await signFeed(payload, await key, fromBase64(DEMO_FEED_KEY.publicKey), subtle),
  );
}
