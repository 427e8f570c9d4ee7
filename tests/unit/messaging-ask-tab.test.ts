import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { askTab } from '../../utils/ext/protocol/content';

// The SI SIAO content script answers through sendResponse, without the polyfill: a refusal
// comes back as { contentError } and must reach the caller as an error, in French as sent.
describe('askTab', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns a content script refusal into an error carrying its message', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      contentError: 'Règles de masquage indisponibles : capture refusée.',
    });
    await expect(
      askTab(1, { type: 'maskForCapture' }, z.object({ masked: z.number() })),
    ).rejects.toThrow('Règles de masquage indisponibles : capture refusée.');
  });

  it('parses an answer with the schema given', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ masked: 3 });
    await expect(
      askTab(1, { type: 'maskForCapture' }, z.object({ masked: z.number() })),
    ).resolves.toEqual({ masked: 3 });
  });
});
