// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runRetentionPurge } from '../../entrypoints/background/retention';
import { buildHistoryExport, importHistoryText } from '../../entrypoints/options/data-actions';
import { optionsText } from '../../components/options/text';
import { resetDbForTests } from '../../utils/ext/storage/idb';
import {
  learnUse,
  noteUnanswered,
  readLearned,
  readUnanswered,
  takeBackUnanswered,
} from '../../utils/ext/storage/search-use-store';

const DAY = 86_400_000;
const NOW = Date.parse('2025-10-15T10:00:00.000Z');

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetDbForTests();
});

describe('searches without an answer, stored', () => {
  it('counts repeated searches together, redacted, and takes one back', async () => {
    await noteUnanswered('Bonjour, la DI de Mme DIALLO Awa (06 12 34 56 78) reste grisée', NOW);
    await noteUnanswered('la DI reste grisée', NOW + 1000);
    const { entries } = await readUnanswered();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.count).toBe(2);
    expect(JSON.stringify(entries)).not.toMatch(/DIALLO|Awa|06 12/);
    await takeBackUnanswered('la DI reste grisée');
    expect((await readUnanswered()).entries[0]?.count).toBe(1);
  });

  it('goes with the history’s retention', async () => {
    await noteUnanswered('page blanche au démarrage', NOW - 400 * DAY);
    await noteUnanswered('bandeau orange sur la demande', NOW - DAY);
    const report = await runRetentionPurge(NOW);
    expect(report.unanswered).toBe(1);
    expect((await readUnanswered()).entries.map((e) => e.text)).toEqual([
      'bandeau orange sur la demande',
    ]);
  });
});

describe('learned pairs travel with the team file', () => {
  it('exports them and a colleague imports them at half weight', async () => {
    await learnUse('page blanche au démarrage', 'incidents-en-cours', NOW);
    await learnUse('page blanche au démarrage', 'incidents-en-cours', NOW);
    const { text } = await buildHistoryExport(new Date(NOW));
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    resetDbForTests();
    const outcome = await importHistoryText(optionsText('fr'), text, 180, NOW);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/1 association recherche → article reprise à demi-poids/);
    expect((await readLearned()).pairs).toEqual([
      expect.objectContaining({ slug: 'incidents-en-cours', weight: 1 }),
    ]);
  });

  it('refuses a poisoned file whole, in French, and changes nothing', async () => {
    const poisoned = JSON.stringify({
      format: 'assistant-referent-si-siao/historique-escalades',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      entries: [],
      kbLearned: {
        version: 1,
        pairs: Array.from({ length: 60 }, (_, i) => ({
          key: `mot${i}`,
          slug: 'article-pousse',
          weight: 4,
          at: NOW,
        })),
      },
    });
    const outcome = await importHistoryText(optionsText('fr'), poisoned, 180, NOW);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/fichier refusé/) });
    expect((await readLearned()).pairs).toEqual([]);
  });
});

describe('what the search learned, as WXT items', () => {
  /** The store defines its WXT items on import: fresh each time. */
  async function store() {
    vi.resetModules();
    return import('../../utils/ext/storage/search-use-store');
  }
  const pair = { key: 'blanche page', slug: 'incidents-en-cours', weight: 1, at: NOW };
  const search = {
    key: 'blanche page',
    text: 'page blanche',
    count: 2,
    first: NOW - DAY,
    last: NOW,
  };

  it('reads what earlier releases stored, and stores it in the same shape', async () => {
    await fakeBrowser.storage.local.set({
      kbLearned: { version: 1, pairs: [pair] },
      kbUnanswered: { version: 1, entries: [search] },
    });
    const s = await store();
    expect(await s.readLearned()).toEqual({ version: 1, pairs: [pair] });
    expect(await s.readUnanswered()).toEqual({ version: 1, entries: [search] });
    await s.noteUnanswered('bandeau orange', NOW + 1000);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(['kbLearned', 'kbUnanswered']);
    expect(stored.kbUnanswered).toEqual({
      version: 1,
      entries: expect.arrayContaining([search, expect.objectContaining({ count: 1 })]),
    });
  });

  it('reads an unreadable value as empty, as before, and writes over it on the next use', async () => {
    await fakeBrowser.storage.local.set({ kbLearned: { version: 1, pairs: 'x' } });
    const s = await store();
    expect(await s.readLearned()).toEqual({ version: 1, pairs: [] });
    await s.learnUse('page blanche au démarrage', 'incidents-en-cours', NOW);
    expect((await fakeBrowser.storage.local.get('kbLearned')).kbLearned).toEqual({
      version: 1,
      pairs: [expect.objectContaining({ slug: 'incidents-en-cours' })],
    });
  });

  it('tells a watcher of the pairs the others learned', async () => {
    const s = await store();
    const seen: number[] = [];
    const unwatch = s.watchLearned((l) => seen.push(l.pairs.length));
    await s.learnUse('page blanche au démarrage', 'incidents-en-cours', NOW);
    await fakeBrowser.storage.local.remove('kbLearned');
    unwatch();
    expect(seen).toEqual([1, 0]);
  });
});
