import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCallLog, type CallLogMigration } from '../../utils/core/calls/store-format';
import {
  addCall,
  CALL_LOG_CORRUPT_KEY,
  changeCall,
  CALL_LOG_KEY,
  linkEscalation,
  loadCallLog,
  purgeCallLog,
  removeCall,
  storageCallLogSource,
} from '../../utils/ext/storage/call-log';
import { call, GESTION_DEMANDE } from './calls-fixtures';
import { say } from '../../utils/i18n';

describe('readCallLog (stored format)', () => {
  it('reads nothing stored as an empty log', () => {
    expect(readCallLog(undefined)).toMatchObject({ ok: true, log: { version: 1, entries: [] } });
  });

  it('refuses a bad container and a future version', () => {
    expect(readCallLog('oops').ok).toBe(false);
    expect(readCallLog({ version: 99, entries: [] }).ok).toBe(false);
  });

  it('sets aside a bad entry and keeps the others', () => {
    const good = call('2025-09-11T10:00', 5);
    const r = readCallLog({ version: 1, entries: [good, { id: 'x', startedAt: 'hier' }] });
    expect(r.ok && r.log.entries).toEqual([good]);
    expect(r.ok && r.unreadable.map((u) => (u.value as { id: string }).id)).toEqual(['x']);
  });

  it('runs the migration hook in order up to the current version', () => {
    const good = call('2025-09-11T10:00', 5);
    const migrations: Record<number, CallLogMigration> = {
      2: (v) => ({ version: 2, entries: v.entries.map((e) => ({ ...(e as object), tag: 'v2' })) }),
      3: (v) => ({
        version: 3,
        entries: v.entries.map((e) => {
          const { tag: _tag, ...rest } = e as Record<string, unknown>;
          return rest;
        }),
      }),
    };
    const r = readCallLog({ version: 1, entries: [good] }, migrations, 3);
    expect(r).toMatchObject({ ok: true, migratedFrom: 1, unreadable: [] });
    expect(r.ok && r.log.entries).toEqual([good]);
    expect(readCallLog({ version: 1, entries: [] }, {}, 2).ok).toBe(false);
  });
});

describe('call-log storage adapter', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds, updates, removes and lists entries', async () => {
    const a = call('2025-09-11T10:00', 5);
    const b = call('2025-09-11T11:00', 7);
    await addCall(a);
    await addCall(b);
    await expect(addCall(a)).rejects.toThrow(/déjà/);
    expect(await changeCall(a.id, (c) => ({ ...c, motif: GESTION_DEMANDE }))).toMatchObject({
      motif: GESTION_DEMANDE,
    });
    expect(await removeCall(b.id)).toBe(true);
    expect(await removeCall(b.id)).toBe(false);
    expect(await storageCallLogSource.list()).toEqual([{ ...a, motif: GESTION_DEMANDE }]);
    // The bare entries, with WXT's version beside them.
    expect(await fakeBrowser.storage.local.get([CALL_LOG_KEY, 'callLog$'])).toEqual({
      callLog: [{ ...a, motif: GESTION_DEMANDE }],
      callLog$: { v: 2 },
    });
  });

  it('lets two quick edits of one call both land, each on the freshest copy', async () => {
    const a = call('2025-09-11T10:00', 5);
    await addCall(a);
    // Started together, as the panel's autosave does when the person picks the motif and then,
    // before the first write is done, types a note: neither may write over the other.
    const [first, second] = await Promise.all([
      changeCall(a.id, (c) => ({ ...c, motif: GESTION_DEMANDE })),
      changeCall(a.id, (c) => ({ ...c, note: 'statut expliqué' })),
    ]);
    expect(first?.motif).toEqual(GESTION_DEMANDE);
    expect(second).toMatchObject({ motif: GESTION_DEMANDE, note: 'statut expliqué' });
    expect((await loadCallLog()).entries).toEqual([
      { ...a, motif: GESTION_DEMANDE, note: 'statut expliqué' },
    ]);
    expect(await changeCall('inconnu', (c) => c)).toBeNull();
  });

  it('refuses an invalid entry instead of storing it', async () => {
    await expect(addCall({ ...call('2025-09-11T10:00', 5), durationSec: -1 })).rejects.toThrow();
    expect(await storageCallLogSource.list()).toEqual([]);
  });

  it('serialises quick successive writes', async () => {
    const calls = Array.from({ length: 5 }, (_, i) => call(`2025-09-1${i}T10:00`, 5));
    await Promise.all(calls.map((c) => addCall(c)));
    expect((await storageCallLogSource.list()).map((c) => c.id)).toEqual(calls.map((c) => c.id));
  });

  it('takes the extension-wide Web Lock for every write, so the panel and the background never interleave', async () => {
    // A lock manager that hands the lock to one writer at a time and records who asked.
    const asked: string[] = [];
    let tail: Promise<unknown> = Promise.resolve();
    const locks = {
      request: (name: string, run: () => Promise<unknown>) => {
        asked.push(name);
        const next = tail.then(run);
        tail = next.catch(() => undefined);
        return next;
      },
    };
    const before = Object.getOwnPropertyDescriptor(globalThis.navigator, 'locks');
    Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });
    try {
      await Promise.all([
        addCall(call('2025-09-11T10:00', 5)),
        addCall(call('2025-09-11T11:00', 6)),
        removeCall('nope'),
      ]);
    } finally {
      if (before) Object.defineProperty(globalThis.navigator, 'locks', before);
      else delete (globalThis.navigator as { locks?: unknown }).locks;
    }
    expect(asked).toEqual(['ars-call-log', 'ars-call-log', 'ars-call-log']);
    expect((await loadCallLog()).entries).toHaveLength(2);
  });

  it('sets a corrupt value aside under callLog.corrupt and goes on empty', async () => {
    await fakeBrowser.storage.local.set({
      [CALL_LOG_KEY]: { version: 'un', entries: 3 },
      callLog$: { v: 2 },
    });
    const load = await loadCallLog(1234);
    expect(load.entries).toEqual([]);
    expect(load.problem && say(load.problem)).toMatch(/illisible/);
    const stored = await fakeBrowser.storage.local.get([CALL_LOG_KEY, CALL_LOG_CORRUPT_KEY]);
    expect(stored[CALL_LOG_CORRUPT_KEY]).toEqual([
      expect.objectContaining({ savedAt: 1234, value: { version: 'un', entries: 3 } }),
    ]);
    expect(load.problem && say(load.problem)).toBe(
      'Journal des appels illisible, mis de côté : format du journal des appels illisible',
    );
    expect(stored[CALL_LOG_KEY]).toEqual([]);
    // The log works again afterwards.
    await addCall(call('2025-09-11T10:00', 5));
    expect(await storageCallLogSource.list()).toHaveLength(1);
  });

  it('sets aside only the unreadable entries', async () => {
    const good = call('2025-09-11T10:00', 5);
    await fakeBrowser.storage.local.set({
      [CALL_LOG_KEY]: [good, { id: 'bad' }],
      callLog$: { v: 2 },
    });
    const load = await loadCallLog();
    expect(load.entries).toEqual([good]);
    expect(load.problem && say(load.problem)).toBe('1 appel illisible mis de côté');
    const stored = await fakeBrowser.storage.local.get([CALL_LOG_KEY, CALL_LOG_CORRUPT_KEY]);
    expect(stored[CALL_LOG_CORRUPT_KEY]).toEqual([
      expect.objectContaining({ value: { id: 'bad' } }),
    ]);
    expect(stored[CALL_LOG_KEY]).toEqual([good]);
  });

  it('links an escalation and purges through the same store', async () => {
    const running = { ...call('2025-09-11T10:00', 0, { contextKey: 'menage:7' }), endedAt: null };
    const old = call('2025-01-01T10:00', 5);
    await addCall(running);
    await addCall(old);
    const id = await linkEscalation({
      contextKey: 'menage:7',
      submittedAt: running.startedAt + 60_000,
      ticket: '555',
    });
    expect(id).toBe(running.id);
    expect(await purgeCallLog(90, Date.parse('2025-09-30T00:00:00Z'))).toBe(1);
    expect(await storageCallLogSource.list()).toEqual([
      { ...running, outcome: { kind: 'escalade', ticket: '555' } },
    ]);
  });
});

