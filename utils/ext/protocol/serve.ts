import { browser, type Browser } from 'wxt/browser';
import { senderContext } from '../sender-context';
import { BACKGROUND_MESSAGES, type BackgroundMessages } from './background';
import type { ParsedRequestOf, ResponseOf } from './define';

type Sender = Browser.runtime.MessageSender;

/** One handler per declared message, given the parsed request: none receives `unknown`. */
export type Handlers = {
  [K in keyof BackgroundMessages]: (
    request: ParsedRequestOf<BackgroundMessages[K]>,
    sender: Sender,
  ) => Promise<ResponseOf<BackgroundMessages[K]>> | ResponseOf<BackgroundMessages[K]>;
};

function isDeclared(type: unknown): type is keyof BackgroundMessages {
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type);
}

/**
 * The call that answers this message from this sender, or undefined: not from this extension, not
 * declared, or not for the sender's context. The request is parsed when the call runs; a request
 * that does not parse rejects (the sender sees an error, the handler never runs).
 */
export function routeFor(
  handlers: Handlers,
  message: unknown,
  sender: Sender,
): (() => Promise<unknown>) | undefined {
  const from = senderContext(sender);
  if (!from) return undefined;
  const type = (message as { type?: unknown } | null)?.type;
  if (!isDeclared(type)) return undefined;
  const def = BACKGROUND_MESSAGES[type];
  if (!(def.from as readonly string[]).includes(from)) return undefined;
  const handle = handlers[type] as (request: unknown, sender: Sender) => unknown;
  return async () => handle(def.request.parse(message), sender);
}

/** Routes every message to its handler; anything else is left unanswered. */
export function serveBackground(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    routeFor(handlers, message, sender)?.(),
  );
}
