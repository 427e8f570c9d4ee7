/** Signs a feed payload (the national team's tool; tests and the demo use it with a demo key). */
import { keyIdOf, toBase64 } from './keys';
import { FEED_FORMAT, type FeedEnvelope, type FeedPayload } from './schema';

export async function signFeed(
  payload: FeedPayload,
  privateKey: CryptoKey,
  rawPublicKey: Uint8Array<ArrayBuffer>,
  subtle: SubtleCrypto = crypto.subtle,
): Promise<FeedEnvelope> {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const signature = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, privateKey, bytes));
  return {
    format: FEED_FORMAT,
    keyId: await keyIdOf(rawPublicKey, subtle),
    payload: toBase64(bytes),
    signature: toBase64(signature),
  };
}
