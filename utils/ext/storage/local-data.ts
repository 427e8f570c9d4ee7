import { browser } from 'wxt/browser';
import { FEED_KEY } from './feed-store';
import { openDb, STORES, committed } from './idb';

/**
 * Everything the extension keeps in this browser, seen as one: what « Effacer mes données » erases
 * and what the retention purge sweeps. The configuration stays (no personal data: addresses,
 * rules); every other key goes, including set-aside and corrupt copies.
 */

/**
 * storage.local keys that are settings, not data about anyone: the person's settings, the rules in
 * force derived from them, and the national team's feed (rules and known incidents, signed).
 */
const SETTINGS_KEYS = new Set(['config', 'config$', 'effectiveRules', FEED_KEY, `${FEED_KEY}$`]);

/** Keys of copies set aside when unreadable, with the time they were set aside in the name. */
const ASIDE = /^(?:drafts\.setAside\.)(\d{10,})$/;
const CORRUPT_COPIES = ['callLog.corrupt', 'config.corrupt'];

/** Removes every storage.local key but the settings, and empties every IndexedDB store. */
export async function eraseEverything(): Promise<string[]> {
  const failures: string[] = [];
  try {
    const all = await browser.storage.local.get(null);
    const keys = Object.keys(all).filter((k) => !SETTINGS_KEYS.has(k));
    if (keys.length) await browser.storage.local.remove(keys);
  } catch (err) {
    failures.push(`le stockage local (${String(err)})`);
  }
  try {
    const db = await openDb();
    const names = Object.values(STORES);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) tx.objectStore(name).clear();
    await committed(tx);
  } catch (err) {
    failures.push(`la base locale (${String(err)})`);
  }
  return failures;
}

/**
 * Drops set-aside and corrupt copies older than `days` (they may hold drafts' text): they are
 * kept to be looked at, not forever. Returns how many keys went.
 */
export async function purgeSetAside(days: number, now = Date.now()): Promise<number> {
  const all = await browser.storage.local.get(null);
  const limit = now - days * 86_400_000;
  const old = Object.keys(all).filter((k) => {
    const m = ASIDE.exec(k);
    if (m) return Number(m[1]) < limit;
    // A corrupt copy carries no reliable date: it goes with the same period, counted from now on
    // the first sweep that finds it marked.
    return CORRUPT_COPIES.includes(k) && isStale(all[k], limit);
  });
  if (old.length) await browser.storage.local.remove(old);
  return old.length;
}

function isStale(value: unknown, limit: number): boolean {
  const dates = JSON.stringify(value ?? null).match(/"(?:savedAt|at)":(\d{10,})/g) ?? [];
  const newest = Math.max(0, ...dates.map((d) => Number(d.split(':')[1])));
  return newest < limit;
}
