/**
 * Keys the extension trusts to sign the feed: Ed25519 public keys, raw (32 bytes) in base64. A key
 * is named by the start of its SHA-256 (base64url), which the envelope repeats. The build ships
 * the national team's key once it exists; a managed policy may add keys.
 */
import { z } from 'zod';

export const TrustedKeySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'clé publique Ed25519 brute en base64'),
});
export type TrustedKey = z.infer<typeof TrustedKeySchema>;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A key's name: the first 16 characters of its SHA-256 in base64url. */
export async function keyIdOf(
  rawPublicKey: Uint8Array<ArrayBuffer>,
  subtle: SubtleCrypto = crypto.subtle,
) {
  const digest = new Uint8Array(await subtle.digest('SHA-256', rawPublicKey));
  return toBase64(digest).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '').slice(0, 16);
}

/**
 * The demo's key, trusted by demo builds only. Its private half is committed with the demo
 * (tests/demo/feed/feed-private.pem) so the demo and the tests can sign: it protects nothing.
 */
export const DEMO_FEED_KEY: TrustedKey = {
  id: 'Le-svzo4pILKf-fq',
  publicKey: 'bTrCQYisLcpG10Tm/muBVfMiRKkoJ1pFOFdLFs+kN5E=',
};

/**
 * The national team's key: none published yet. Until it is, production builds trust only the keys
 * a managed policy adds (`feed.keys`).
 */
export const NATIONAL_FEED_KEYS: readonly TrustedKey[] = [];
