// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, resetDbForTests, STORES } from '../../utils/ext/storage/idb';
import {
  ScreenshotStoreError,
  screenshotStore,
  type ScreenshotRecord,
} from '../../utils/ext/storage/screenshot-store';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 2, 10, 12);

function shot(id: string, over: Partial<ScreenshotRecord> = {}): ScreenshotRecord {
  return {
    id,
    draftKey: 'D-1',
    name: `capture-fiche-menage-${id}.png`,
    blob: new Blob([new Uint8Array([137, 80, 78, 71, Number(id.replace(/\D/g, '')) || 0])], {
      type: 'image/png',
    }),
    mime: 'image/png',
    width: 1280,
    height: 800,
    masked: 6,
    createdAt: NOW,
    ...over,
  };
}

let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
  resetDbForTests();
});

afterEach(() => {
  resetDbForTests();
});

describe('screenshot store', () => {
  it('puts, gets and lists by draft, oldest first, blobs intact', async () => {
    const store = screenshotStore(factory);
    await store.put(shot('s2', { createdAt: NOW + 1 }));
    await store.put(shot('s1'));
    await store.put(shot('s3', { draftKey: 'D-2' }));
    const { items, skipped } = await store.listByDraft('D-1');
    expect(items.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(skipped).toEqual([]);
    const got = await store.get('s2');
    expect(got?.name).toBe('capture-fiche-menage-s2.png');
    expect(new Uint8Array(await got!.blob.arrayBuffer())).toEqual(
      new Uint8Array([137, 80, 78, 71, 2]),
    );
    expect(await store.get('nope')).toBeNull();
  });

  it('rejects an invalid record before writing it', async () => {
    const store = screenshotStore(factory);
    await expect(store.put({ ...shot('s1'), width: 0 })).rejects.toThrow();
    expect((await store.listByDraft('D-1')).items).toEqual([]);
  });

  it('deletes one, or all of a draft', async () => {
    const store = screenshotStore(factory);
    await store.put(shot('s1'));
    await store.put(shot('s2'));
    await store.put(shot('s3', { draftKey: 'D-2' }));
    await store.delete('s1');
    expect((await store.listByDraft('D-1')).items.map((s) => s.id)).toEqual(['s2']);
    expect(await store.deleteByDraft('D-1')).toBe(1);
    expect((await store.listByDraft('D-1')).items).toEqual([]);
    expect((await store.listByDraft('D-2')).items).toHaveLength(1);
  });

  it('purges what is older than 7 days, and only that', async () => {
    const store = screenshotStore(factory);
    await store.put(shot('old', { createdAt: NOW - 8 * DAY }));
    await store.put(shot('edge', { createdAt: NOW - 7 * DAY }));
    await store.put(shot('new', { createdAt: NOW - DAY, draftKey: 'D-2' }));
    expect(await store.purgeOlderThan(7, NOW)).toBe(1);
    expect((await store.listByDraft('D-1')).items.map((s) => s.id)).toEqual(['edge']);
    expect(await store.purgeOlderThan(0, NOW)).toBe(2);
  });

  it('skips and reports corrupt records instead of failing the list', async () => {
    const store = screenshotStore(factory);
    await store.put(shot('good'));
    const db = await openDb(factory);
    const tx = db.transaction(STORES.screenshots, 'readwrite');
    tx.objectStore(STORES.screenshots).put({
      id: 'bad',
      draftKey: 'D-1',
      name: 'x.png',
      blob: 'not a blob',
    });
    await new Promise((r) => (tx.oncomplete = r));
    const { items, skipped } = await store.listByDraft('D-1');
    expect(items.map((s) => s.id)).toEqual(['good']);
    expect(skipped).toEqual([{ id: 'bad', reason: expect.stringContaining('blob') }]);
    await expect(store.get('bad')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(store.get('bad')).rejects.toThrow(/illisible/);
  });

  it('on a full disk, deletes the oldest screenshots first and says which', async () => {
    const store = screenshotStore(factory);
    await store.put(shot('s1', { createdAt: NOW - 3 }));
    await store.put(shot('s2', { createdAt: NOW - 2 }));
    await store.put(shot('s3', { createdAt: NOW - 1 }));
    const realPut = IDBObjectStore.prototype.put;
    let failures = 2;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (failures-- > 0)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const result = await store.put(shot('s4'));
    expect(result.purged).toEqual(['capture-fiche-menage-s1.png', 'capture-fiche-menage-s2.png']);
    expect((await store.listByDraft('D-1')).items.map((s) => s.id)).toEqual(['s3', 's4']);
  });

  it('gives a French quota message when nothing is left to purge', async () => {
    const store = screenshotStore(factory);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await store.put(shot('s1')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScreenshotStoreError);
    expect(err).toMatchObject({ code: 'quota' });
    expect((err as Error).message).toMatch(/espace de stockage du navigateur est plein/);
  });
});
