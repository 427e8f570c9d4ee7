import type { KbStatus as KbView } from '../../components/options/KbSection';
import { isPlural, type OptionsText } from '../../components/options/text';
import { say } from '../../utils/i18n';
import { exportHistory, parseHistoryFile } from '../../utils/core/duplicates/exchange';
import { fingerprint } from '../../utils/core/duplicates/fingerprint';
import type { EscalationRecord } from '../../utils/core/duplicates/record';
import { announceHistoryChange } from '../../utils/ext/storage/history-events';
import { eraseEverything } from '../../utils/ext/storage/local-data';
import { listHistory, mergeIntoHistory } from '../../utils/ext/storage/history-store';
import { mergeLearnedIn, readLearned } from '../../utils/ext/storage/search-use-store';
import { ask } from '../../utils/ext/protocol/ask';
import {
  kbStatus,
  refreshKb as refreshKbMessage,
} from '../../utils/ext/protocol/messages/kb-index';
import type { KbStatus } from '../../utils/ext/storage/kb-store';

/**
 * What the « Historique et données » and « Base de connaissances » sections do, without React:
 * each action resolves with a sentence for the page (in its language, `t`), never throws at it.
 */

export type ActionOutcome = { ok: boolean; message: string };

const DAY_MS = 86_400_000;
/** Unreadable articles listed by name; past this the rest is only counted. */
const ERRORS_LISTED = 10;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const pad = (n: number) => String(n).padStart(2, '0');

/** `historique-escalades-AAAA-MM-JJ.json`, on the referent's calendar (local date, not UTC). */
export function historyFileName(now: Date): string {
  return `historique-escalades-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The team-sharing file of the whole local history, with what the search learned from use. */
export async function buildHistoryExport(
  now = new Date(),
): Promise<{ fileName: string; text: string; count: number }> {
  const { records } = await listHistory();
  const learned = await readLearned().catch(() => undefined);
  const text = `${JSON.stringify(exportHistory(records, now, undefined, learned), null, 2)}\n`;
  return { fileName: historyFileName(now), text, count: records.length };
}

interface ImportCounts {
  added: number;
  merged: number;
  tooOld: number;
}

/**
 * Sorts the incoming entries the way `mergeHistory` and the retention will treat them: same ticket
 * number or fingerprint as an entry already held (or earlier in the file) → merged, older than the
 * retention → dropped, else new. Only for the sentence shown; the store does the real merge.
 */
export function countImport(
  local: readonly EscalationRecord[],
  incoming: readonly EscalationRecord[],
  retentionDays: number,
  now: number,
): ImportCounts {
  const tickets = new Set(local.flatMap((r) => (r.ticketNumber ? [r.ticketNumber] : [])));
  const prints = new Set(local.map(fingerprint));
  const limit = now - retentionDays * DAY_MS;
  const counts: ImportCounts = { added: 0, merged: 0, tooOld: 0 };
  for (const entry of incoming) {
    const print = fingerprint(entry);
    if (Date.parse(entry.createdAt) < limit) counts.tooOld += 1;
    else if ((entry.ticketNumber && tickets.has(entry.ticketNumber)) || prints.has(print))
      counts.merged += 1;
    else counts.added += 1;
    if (entry.ticketNumber) tickets.add(entry.ticketNumber);
    prints.add(print);
  }
  return counts;
}

function describeImport(
  t: OptionsText,
  c: ImportCounts,
  retentionDays: number,
  exportedBy?: string,
): string {
  const parts = [
    t(isPlural(t, c.added) ? 'importAddedMany' : 'importAddedOne', { n: c.added }),
    t(isPlural(t, c.merged) ? 'importMergedMany' : 'importMergedOne', { n: c.merged }),
  ];
  if (c.tooOld) {
    parts.push(
      t(isPlural(t, c.tooOld) ? 'importTooOldMany' : 'importTooOldOne', {
        n: c.tooOld,
        days: retentionDays,
      }),
    );
  }
  return `${parts.join(', ')}${exportedBy ? t('importBy', { name: exportedBy }) : ''}.`;
}

/** Reads a colleague's file and merges it into the history (never duplicating, never dropping). */
export async function importHistoryText(
  t: OptionsText,
  text: string,
  retentionDays: number,
  now = Date.now(),
): Promise<ActionOutcome> {
  const parsed = parseHistoryFile(text, now);
  if (!parsed.ok) return { ok: false, message: say(parsed.error) };
  const pairs = parsed.learned?.pairs.length ?? 0;
  if (parsed.entries.length === 0 && pairs === 0) return { ok: false, message: t('importEmpty') };
  try {
    const { records } = await listHistory();
    const counts = countImport(records, parsed.entries, retentionDays, now);
    await mergeIntoHistory(parsed.entries, retentionDays, now);
    if (parsed.learned) await mergeLearnedIn(parsed.learned, now);
    await announceHistoryChange();
    const learnedPart = pairs
      ? t(isPlural(t, pairs) ? 'importLearnedMany' : 'importLearnedOne', { n: pairs })
      : '';
    return {
      ok: true,
      message: describeImport(t, counts, retentionDays, parsed.exportedBy) + learnedPart,
    };
  } catch (e) {
    return { ok: false, message: t('importFailed', { error: message(e) }) };
  }
}

/**
 * « Effacer mes données »: everything the extension keeps in this browser — history, drafts,
 * captures, call log, pending fill, learned and unanswered searches, article index, set-aside
 * copies — but the configuration.
 */
export async function eraseLocalData(t: OptionsText): Promise<ActionOutcome> {
  const failures = await eraseEverything();
  await announceHistoryChange().catch(() => undefined);
  return failures.length
    ? { ok: false, message: t('eraseIncomplete', { what: failures.join(', ') }) }
    : { ok: true, message: t('erased') };
}

/** The index status as the background keeps it, or null before the first crawl. */
export function fetchKbStatus(): Promise<KbStatus | null> {
  return ask(kbStatus);
}

/** Crawls the knowledge base now; resolves when the new index is stored. */
export function refreshKb(): Promise<KbStatus> {
  return ask(refreshKbMessage);
}

/** « 2 articles n'ont pas pu être lus : url (raison), … » and the other problems, for KbSection. */
export function kbErrorLines(t: OptionsText, status: KbStatus | null, failure?: string): string[] {
  const lines: string[] = [];
  if (failure) lines.push(t('kbRefreshFailed', { error: failure }));
  const errors = status?.errors ?? [];
  if (errors.length) {
    const list = errors
      .slice(0, ERRORS_LISTED)
      .map((e) => `${e.url} (${e.reason})`)
      .join(', ');
    const more =
      errors.length > ERRORS_LISTED ? t('kbUnreadMore', { n: errors.length - ERRORS_LISTED }) : '';
    lines.push(
      isPlural(t, errors.length)
        ? t('kbUnreadMany', { n: errors.length, list, more })
        : t('kbUnreadOne', { list }),
    );
  }
  if (status?.skipped) {
    lines.push(
      t(isPlural(t, status.skipped) ? 'kbSkippedMany' : 'kbSkippedOne', { n: status.skipped }),
    );
  }
  return lines;
}

/** The background's status in the shape the options page shows. */
export function kbView(
  t: OptionsText,
  status: KbStatus | null,
  refreshing: boolean,
  failure?: string,
): KbView {
  return {
    articles: status?.articleCount,
    lastRefresh: status?.lastRefresh ?? undefined,
    errors: kbErrorLines(t, status, failure),
    refreshing,
  };
}

export { message as errorMessage };
