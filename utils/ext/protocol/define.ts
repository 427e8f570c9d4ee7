import { z } from 'zod';
import type { SenderContext } from '../sender-context';

/**
 * One message to the background, declared once: its name, what it carries, what it answers and
 * which of the extension's contexts may send it. The wire format is `{ type, ...request }`.
 */
export interface MessageDef<
  T extends string = string,
  Req extends z.ZodType = z.ZodType,
  Res extends z.ZodType = z.ZodType,
> {
  type: T;
  /** The contexts the background answers for this message (sender-context.ts). */
  from: readonly SenderContext[];
  request: Req;
  response: Res;
}

export function defineMessage<T extends string, Req extends z.ZodType, Res extends z.ZodType>(
  def: MessageDef<T, Req, Res>,
): MessageDef<T, Req, Res> {
  return def;
}

/** What a sender writes. */
export type RequestOf<D> =
  D extends MessageDef<string, infer Req, z.ZodType> ? z.input<Req> : never;
/** What a handler receives, parsed. */
export type ParsedRequestOf<D> =
  D extends MessageDef<string, infer Req, z.ZodType> ? z.output<Req> : never;
/** What a handler returns and a sender receives, parsed. */
export type ResponseOf<D> =
  D extends MessageDef<string, z.ZodType, infer Res> ? z.output<Res> : never;

/** The request of a message that carries nothing but its name. */
export const none = z.object({});

/** A null answer may arrive as undefined (Chrome drops a null promise value on some paths). */
export const orNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => v ?? null, schema.nullable());
