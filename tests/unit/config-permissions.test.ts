import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planScriptSync, sisiaoRegistrations } from '../../utils/config/script-registrations';
import { DEFAULT_CONFIG } from '../../utils/config';

const TRAINING = 'https://formation.sisiao.example.fr';

describe('planScriptSync (pure)', () => {
  it('registers both scripts of a granted address, the main-world one at document_start', () => {
    const [isolated, main] = sisiaoRegistrations(TRAINING);
    expect(isolated).toMatchObject({
      js: ['content-scripts/sisiao.js'],
      runAt: 'document_idle',
      matches: [`${TRAINING}/*`],
    });
    expect(isolated).not.toHaveProperty('world');
    expect(main).toMatchObject({
      js: ['content-scripts/sisiao-main.js'],
      runAt: 'document_start',
      world: 'MAIN',
    });
    expect(planScriptSync([TRAINING], []).register).toHaveLength(2);
  });

  it('keeps what is there, removes ours for other origins, leaves others’ scripts alone', () => {
    const ids = sisiaoRegistrations(TRAINING).map((r) => r.id);
    const plan = planScriptSync(
      [TRAINING],
      [...ids, 'ars-sisiao@https://old.example.fr', 'someone-else'],
    );
    expect(plan).toEqual({ register: [], unregister: ['ars-sisiao@https://old.example.fr'] });
  });
});

/** A small stand-in for the permissions and scripting APIs, which the fake browser lacks. */
function stubBrowser(grantedAtStart: string[] = []) {
  const granted = new Set(grantedAtStart);
  let scripts: { id: string }[] = [];
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  fake.permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((o) => granted.add(o));
      return true;
    }),
    contains: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((o) => granted.has(o)),
    ),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((o) => granted.delete(o));
      return true;
    }),
  };
  fake.scripting = {
    registerContentScripts: vi.fn(async (list: { id: string }[]) => {
      scripts = [...scripts, ...list];
    }),
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
      scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      scripts = scripts.filter((s) => !ids.includes(s.id));
    }),
  };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'x',
    version: '1',
    content_scripts: [
      { matches: ['https://sisiao.dihal.gouv.fr/*'], js: ['content-scripts/sisiao.js'] },
    ],
  });
  return { granted, scripts: () => scripts.map((s) => s.id), api: fake };
}

async function modules() {
  vi.resetModules();
  return {
    permissions: await import('../../utils/ext/permissions'),
    settings: await import('../../utils/ext/storage/settings'),
  };
}

describe('SI SIAO addresses', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the host, registers the scripts and stores the address', async () => {
    const stub = stubBrowser();
    const { permissions, settings } = await modules();
    const result = await permissions.addSisiaoAddress('formation.sisiao.example.fr/accueil');
    expect(result).toEqual({ ok: true, origin: TRAINING });
    expect(stub.granted.has(`${TRAINING}/*`)).toBe(true);
    expect(stub.scripts()).toEqual([`ars-sisiao@${TRAINING}`, `ars-sisiao-main@${TRAINING}`]);
    const loaded = await settings.loadEffectiveConfig();
    expect(loaded.config.addresses.sisiao).toEqual(['https://sisiao.dihal.gouv.fr', TRAINING]);
  });

  it('changes nothing when the person refuses the permission', async () => {
    const stub = stubBrowser();
    (stub.api.permissions as { request: ReturnType<typeof vi.fn> }).request.mockResolvedValue(
      false,
    );
    const { permissions, settings } = await modules();
    const result = await permissions.addSisiaoAddress(TRAINING);
    expect(result).toEqual({ ok: false, error: 'denied', address: TRAINING });
    expect(stub.scripts()).toEqual([]);
    expect((await settings.loadLocalConfig()).file).toEqual({ version: 1 });
  });

  it('removes an address: scripts, permission and setting', async () => {
    const stub = stubBrowser();
    const { permissions, settings } = await modules();
    await permissions.addSisiaoAddress(TRAINING);
    expect(await permissions.removeSisiaoAddress(TRAINING)).toEqual({ ok: true, origin: TRAINING });
    expect(stub.scripts()).toEqual([]);
    expect(stub.granted.size).toBe(0);
    expect((await settings.loadEffectiveConfig()).config.addresses.sisiao).toEqual([
      'https://sisiao.dihal.gouv.fr',
    ]);
  });

  it('refuses to remove the built-in address', async () => {
    stubBrowser();
    const { permissions } = await modules();
    const result = await permissions.removeSisiaoAddress('https://sisiao.dihal.gouv.fr');
    expect(result.ok).toBe(false);
  });

  it('re-registers at startup what is configured and granted, and lists what is not granted', async () => {
    const stub = stubBrowser([`${TRAINING}/*`]);
    const { permissions } = await modules();
    const config = {
      ...DEFAULT_CONFIG,
      addresses: {
        ...DEFAULT_CONFIG.addresses,
        sisiao: ['https://sisiao.dihal.gouv.fr', TRAINING, 'https://test.example.fr'],
      },
    };
    const report = await permissions.syncRegisteredScripts(config);
    expect(report.missingPermission).toEqual(['https://test.example.fr']);
    expect(stub.scripts()).toEqual([`ars-sisiao@${TRAINING}`, `ars-sisiao-main@${TRAINING}`]);
    // Run again: nothing to do.
    expect(await permissions.syncRegisteredScripts(config)).toEqual({
      registered: [],
      unregistered: [],
      missingPermission: ['https://test.example.fr'],
    });
  });
});
