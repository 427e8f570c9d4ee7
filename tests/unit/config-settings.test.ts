import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The settings module defines its WXT item (and runs its migrations) on import: fresh each time. */
async function settings() {
  vi.resetModules();
  return import('../../utils/ext/storage/settings');
}

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the defaults when nothing is stored', async () => {
    const s = await settings();
    const loaded = await s.loadEffectiveConfig();
    expect(loaded.config).toEqual(s.BUILD_DEFAULT_CONFIG);
    expect(loaded.notice).toBeNull();
    expect(loaded.lockedKeys).toEqual([]);
  });

  it('saves and reads back a document, storing only what was set', async () => {
    const s = await settings();
    await s.saveConfig({ version: 1, language: 'en', data: { screenshotRetentionDays: 3 } });
    const loaded = await s.loadEffectiveConfig();
    expect(loaded.file).toEqual({
      version: 1,
      language: 'en',
      data: { screenshotRetentionDays: 3 },
    });
    expect(loaded.config.data).toEqual({ historyRetentionDays: 180, screenshotRetentionDays: 3 });
    expect((await fakeBrowser.storage.local.get('config')).config).toEqual(loaded.file);
  });

  it('refuses to save an invalid document, in French, and keeps the previous one', async () => {
    const s = await settings();
    await s.saveConfig({ version: 1, language: 'en' });
    await expect(
      s.saveConfig({ version: 1, language: 'de' } as unknown as Parameters<typeof s.saveConfig>[0]),
    ).rejects.toThrow(
      'Réglages non enregistrés : language : valeur inconnue « de » (attendu : fr, en)',
    );
    expect((await s.loadLocalConfig()).file.language).toBe('en');
  });

  it('sets a corrupt value aside, uses the defaults and explains it in French', async () => {
    await fakeBrowser.storage.local.set({
      config: { version: 1, language: 42 },
      config$: { v: 2 },
    });
    const s = await settings();
    const loaded = await s.loadEffectiveConfig();
    expect(loaded.config).toEqual(s.BUILD_DEFAULT_CONFIG);
    expect(loaded.notice).toMatch(/^Vos réglages enregistrés étaient illisibles/);
    expect(loaded.notice).toContain('language : valeur inconnue « 42 » (attendu : fr, en)');
    const stored = await fakeBrowser.storage.local.get(['config', 'config.corrupt']);
    expect(stored.config).toBeUndefined();
    expect(stored['config.corrupt']).toMatchObject({ value: { version: 1, language: 42 } });
    // The notice stays until dismissed, then goes.
    expect((await s.loadLocalConfig()).notice).not.toBeNull();
    await s.dismissCorruptConfig();
    expect((await s.loadLocalConfig()).notice).toBeNull();
  });

  it('migrates the flat version-0 settings of the first release on startup', async () => {
    await fakeBrowser.storage.local.set({
      config: {
        sisiaoUrls: ['https://formation.sisiao.example.fr'],
        kbUrl: 'https://kb.example.fr',
      },
    });
    const s = await settings();
    const loaded = await s.loadEffectiveConfig();
    expect(loaded.config.addresses).toEqual({
      sisiao: ['https://formation.sisiao.example.fr'],
      knowledgeBase: 'https://kb.example.fr',
    });
    // Written back once, in the new shape and with WXT's version.
    const stored = await fakeBrowser.storage.local.get(['config', 'config$']);
    expect(stored.config).toEqual({
      version: 1,
      addresses: {
        sisiao: ['https://formation.sisiao.example.fr'],
        knowledgeBase: 'https://kb.example.fr',
      },
    });
    expect(stored.config$).toEqual({ v: 2 });
  });

  it('lets the managed policy win and reports the locked keys', async () => {
    const s = await settings();
    await s.saveConfig({
      version: 1,
      language: 'en',
      addresses: { knowledgeBase: 'https://kb.local.fr' },
    });
    await fakeBrowser.storage.managed.set({
      addresses: { knowledgeBase: 'https://basedeconnaissances.sisiao.dihal.gouv.fr' },
    });
    const loaded = await s.loadEffectiveConfig();
    expect(loaded.config.language).toBe('en');
    expect(loaded.config.addresses.knowledgeBase).toBe(
      'https://basedeconnaissances.sisiao.dihal.gouv.fr',
    );
    expect(loaded.lockedKeys).toEqual(['addresses.knowledgeBase']);
  });

  it('treats a managed storage that throws (no policy, no schema) as empty', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    const s = await settings();
    expect(await s.readManagedStorage()).toEqual({});
    expect((await s.loadEffectiveConfig()).config).toEqual(s.BUILD_DEFAULT_CONFIG);
  });

  it('reports a full storage in French with what to do, and changes nothing', async () => {
    const s = await settings();
    await s.saveConfig({ version: 1, language: 'en' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(s.saveConfig({ version: 1, language: 'fr' })).rejects.toThrow(
      /espace de stockage du navigateur est plein.*Historique et données/,
    );
    vi.restoreAllMocks();
    expect((await s.loadLocalConfig()).file.language).toBe('en');
  });

  it('calls back with the new configuration when the settings change elsewhere', async () => {
    const s = await settings();
    const seen: string[] = [];
    const stop = s.watchConfig((loaded) => seen.push(loaded.config.language));
    await s.saveConfig({ version: 1, language: 'en' });
    await vi.waitFor(() => expect(seen).toEqual(['en']));
    stop();
    await s.saveConfig({ version: 1, language: 'fr' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['en']);
  });
});
