/** Ed25519 keys in PEM as Node writes them, turned into what WebCrypto and the feed need. */
import { createPrivateKey, createPublicKey, webcrypto } from 'node:crypto';

export const subtle = webcrypto.subtle as SubtleCrypto;

/** The raw 32 bytes of an Ed25519 public key (the end of its SPKI encoding); throws on bad PEM. */
export function rawPublicFromPem(pem: string): Uint8Array<ArrayBuffer> {
  const der = createPublicKey(pem).export({ format: 'der', type: 'spki' });
  return new Uint8Array(der.subarray(der.length - 32));
}

/** A private key's WebCrypto signing key and its raw public key; throws on bad PEM. */
export async function signingKeyFromPem(
  pem: string,
): Promise<{ privateKey: CryptoKey; rawPublic: Uint8Array<ArrayBuffer> }> {
  const key = createPrivateKey(pem);
  const der = key.export({ format: 'der', type: 'pkcs8' });
  const rawPublic = rawPublicFromPem(
    createPublicKey(key).export({ format: 'pem', type: 'spki' }) as string,
  );
  const privateKey = await subtle.importKey(
    'pkcs8',
    new Uint8Array(der),
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return { privateKey, rawPublic };
}
