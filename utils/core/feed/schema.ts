/**
 * The national team's feed (issue 19): one JSON file published on the knowledge base, the same
 * configuration the options page imports plus the known incidents, signed with Ed25519. The
 * envelope carries the payload as base64 bytes, so what is verified is exactly what is read (no
 * canonical JSON to agree on).
 */
import { z } from 'zod';

export const FEED_FORMAT = 'ars-feed/1';
/** A feed is a configuration (256 KB at most) and incidents, in base64: 512 KB is ample. */
export const MAX_FEED_BYTES = 512 * 1024;

export const FeedEnvelopeSchema = z.strictObject({
  format: z.literal(FEED_FORMAT),
  /** Which trusted key signed it (see keys.ts). */
  keyId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** The payload's UTF-8 JSON, in base64. */
  payload: z
    .string()
    .max(MAX_FEED_BYTES)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  /** Ed25519 signature of the payload's bytes, in base64. */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type FeedEnvelope = z.infer<typeof FeedEnvelopeSchema>;

export const IncidentStatusSchema = z.enum(['en-cours', 'resolu']);

const text = (max: number) => z.string().trim().min(1).max(max);

/** A fault the national team already handles: escalating it again only adds to the pile. */
export const IncidentSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,60}$/),
  title: text(200),
  /** When it started (ISO 8601): « traité depuis 9 h 12 ». */
  since: z.iso.datetime({ offset: true }),
  status: IncidentStatusSchema,
  resolvedAt: z.iso.datetime({ offset: true }).optional(),
  /** The nomenclature it concerns, by libellé or code; any level may be left out. */
  nomenclature: z
    .strictObject({
      thematique: text(120).optional(),
      motif: text(120).optional(),
      sousMotif: text(120).optional(),
    })
    .optional(),
  /** A few phrases a référent would write about the symptom. */
  symptoms: z.array(text(300)).max(12),
  /** An article of the knowledge base about it. */
  article: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .optional(),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const FeedPayloadSchema = z.strictObject({
  /** The national team's own numbering (« 2026-12-05.1 »), shown in the options. */
  version: text(40),
  publishedAt: z.iso.datetime({ offset: true }),
  /** A configuration document, as the options page imports it (validated apart). */
  config: z.record(z.string(), z.unknown()),
  incidents: z.array(IncidentSchema).max(200),
});
export type FeedPayload = z.infer<typeof FeedPayloadSchema>;
