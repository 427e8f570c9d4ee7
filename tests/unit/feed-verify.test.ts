import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FEED_KEY, fromBase64, keyIdOf, toBase64 } from '../../utils/core/feed/keys';
import { MAX_FEED_BYTES, type FeedPayload } from '../../utils/core/feed/schema';
import { signFeed } from '../../utils/core/feed/sign';
import { verifyFeed } from '../../utils/config/feed-verify';
import { signingKeyFromPem, subtle } from '../tools/feed-keys';

/** Issue 19: a feed is used only when signed by a trusted key, intact and valid. */
let privateKey: CryptoKey;

const PAYLOAD: FeedPayload = {
  version: '2026-12-05.1',
  publishedAt: '2026-12-05T08:00:00.000Z',
  config: { version: 1, masking: { labels: ['Nom de naissance'] } },
  incidents: [
    {
      id: 'inc-connexion',
      title: 'Connexion impossible au SI SIAO',
      since: '2026-12-05T09:12:00+01:00',
      status: 'en-cours',
      symptoms: ['impossible de se connecter', 'page blanche après la connexion'],
    },
  ],
};

async function signed(payload: unknown = PAYLOAD): Promise<string> {
  return JSON.stringify(
    await signFeed(payload as FeedPayload, privateKey, fromBase64(DEMO_FEED_KEY.publicKey), subtle),
  );
}

beforeAll(async () => {
  const pem = readFileSync(path.resolve('tests/demo/feed/feed-private.pem'), 'utf8');
  ({ privateKey } = await signingKeyFromPem(pem));
});

describe('the signed feed', () => {
  it('names the demo key by its hash', async () => {
    expect(await keyIdOf(fromBase64(DEMO_FEED_KEY.publicKey), subtle)).toBe(DEMO_FEED_KEY.id);
  });

  it('accepts a feed signed by a trusted key, with its configuration validated', async () => {
    const r = await verifyFeed(await signed(), [DEMO_FEED_KEY], subtle);
    expect(r).toMatchObject({ ok: true, version: '2026-12-05.1', keyId: DEMO_FEED_KEY.id });
    if (r.ok) {
      expect(r.incidents).toHaveLength(1);
      expect(r.config.masking).toEqual({ labels: ['Nom de naissance'] });
    }
  });

  it('refuses a feed with one byte of its payload changed', async () => {
    const env = JSON.parse(await signed()) as { payload: string };
    const bytes = fromBase64(env.payload);
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    env.payload = toBase64(bytes);
    const r = await verifyFeed(JSON.stringify(env), [DEMO_FEED_KEY], subtle);
    expect(r).toMatchObject({
      ok: false,
      code: 'badSignature',
      reason: expect.stringMatching(/Signature invalide/),
    });
  });

  it('refuses a feed signed by a key it does not trust', async () => {
    const other = { id: 'AAAAAAAAAAAAAAAA', publicKey: DEMO_FEED_KEY.publicKey };
    const r = await verifyFeed(await signed(), [other], subtle);
    expect(r).toMatchObject({
      ok: false,
      code: 'unknownKey',
      reason: expect.stringMatching(/clé inconnue/),
    });
  });

  it('refuses a signed feed whose configuration is invalid, saying why', async () => {
    const bad = { ...PAYLOAD, config: { version: 1, masking: { mode: 'aucun' } } };
    const r = await verifyFeed(await signed(bad), [DEMO_FEED_KEY], subtle);
    expect(r).toMatchObject({
      ok: false,
      code: 'badConfig',
      reason: expect.stringMatching(/Configuration du flux invalide/),
      vars: { errors: expect.stringMatching(/masking/) },
    });
  });

  it('refuses a signed feed with a malformed incident', async () => {
    const bad = { ...PAYLOAD, incidents: [{ id: 'x', title: 'Sans date', status: 'en-cours' }] };
    const r = await verifyFeed(await signed(bad), [DEMO_FEED_KEY], subtle);
    expect(r).toMatchObject({
      ok: false,
      code: 'badContent',
      reason: expect.stringMatching(/Contenu du flux invalide/),
    });
  });

  it('refuses a feed over the size cap before reading it', async () => {
    const r = await verifyFeed(' '.repeat(MAX_FEED_BYTES + 1), [DEMO_FEED_KEY], subtle);
    expect(r).toMatchObject({
      ok: false,
      code: 'tooLarge',
      reason: expect.stringMatching(/trop volumineux/),
    });
  });

  it('refuses what is not a feed', async () => {
    expect(await verifyFeed('<html>', [DEMO_FEED_KEY], subtle)).toMatchObject({ ok: false });
    expect(await verifyFeed('{"version":1}', [DEMO_FEED_KEY], subtle)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/forme/),
    });
  });
});
