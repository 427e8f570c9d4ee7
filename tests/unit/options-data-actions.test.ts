// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { optionsText } from '../../components/options/text';
import {
  buildHistoryExport,
  countImport,
  eraseLocalData,
  fetchKbStatus,
  historyFileName,
  importHistoryText,
  kbErrorLines,
  kbView,
  refreshKb,
} from '../../entrypoints/options/data-actions';
import { exportHistory, parseHistoryFile } from '../../utils/core/duplicates/exchange';
import { parseEscalation, type EscalationInput } from '../../utils/core/duplicates/record';
import { emptyDraft } from '../../utils/core/escalation/model';
import { readDrafts, saveDraft } from '../../utils/ext/storage/drafts-store';
import { HISTORY_CHANGED_KEY } from '../../utils/ext/storage/history-events';
import { listHistory, mergeIntoHistory } from '../../utils/ext/storage/history-store';
import { resetDbForTests } from '../../utils/ext/storage/idb';
import type { KbStatus } from '../../utils/ext/storage/kb-store';
import { screenshotStore } from '../../utils/ext/storage/screenshot-store';

const FR = optionsText('fr');

const NOW = Date.parse('2025-10-15T10:00:00.000Z');
const ago = (days: number) => new Date(NOW - days * 86_400_000).toISOString();
const entry = (o: Partial<EscalationInput>) =>
  parseEscalation({
    subject: 'Annulation impossible',
    description: 'le bouton annuler la demande ne répond pas',
    createdAt: ago(5),
    demandeId: 'D1',
    ...o,
  });
const fileOf = (entries: ReturnType<typeof entry>[], exportedBy?: string) =>
  JSON.stringify(exportHistory(entries, new Date(NOW), exportedBy));

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  resetDbForTests();
});

describe('history export', () => {
  it('names the file after the local date', () => {
    expect(historyFileName(new Date(2025, 0, 5, 23, 30))).toBe(
      'historique-escalades-2025-01-05.json',
    );
  });

  it('exports the whole history in the team-sharing format', async () => {
    await mergeIntoHistory([entry({ ticketNumber: '101' }), entry({ demandeId: 'D2' })], 180, NOW);
    const { text, count, fileName } = await buildHistoryExport(new Date(NOW));
    expect(count).toBe(2);
    expect(fileName).toMatch(/^historique-escalades-\d{4}-\d\d-\d\d\.json$/);
    const back = parseHistoryFile(text);
    expect(back.ok && back.entries.map((e) => e.demandeId).sort()).toEqual(['D1', 'D2']);
  });
});

describe('history import', () => {
  it('reports new, merged and too old entries, and announces the change', async () => {
    await mergeIntoHistory([entry({ ticketNumber: '101' })], 180, NOW);
    const text = fileOf(
      [
        entry({ ticketNumber: '101', status: 'resolved' }),
        entry({ demandeId: 'D2', ticketNumber: '102' }),
        entry({ demandeId: 'D3', createdAt: ago(400) }),
      ],
      'collegue@siao.fr',
    );
    const r = await importHistoryText(FR, text, 180, NOW);
    expect(r).toEqual({
      ok: true,
      message:
        "1 escalade importée, 1 fusionnée avec l'historique existant, 1 ignorée car plus ancienne " +
        'que la durée de conservation (180 jours) (export de collegue@siao.fr).',
    });
    const { records } = await listHistory();
    expect(records.map((e) => e.ticketNumber).sort()).toEqual(['101', '102']);
    expect(records.find((e) => e.ticketNumber === '101')?.status).toBe('resolved');
    expect((await fakeBrowser.storage.local.get(HISTORY_CHANGED_KEY))[HISTORY_CHANGED_KEY]).toEqual(
      expect.any(Number),
    );
  });

  it('counts a second import of the same file as merged only', async () => {
    const text = fileOf([entry({}), entry({ demandeId: 'D2' })]);
    expect((await importHistoryText(FR, text, 180, NOW)).message).toMatch(
      /^2 escalades importées, 0/,
    );
    expect((await importHistoryText(FR, text, 180, NOW)).message).toMatch(
      /^0 escalade importée, 2 fusionnées/,
    );
    expect((await listHistory()).records).toHaveLength(2);
  });

  it('counts duplicates inside the file as merged', () => {
    const e = entry({});
    expect(countImport([], [e, e], 180, NOW)).toEqual({ added: 1, merged: 1, tooOld: 0 });
  });

  it('refuses a bad file in French and changes nothing', async () => {
    expect(await importHistoryText(FR, '{ pas du json', 180, NOW)).toEqual({
      ok: false,
      message: "Ce fichier n'est pas un fichier JSON lisible.",
    });
    expect((await importHistoryText(FR, '{"format":"autre","version":1}', 180, NOW)).message).toBe(
      "Ce fichier n'est pas un export d'historique d'escalades.",
    );
    expect((await importHistoryText(FR, fileOf([]), 180, NOW)).message).toBe(
      'Ce fichier ne contient aucune escalade.',
    );
    expect((await listHistory()).records).toHaveLength(0);
  });
});

