import { browser } from 'wxt/browser';
import { crawlKnowledgeBase, type ParseOutcome } from '../../utils/sites/kb/crawl';
import { parsePages } from '../../utils/ext/kb-parse';
import { loadKnownArticles, saveCrawl, type KbStatus } from '../../utils/ext/storage/kb-store';
import { currentKbOrigin } from './kb-origin';

const ALARM = 'kb-refresh';
const WEEK_MINUTES = 7 * 24 * 60;

let running: Promise<KbStatus> | null = null;

/** Crawls the knowledge base now (one crawl at a time) and stores the new index. */
export function refreshKnowledgeBase(): Promise<KbStatus> {
  running ??= (async () => {
    const startedAt = Date.now();
    const origin = await currentKbOrigin();
    const { articles: known, skipped } = await loadKnownArticles();
    const report = await crawlKnowledgeBase(origin, '/support', known, {
      fetch: (url, init) =>
        fetch(url, {
          headers: init.headers,
          signal: init.signal,
          credentials: 'omit',
          cache: 'no-cache',
        }),
      parseArticles: async (pages) => (await parsePages('articles', pages)) as ParseOutcome[],
      categoryLinks: async (pages) => (await parsePages('categoryLinks', pages)) as string[],
      now: () => Date.now(),
    });
    return saveCrawl(report, Date.now(), skipped, startedAt);
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * Refresh on install and weekly; the index keeps working offline in between. The first crawl
 * starts once `ready` resolves (the rules in force are published: content scripts need them first).
 */
export function scheduleKnowledgeBaseRefresh(ready: Promise<void> = Promise.resolve()): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(ALARM, {
      periodInMinutes: WEEK_MINUTES,
      delayInMinutes: WEEK_MINUTES,
    });
    void ready
      .then(() => refreshKnowledgeBase())
      .catch((err: unknown) => console.warn('[ars] knowledge base refresh', err));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM)
      refreshKnowledgeBase().catch((err: unknown) =>
        console.warn('[ars] knowledge base refresh', err),
      );
  });
}
