// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../utils/core/escalation/model';
import { DraftSaveError, readDrafts, saveDraft } from '../../utils/ext/storage/drafts-store';
import { resetDbForTests } from '../../utils/ext/storage/idb';
import { screenshotStore, type ScreenshotRecord } from '../../utils/ext/storage/screenshot-store';

/**
 * Issue 11, « Data that survives »: storage quota exhausted → a clear message, older screenshots
 * purged first, text never lost. The errors are those the browsers raise: a DOMException named
 * QuotaExceededError (IndexedDB, Firefox's storage.local) and Chrome's storage.local Error whose
 * message names the quota.
 */
const QUOTA_ERRORS: Array<[string, () => Error]> = [
  [
    'QuotaExceededError',
    () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  ],
  ["Chrome's storage.local", () => new Error('QUOTA_BYTES quota exceeded')],
  ["Chrome's storage.local (newer)", () => new Error('Resource::kQuotaBytes quota exceeded')],
];

describe.each(QUOTA_ERRORS)('a full storage.local (%s)', (_name, quotaError) => {
  beforeEach(() => fakeBrowser.reset());

  it('rejects saveDraft with the French message and keeps the earlier drafts readable', async () => {
    const earlier = { ...emptyDraft('menage:9100018', 1), expected: 'Texte déjà enregistré' };
    const other = { ...emptyDraft('demande:9200042', 2), expected: 'Autre brouillon' };
    await saveDraft(earlier);
    await saveDraft(other);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(quotaError());

    const next = { ...earlier, expected: 'Texte déjà enregistré, et la suite tapée' };
    const err = await saveDraft(next).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DraftSaveError);
    expect((err as Error).message).toMatch(/stockage du navigateur est plein/);
    // The person is told that nothing they typed is gone from the screen.
    expect((err as Error).message).toMatch(/Votre texte reste affiché/);
    expect(set).toHaveBeenCalled();

    set.mockRestore();
    const { drafts, problems } = await readDrafts();
    expect(problems).toEqual([]);
    expect(drafts).toEqual({ 'menage:9100018': earlier, 'demande:9200042': other });
    // Once there is room again, the same save goes through.
    await saveDraft(next);
    expect((await readDrafts()).drafts['menage:9100018']?.expected).toBe(next.expected);
  });
});

describe('a full IndexedDB when a screenshot is saved', () => {
  const NOW = Date.UTC(2025, 2, 10, 12);
  const shot = (id: string, createdAt: number): ScreenshotRecord => ({
    id,
    draftKey: 'D-1',
    name: `capture-${id}.png`,
    blob: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
    mime: 'image/png',
    width: 1280,
    height: 800,
    masked: 3,
    createdAt,
  });
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
    resetDbForTests();
  });
  afterEach(() => resetDbForTests());

  // tests/unit/screenshot-store.test.ts covers a put that throws at once; browsers more often
  // report the quota when the transaction commits: it aborts, with the error on the transaction.
  it('purges the oldest first when the quota shows as a transaction abort', async () => {
    const store = screenshotStore(factory);
    // Saved out of order: the purge follows createdAt, not insertion order.
    await store.put(shot('middle', NOW - 2_000));
    await store.put(shot('oldest', NOW - 3_000));
    await store.put(shot('newest', NOW - 1_000));
    const realPut = IDBObjectStore.prototype.put;
    let failures = 2;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = realPut.apply(this, args);
      if (failures-- > 0) {
        const tx = this.transaction;
        Object.defineProperty(tx, 'error', {
          value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        });
        tx.abort();
      }
      return request;
    });
    const result = await store.put(shot('new', NOW));
    expect(result.purged).toEqual(['capture-oldest.png', 'capture-middle.png']);
    expect((await store.listByDraft('D-1')).items.map((s) => s.id)).toEqual(['newest', 'new']);
  });
});