describe('history dates', () => {
  it('takes an imported entry dated in the future as made now', async () => {
    const future = new Date(Date.now() + 400 * 86_400_000).toISOString();
    const now = Date.now();
    await mergeIntoHistory([parseEscalation({ subject: 'x', createdAt: future })], 180, now);
    const [record] = (await listHistory()).records;
    expect(Date.parse(record?.createdAt ?? '')).toBe(now);
  });
});

describe('erase my data', () => {
  it('empties every store the extension owns but its settings', async () => {
    await mergeIntoHistory([entry({})], 180, Date.now());
    await saveDraft(emptyDraft('menage:1', 1));
    await screenshotStore().put({
      id: 's1',
      draftKey: 'menage:1',
      name: 'capture.png',
      blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }),
      mime: 'image/png',
      width: 10,
      height: 10,
      masked: 0,
      createdAt: Date.now(),
    });
    await fakeBrowser.storage.local.set({
      config: { version: 1 },
      callLog: [],
      callLog$: { v: 2 },
      pendingFill: { anything: true },
      [`drafts.setAside.${Date.now()}`]: { why: 'x', value: 'Marie DUPONT' },
      'callLog.corrupt': [],
      kbLearned: { version: 1, pairs: [{ key: 'blanch page', slug: 'a', weight: 1, at: 1 }] },
      kbUnanswered: { version: 1, entries: [] },
    });
    expect(await eraseLocalData(FR)).toEqual({
      ok: true,
      message:
        'Historique, brouillons, captures, journal des appels, recherches apprises et sans réponse, et index des articles effacés de ce navigateur.',
    });
    expect((await listHistory()).records).toEqual([]);
    expect((await readDrafts()).drafts).toEqual({});
    expect((await screenshotStore().listByDraft('menage:1')).items).toEqual([]);
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    // The settings stay; the history-changed signal is a date, no data.
    expect(left.filter((k) => k !== 'historyChangedAt')).toEqual(['config']);
  });
});

describe('knowledge-base status', () => {
  const status: KbStatus = {
    lastRefresh: NOW,
    articleCount: 42,
    errors: [
      { url: 'https://kb.example/a', reason: 'HTTP 404' },
      { url: 'https://kb.example/b', reason: 'page vide' },
    ],
    skipped: 0,
  };

  it('asks the background and validates its answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((m: unknown) =>
      Promise.resolve((m as { type: string }).type === 'kbStatus' ? null : status),
    );
    expect(await fetchKbStatus()).toBeNull();
    expect(await refreshKb()).toEqual(status);
  });

  it('rejects an answer of the wrong shape', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ articleCount: 'beaucoup' }));
    await expect(fetchKbStatus()).rejects.toThrow();
  });

  it('says how many articles could not be read, and which', () => {
    expect(kbErrorLines(FR, status)).toEqual([
      "2 articles n'ont pas pu être lus : https://kb.example/a (HTTP 404), https://kb.example/b (page vide)",
    ]);
    expect(kbErrorLines(FR, { ...status, errors: status.errors.slice(0, 1), skipped: 3 })).toEqual([
      "1 article n'a pas pu être lu : https://kb.example/a (HTTP 404)",
      '3 articles enregistrés illisibles ont été ignorés',
    ]);
    const many = Array.from({ length: 13 }, (_, i) => ({ url: `u${i}`, reason: 'r' }));
    expect(kbErrorLines(FR, { ...status, errors: many })[0]).toMatch(
      /^13 articles.*u9 \(r\), et 3 autres$/,
    );
  });

  it('maps the status for the options page, with a failed refresh first', () => {
    expect(kbView(FR, status, true, 'réseau indisponible')).toMatchObject({
      articles: 42,
      lastRefresh: NOW,
      refreshing: true,
      errors: [
        'Actualisation impossible : réseau indisponible',
        expect.stringMatching(/^2 articles/),
      ],
    });
    expect(kbView(FR, null, false)).toEqual({
      articles: undefined,
      lastRefresh: undefined,
      errors: [],
      refreshing: false,
    });
  });
});
