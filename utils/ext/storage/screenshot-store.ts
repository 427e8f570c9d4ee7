import { z } from 'zod';
import { committed, done, isQuotaError, openDb, STORES } from './idb';

/**
 * Screenshots of escalation drafts, kept in IndexedDB (`ars` / `screenshots`) rather than
 * storage.local, whose quota a few PNGs would exhaust. Records are parsed when read: one damaged
 * record is skipped and reported, it never hides the others.
 */

export const ScreenshotRecordSchema = z.object({
  id: z.string().min(1).max(100),
  draftKey: z.string().max(200),
  /** File name as attached, e.g. `capture-fiche-menage-1.png`. */
  name: z.string().min(1).max(200),
  blob: z.instanceof(Blob),
  mime: z.enum(['image/png', 'image/webp', 'image/jpeg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Zones masked on the page plus masks added in the editor. */
  masked: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
});
export type ScreenshotRecord = z.infer<typeof ScreenshotRecordSchema>;

/** A record that could not be read, with why, for the panel to mention. */
export interface SkippedRecord {
  id: string;
  reason: string;
}

/** A storage failure with a French message for the panel. */
export class ScreenshotStoreError extends Error {
  override readonly name = 'ScreenshotStoreError';
  constructor(
    readonly code: 'quota' | 'corrupt' | 'failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const QUOTA_MESSAGE =
  "L'espace de stockage du navigateur est plein : la capture n'a pas pu être enregistrée. Supprimez des captures ou libérez de l'espace disque, puis réessayez.";
const DAY_MS = 24 * 60 * 60 * 1000;
/** How many of the oldest screenshots may be dropped to make room for one new one. */
const MAX_PURGE_FOR_ROOM = 20;

export interface ScreenshotStore {
  /** The draft's screenshots, oldest first, and the records that could not be read. */
  listByDraft(draftKey: string): Promise<{ items: ScreenshotRecord[]; skipped: SkippedRecord[] }>;
  /** One screenshot, or null when there is none; a damaged record throws (code 'corrupt'). */
  get(id: string): Promise<ScreenshotRecord | null>;
  /**
   * Saves (or replaces) a screenshot. When storage is full, the oldest screenshots are deleted
   * first and their names returned in `purged`; if that is not enough, throws (code 'quota').
   */
  put(record: ScreenshotRecord): Promise<{ purged: string[] }>;
  delete(id: string): Promise<void>;
  /** Deletes a draft's screenshots (escalation sent, or draft deleted); returns how many. */
  deleteByDraft(draftKey: string): Promise<number>;
  /** Deletes screenshots created more than `days` ago; returns how many. */
  purgeOlderThan(days?: number, now?: number): Promise<number>;
}

/** The store over the shared `ars` database (`factory` for tests with fake-indexeddb). */
export function screenshotStore(factory?: IDBFactory): ScreenshotStore {
  const tx = async (mode: IDBTransactionMode) => {
    const db = await openDb(factory);
    const t = db.transaction(STORES.screenshots, mode);
    return { t, store: t.objectStore(STORES.screenshots) };
  };

  const deleteWhere = async (source: 'draftKey' | 'createdAt', range: IDBKeyRange) => {
    const { t, store } = await tx('readwrite');
    const keys = await done(store.index(source).getAllKeys(range));
    for (const key of keys) store.delete(key);
    await committed(t);
    return keys.length;
  };

  const putOnce = async (record: ScreenshotRecord) => {
    const { t, store } = await tx('readwrite');
    store.put(record);
    await committed(t);
  };

  /** Deletes the oldest record other than `keepId`; its name, or null when none is left. */
  const dropOldest = async (keepId: string): Promise<string | null> => {
    const { t, store } = await tx('readwrite');
    const cursor = store.index('createdAt').openCursor();
    const dropped = await new Promise<string | null>((resolve, reject) => {
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) return resolve(null);
        const value = c.value as Partial<ScreenshotRecord>;
        if (value.id === keepId) return c.continue();
        c.delete();
        resolve(typeof value.name === 'string' ? value.name : String(c.primaryKey));
      };
    });
    await committed(t);
    return dropped;
  };

  return {
    async listByDraft(draftKey) {
      const { store } = await tx('readonly');
      const raw = await done(store.index('draftKey').getAll(IDBKeyRange.only(draftKey)));
      const items: ScreenshotRecord[] = [];
      const skipped: SkippedRecord[] = [];
      for (const value of raw) {
        const parsed = ScreenshotRecordSchema.safeParse(value);
        if (parsed.success) items.push(parsed.data);
        else skipped.push({ id: idOf(value), reason: describeIssues(parsed.error) });
      }
      items.sort((a, b) => a.createdAt - b.createdAt);
      return { items, skipped };
    },

    async get(id) {
      const { store } = await tx('readonly');
      const value: unknown = await done(store.get(id));
      if (value === undefined) return null;
      const parsed = ScreenshotRecordSchema.safeParse(value);
      if (parsed.success) return parsed.data;
      throw new ScreenshotStoreError(
        'corrupt',
        `La capture ${id} est illisible (${describeIssues(parsed.error)}) : supprimez-la et refaites-la.`,
      );
    },

    async put(record) {
      const valid = ScreenshotRecordSchema.parse(record);
      const purged: string[] = [];
      for (;;) {
        try {
          await putOnce(valid);
          return { purged };
        } catch (err) {
          if (!isQuotaError(err)) {
            throw new ScreenshotStoreError(
              'failed',
              `Enregistrement de la capture impossible : ${String(err)}`,
              {
                cause: err,
              },
            );
          }
          const dropped = purged.length < MAX_PURGE_FOR_ROOM ? await dropOldest(valid.id) : null;
          if (dropped === null)
            throw new ScreenshotStoreError('quota', QUOTA_MESSAGE, { cause: err });
          purged.push(dropped);
        }
      }
    },

    async delete(id) {
      const { t, store } = await tx('readwrite');
      store.delete(id);
      await committed(t);
    },

    deleteByDraft: (draftKey) => deleteWhere('draftKey', IDBKeyRange.only(draftKey)),

    purgeOlderThan: (days = 7, now = Date.now()) =>
      deleteWhere('createdAt', IDBKeyRange.upperBound(now - days * DAY_MS, true)),
  };
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '?';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'enregistrement'} : ${i.message}`)
    .join(' ; ');
}
