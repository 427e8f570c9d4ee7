import { browser } from 'wxt/browser';
import { purgeCallLog } from '../../utils/ext/storage/call-log';
import { purgeDrafts } from '../../utils/ext/storage/drafts-store';
import { purgeSetAside } from '../../utils/ext/storage/local-data';
import { purgeHistory } from '../../utils/ext/storage/history-store';
import { purgeUnansweredSearches } from '../../utils/ext/storage/search-use-store';
import { screenshotStore } from '../../utils/ext/storage/screenshot-store';
import { loadConfigOrDefaults } from '../../utils/ext/storage/settings';

export const RETENTION_ALARM = 'retention-purge';
const DAY_MINUTES = 24 * 60;

/** How many entries each store dropped; null where that store's purge failed. */
export interface RetentionReport {
  history: number | null;
  calls: number | null;
  screenshots: number | null;
  drafts: number | null;
  setAside: number | null;
  unanswered: number | null;
}

async function attempt(what: string, run: () => Promise<number>): Promise<number | null> {
  try {
    return await run();
  } catch (err) {
    console.warn(`[ars] retention purge: ${what}`, err);
    return null;
  }
}

/**
 * Applies the retention settings in force: the history and the call log share
 * `historyRetentionDays` (issue 10: « kept by the same retention settings as the history »), and so
 * do the searches without an answer (issue 20: « purged with it »),
 * screenshots have their own, and drafts and set-aside copies go with the screenshots (a draft
 * without its captures is stale). One store failing does not spare the others.
 */
export async function runRetentionPurge(now: number = Date.now()): Promise<RetentionReport> {
  // Never throws: a setting that cannot be read falls back to the defaults.
  const { historyRetentionDays: days, screenshotRetentionDays: shotDays } = (
    await loadConfigOrDefaults()
  ).data;
  return {
    history: await attempt('history', () => purgeHistory(days, now)),
    calls: await attempt('call log', () => purgeCallLog(days, now)),
    screenshots: await attempt('screenshots', () =>
      screenshotStore().purgeOlderThan(shotDays, now),
    ),
    drafts: await attempt('drafts', () => purgeDrafts(shotDays, now)),
    setAside: await attempt('set-aside copies', () => purgeSetAside(shotDays, now)),
    unanswered: await attempt('unanswered searches', () => purgeUnansweredSearches(days, now)),
  };
}

const purgeNow = () => void runRetentionPurge();

/**
 * Purges once a day (an alarm survives the service worker going to sleep) and when the browser
 * starts or the extension is installed or updated, so a browser opened once a week is still
 * purged. The alarm is created only when missing: re-creating it at every wake-up of the worker
 * would push the next purge back each time.
 */
export function scheduleRetentionPurge(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) purgeNow();
  });
  browser.runtime.onStartup.addListener(purgeNow);
  browser.runtime.onInstalled.addListener(purgeNow);
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) {
      void browser.alarms.create(RETENTION_ALARM, {
        periodInMinutes: DAY_MINUTES,
        delayInMinutes: DAY_MINUTES,
      });
    }
  });
}
