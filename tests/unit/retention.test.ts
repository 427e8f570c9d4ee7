// @vitest-environment node
// Node's own Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  RETENTION_ALARM,
  runRetentionPurge,
  scheduleRetentionPurge,
} from '../../entrypoints/background/retention';
import { parseEscalation } from '../../utils/core/duplicates/record';
import { emptyDraft } from '../../utils/core/escalation/model';
import { addCall, loadCallLog } from '../../utils/ext/storage/call-log';
import { readDrafts, saveDraft } from '../../utils/ext/storage/drafts-store';
import { listHistory, mergeIntoHistory } from '../../utils/ext/storage/history-store';
import { resetDbForTests } from '../../utils/ext/storage/idb';
import { screenshotStore } from '../../utils/ext/storage/screenshot-store';
import { saveConfig } from '../../utils/ext/storage/settings';
import { call } from './calls-fixtures';

const DAY = 86_400_000;
const NOW = Date.now();

const escalation = (daysAgo: number, demandeId: string) =>
  parseEscalation({
    subject: 'Annulation',
    description: `annuler la demande ${demandeId}`,
    createdAt: new Date(NOW - daysAgo * DAY).toISOString(),
    demandeId,
  });

const shot = (id: string, daysAgo: number) => ({
  id,
  draftKey: 'menage:1',
  name: `${id}.png`,
  blob: new Blob([new Uint8Array([1])], { type: 'image/png' }),
  mime: 'image/png' as const,
  width: 1,
  height: 1,
  masked: 0,
  createdAt: NOW - daysAgo * DAY,
});

async function seed() {
  // Merged with a long retention so that nothing is purged on the way in.
  await mergeIntoHistory([escalation(200, 'old'), escalation(10, 'recent')], 3650, NOW);
  const old = call('2025-01-01T10:00Z', 5);
  await addCall({ ...old, startedAt: NOW - 200 * DAY, endedAt: NOW - 200 * DAY + 60_000 });
  await addCall({ ...call('2025-01-01T10:00Z', 5), startedAt: NOW - DAY, endedAt: NOW - DAY + 1 });
  await addCall({ ...call('2025-01-01T10:00Z', 5), startedAt: NOW - 300 * DAY, endedAt: null });
  await screenshotStore().put(shot('old', 8));
  await screenshotStore().put(shot('new', 1));
}

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  resetDbForTests();
});

describe('retention purge of drafts and set-aside copies', () => {
  it('drops drafts untouched and copies set aside for longer than the captures are kept', async () => {
    const stale = emptyDraft('menage:old', NOW - 9 * DAY);
    const fresh = emptyDraft('menage:new', NOW - DAY);
    await saveDraft(stale);
    await saveDraft(fresh);
    await fakeBrowser.storage.local.set({
      [`drafts.setAside.${NOW - 30 * DAY}`]: { why: 'format inconnu', value: 'Marie DUPONT' },
      [`drafts.setAside.${NOW - DAY}`]: { why: 'format inconnu', value: '…' },
      'callLog.corrupt': [{ savedAt: NOW - 40 * DAY, error: 'x', value: 'y' }],
    });
    // Default: captures (and so drafts) kept 7 days.
    const report = await runRetentionPurge(NOW);
    expect(report).toMatchObject({ drafts: 1, setAside: 2 });
    expect(Object.keys((await readDrafts()).drafts)).toEqual(['menage:new']);
    const left = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(left).toContain(`drafts.setAside.${NOW - DAY}`);
    expect(left).not.toContain(`drafts.setAside.${NOW - 30 * DAY}`);
    expect(left).not.toContain('callLog.corrupt');
  });
});

describe('retention purge', () => {
  it('applies the default settings to the history, the call log and the screenshots', async () => {
    await seed();
    // Defaults: 180 days for the history and the calls, 7 days for screenshots.
    expect(await runRetentionPurge(NOW)).toEqual({
      history: 1,
      calls: 1,
      screenshots: 1,
      drafts: 0,
      setAside: 0,
      unanswered: 0,
    });
    expect((await listHistory()).records.map((r) => r.demandeId)).toEqual(['recent']);
    const calls = (await loadCallLog()).entries;
    expect(calls).toHaveLength(2);
    expect(calls.some((c) => c.endedAt === null)).toBe(true); // a call in progress is kept
    expect((await screenshotStore().listByDraft('menage:1')).items.map((s) => s.id)).toEqual([
      'new',
    ]);
  });

  it('follows the retention set in the options', async () => {
    await seed();
    await saveConfig({
      version: 1,
      data: { historyRetentionDays: 5, screenshotRetentionDays: 30 },
    });
    const report = await runRetentionPurge(NOW);
    expect(report).toMatchObject({ history: 2, calls: 1, screenshots: 0 });
  });

  it('goes on with the other stores when one fails', async () => {
    await seed();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    const report = await runRetentionPurge(NOW);
    expect(report).toMatchObject({ history: 1, calls: null, screenshots: 1 });
  });
});

describe('scheduleRetentionPurge', () => {
  it('creates the daily alarm once and purges when it rings and at startup', async () => {
    await seed();
    scheduleRetentionPurge();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeDefined(),
    );
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);

    scheduleRetentionPurge(); // the worker woke up again: the schedule is not pushed back
    await new Promise((r) => setTimeout(r, 10));
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(
      first?.scheduledTime,
    );

    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: NOW });
    await vi.waitFor(async () => expect((await listHistory()).records).toHaveLength(1));

    await mergeIntoHistory([escalation(300, 'again')], 3650, NOW);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect((await listHistory()).records.map((r) => r.demandeId)).toEqual(['recent']),
    );
  });
});
