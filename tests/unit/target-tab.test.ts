import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastSisiaoTab, rememberSisiaoTab } from '../../utils/ext/storage/target-tab';

describe('the last SI SIAO tab, in session storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers the tab under the key earlier releases used', async () => {
    expect(await lastSisiaoTab()).toBeNull();
    await rememberSisiaoTab(42);
    expect(await lastSisiaoTab()).toBe(42);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ lastSisiaoTab: 42 });
  });

  it('reads anything but a tab id as none', async () => {
    await fakeBrowser.storage.session.set({ lastSisiaoTab: 'x' });
    expect(await lastSisiaoTab()).toBeNull();
  });
});
