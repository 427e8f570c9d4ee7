import { browser } from 'wxt/browser';
import type { MessageDef, RequestOf, ResponseOf } from './define';

/**
 * Asks the background and parses its answer with the message's response schema: a caller never
 * holds an `unknown`. Rejects when the background refuses (a request it could not parse, a sender
 * it does not answer) or answers something else.
 */
export async function ask<D extends MessageDef>(
  def: D,
  ...[request]: Record<never, never> extends RequestOf<D> ? [RequestOf<D>?] : [RequestOf<D>]
): Promise<ResponseOf<D>> {
  const raw: unknown = await browser.runtime.sendMessage({
    ...(request as object | undefined),
    type: def.type,
  });
  return def.response.parse(raw) as ResponseOf<D>;
}
