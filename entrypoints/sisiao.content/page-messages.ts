import { z } from 'zod';

/**
 * Messages from our main-world script (sisiao-main.content.ts). They travel through
 * window.postMessage, which the page itself could also post: parse strictly, bound every field,
 * and only ever use them to detect context (never to act).
 */
export const PageRequestMessageSchema = z.object({
  source: z.literal('ars-main'),
  kind: z.literal('request'),
  at: z.number().int().nonnegative(),
  method: z.string().max(10),
  url: z.string().max(2000),
  status: z.number().int().min(0).max(999),
  typefiche: z.string().max(40).optional(),
  user: z.object({ email: z.string().max(254).nullable(), profile: z.string().max(200).nullable() }).optional(),
});

export const PageScriptErrorMessageSchema = z.object({
  source: z.literal('ars-main'),
  kind: z.literal('script'),
  at: z.number().int().nonnegative(),
  message: z.string().max(500),
});

export const PageRouteMessageSchema = z.object({
  source: z.literal('ars-main'),
  kind: z.literal('route'),
  at: z.number().int().nonnegative(),
});

export const PageMessageSchema = z.discriminatedUnion('kind', [
  PageRequestMessageSchema,
  PageScriptErrorMessageSchema,
  PageRouteMessageSchema,
]);