describe('call log stored by releases before WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  /** The store defines its WXT item (and runs its migration) on import: fresh each time. */
  async function store() {
    vi.resetModules();
    return import('../../utils/ext/storage/call-log');
  }

  it('converts the `{ version: 1, entries }` envelope to its entries once, on startup', async () => {
    const good = call('2025-09-11T10:00', 5);
    await fakeBrowser.storage.local.set({ callLog: { version: 1, entries: [good] } });
    const { loadCallLog: load } = await store();
    expect(await load()).toEqual({ entries: [good], problem: null });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      callLog: [good],
      callLog$: { v: 2 },
    });
  });

  it('sets aside the unreadable entries of an envelope and keeps the others', async () => {
    const good = call('2025-09-11T10:00', 5);
    await fakeBrowser.storage.local.set({ callLog: { version: 1, entries: [good, { id: 'x' }] } });
    const { loadCallLog: load } = await store();
    const loaded = await load(1234);
    expect(loaded.entries).toEqual([good]);
    expect(loaded.problem && say(loaded.problem)).toBe('1 appel illisible mis de côté');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.callLog).toEqual([good]);
    expect(stored['callLog.corrupt']).toEqual([
      expect.objectContaining({ savedAt: 1234, value: { id: 'x' } }),
    ]);
  });

  it('sets aside an envelope from a newer release, with the reason, and starts empty', async () => {
    const future = { version: 2, entries: [] };
    await fakeBrowser.storage.local.set({ callLog: future });
    const { addCall: add, loadCallLog: load } = await store();
    const loaded = await load(1234);
    expect(loaded.entries).toEqual([]);
    expect(loaded.problem && say(loaded.problem)).toBe(
      'Journal des appels illisible, mis de côté : journal des appels en version 2, plus récente que l’extension',
    );
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['callLog.corrupt']).toEqual([expect.objectContaining({ value: future })]);
    expect(stored.callLog).toEqual([]);
    const a = call('2025-09-11T10:00', 5);
    await add(a);
    expect((await fakeBrowser.storage.local.get(null)).callLog).toEqual([a]);
  });

  it('reads entries that lost their version (erased, then written) as they are', async () => {
    const good = call('2025-09-11T10:00', 5);
    await fakeBrowser.storage.local.set({ callLog: [good] });
    const { loadCallLog: load } = await store();
    expect(await load()).toEqual({ entries: [good], problem: null });
  });
});
