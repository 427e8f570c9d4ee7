/**
 * The extension's one IndexedDB database (`ars`), for what is too large or too many for
 * storage.local: screenshots, the escalation history, the knowledge-base articles and index.
 * Each schema version is one upgrade step appended to UPGRADES; never edit a published step.
 *
 * Our own wrapper rather than `idb`: idb 8.0.4's openDB, bundled alone by esbuild (minified),
 * is 1,380 B gzip against 641 B for this whole module, and the background, which opens the
 * database, had 1,325 B left under its budget in the last measured build (113,363 of 114,688 B).
 * It would replace the open and the two promise helpers below, not what the stores do.
 */
export const DB_NAME = 'ars';

export const STORES = {
  screenshots: 'screenshots',
  history: 'history',
  kbArticles: 'kbArticles',
  kbMeta: 'kbMeta',
} as const;

type Upgrade = (db: IDBDatabase, tx: IDBTransaction) => void;

const UPGRADES: Upgrade[] = [
  // v1
  (db) => {
    const shots = db.createObjectStore(STORES.screenshots, { keyPath: 'id' });
    shots.createIndex('draftKey', 'draftKey');
    shots.createIndex('createdAt', 'createdAt');
    const history = db.createObjectStore(STORES.history, { keyPath: 'id' });
    history.createIndex('createdAt', 'createdAt');
    db.createObjectStore(STORES.kbArticles, { keyPath: 'url' });
    db.createObjectStore(STORES.kbMeta);
  },
];

export const DB_VERSION = UPGRADES.length;

let opening: Promise<IDBDatabase> | null = null;

/** Opens (and upgrades) the database once per page or worker. */
export function openDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (!tx) return;
      for (let v = event.oldVersion; v < DB_VERSION; v++) UPGRADES[v]?.(request.result, tx);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another page upgraded the schema: let it, and reopen next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB indisponible'));
    };
    request.onblocked = () => undefined;
  });
  return opening;
}

/** Forgets the cached connection (tests open fresh databases). */
export function resetDbForTests(): void {
  opening = null;
}

/** Wraps an IDBRequest in a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction commits; rejects with its error (quota exceeded among them). */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** True for the errors browsers raise when storage is full. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    /quota/i.test(String(err))
  );
}
