/**
 * Reads a feed as it arrives: size, envelope, a key we trust, the signature over the payload's
 * bytes, the payload's shape, then the configuration through the same validation as an import.
 * Every refusal says why in French; nothing of a refused feed is used.
 */
import { validateConfigFile } from './validate';
import type { ConfigFile } from './schema';
import { fromBase64, type TrustedKey } from '../core/feed/keys';
import {
  FeedEnvelopeSchema,
  FeedPayloadSchema,
  MAX_FEED_BYTES,
  type FeedPayload,
  type Incident,
} from '../core/feed/schema';

export interface VerifiedFeed {
  ok: true;
  keyId: string;
  version: string;
  publishedAt: string;
  config: ConfigFile;
  incidents: Incident[];
  warnings: string[];
}
/** Why a feed is refused: a code and its values for the options page, a French `reason` for the tool. */
export type FeedRefusal =
  | 'tooLarge'
  | 'notJson'
  | 'notEnvelope'
  | 'unknownKey'
  | 'unreadableSignature'
  | 'badSignature'
  | 'badContent'
  | 'unreadableContent'
  | 'badConfig';
export interface RefusedFeed {
  ok: false;
  code: FeedRefusal;
  vars?: Record<string, string | number>;
  reason: string;
}
export type FeedCheck = VerifiedFeed | RefusedFeed;

const refuse = (
  code: FeedRefusal,
  reason: string,
  vars?: Record<string, string | number>,
): FeedCheck => ({ ok: false, code, reason, ...(vars ? { vars } : {}) });

export async function verifyFeed(
  text: string,
  keys: readonly TrustedKey[],
  subtle: SubtleCrypto = crypto.subtle,
): Promise<FeedCheck> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FEED_BYTES)
    return refuse(
      'tooLarge',
      `Flux trop volumineux (${Math.ceil(bytes / 1024)} Ko, ${MAX_FEED_BYTES / 1024} Ko au plus).`,
      { kb: Math.ceil(bytes / 1024), max: MAX_FEED_BYTES / 1024 },
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('notJson', 'Le flux n’est pas du JSON valide.');
  }
  const envelope = FeedEnvelopeSchema.safeParse(json);
  if (!envelope.success)
    return refuse('notEnvelope', 'Le flux n’a pas la forme d’un flux signé (ars-feed/1).');
  const { keyId, payload, signature } = envelope.data;
  const key = keys.find((k) => k.id === keyId);
  if (!key) return refuse('unknownKey', `Flux signé par une clé inconnue (${keyId}).`, { keyId });
  let payloadBytes: Uint8Array<ArrayBuffer>;
  let valid = false;
  try {
    payloadBytes = fromBase64(payload);
    const publicKey = await subtle.importKey(
      'raw',
      fromBase64(key.publicKey),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    valid = await subtle.verify(
      { name: 'Ed25519' },
      publicKey,
      fromBase64(signature),
      payloadBytes,
    );
  } catch {
    return refuse(
      'unreadableSignature',
      'Signature illisible ou clé inutilisable par ce navigateur.',
    );
  }
  if (!valid)
    return refuse(
      'badSignature',
      'Signature invalide : le flux a été modifié ou n’est pas signé par cette clé.',
    );
  let parsed: FeedPayload;
  try {
    const content = FeedPayloadSchema.safeParse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes)),
    );
    if (!content.success)
      return refuse('badContent', 'Contenu du flux invalide (version, date ou incidents).');
    parsed = content.data;
  } catch {
    return refuse('unreadableContent', 'Contenu du flux illisible.');
  }
  const config = validateConfigFile(parsed.config);
  if (!config.ok) {
    const errors = config.errors.slice(0, 5).join(' ; ');
    return refuse('badConfig', `Configuration du flux invalide : ${errors}`, { errors });
  }
  return {
    ok: true,
    keyId,
    version: parsed.version,
    publishedAt: parsed.publishedAt,
    config: config.config,
    incidents: parsed.incidents,
    warnings: config.warnings,
  };
}
