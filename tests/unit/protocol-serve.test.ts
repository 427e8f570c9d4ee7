import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ask } from '../../utils/ext/protocol/ask';
import { BACKGROUND_MESSAGES } from '../../utils/ext/protocol/background';
import { getAttachments } from '../../utils/ext/protocol/messages/escalations';
import { kbStatus } from '../../utils/ext/protocol/messages/kb-index';
import { routeFor, type Handlers } from '../../utils/ext/protocol/serve';

const page = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});
const kb = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://basedeconnaissances.sisiao.dihal.gouv.fr/support/kb-tickets/new',
  tab: { id: 3 } as never,
});

/** Every handler a spy that answers nothing useful: the router is what is under test. */
function spies(): Handlers {
  return Object.fromEntries(
    Object.keys(BACKGROUND_MESSAGES).map((k) => [k, vi.fn(async () => undefined)]),
  ) as unknown as Handlers;
}

beforeEach(() => fakeBrowser.reset());

describe('the background protocol', () => {
  it('hands a handler the parsed request only, never an unchecked one', async () => {
    const handlers = spies();
    const ok = routeFor(handlers, { type: 'getAttachments', ids: ['a', 'b'], extra: 1 }, kb());
    await ok?.();
    expect(handlers.getAttachments).toHaveBeenCalledWith({ ids: ['a', 'b'] }, kb());

    const bad = routeFor(handlers, { type: 'getAttachments', ids: 'a' }, kb());
    await expect(bad?.()).rejects.toThrow();
    const tooMany = routeFor(
      handlers,
      { type: 'getAttachments', ids: Array.from({ length: 21 }, (_, i) => `${i}`) },
      kb(),
    );
    await expect(tooMany?.()).rejects.toThrow();
    expect(handlers.getAttachments).toHaveBeenCalledTimes(1);
  });

  it('answers only declared messages, by own name, from the contexts each names', () => {
    const handlers = spies();
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'nope'])
      expect(routeFor(handlers, { type }, page())).toBeUndefined();
    expect(routeFor(handlers, { type: 'kbStatus' }, page())).toBeDefined();
    expect(routeFor(handlers, { type: 'kbStatus' }, kb())).toBeUndefined();
    expect(routeFor(handlers, null, page())).toBeUndefined();
    expect(routeFor(handlers, { type: 'kbStatus' }, { id: 'other', url: 'x' })).toBeUndefined();
  });

  it('declares, for every message, who may send it', () => {
    for (const [name, def] of Object.entries(BACKGROUND_MESSAGES)) {
      expect(def.type).toBe(name);
      expect(def.from.length).toBeGreaterThan(0);
    }
  });

  it('parses the answer for the sender: a wrong answer is an error, not a value', async () => {
    fakeBrowser.runtime.onMessage.addListener((m: unknown) =>
      Promise.resolve(
        (m as { type: string }).type === kbStatus.type
          ? { lastRefresh: 1, articleCount: 2, errors: [] }
          : { files: 'not a list' },
      ),
    );
    await expect(ask(kbStatus)).resolves.toEqual({
      lastRefresh: 1,
      articleCount: 2,
      errors: [],
      skipped: 0,
    });
    await expect(ask(getAttachments, { ids: [] })).rejects.toThrow();
  });
});
