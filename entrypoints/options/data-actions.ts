import type { KbStatus as KbView } from '../../components/options/KbSection';
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
 * each action resolves with a French sentence for the page, never throws at it.
 */

export type ActionOutcome = { ok: boolean; message: string };

const DAY_MS = 86_400_000;
/** Unreadable articles listed by name; past this the rest is only counted. */
const ERRORS_LISTED = 10;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const pad = (n: number) => String(n).padStart(2, '0');
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

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

function describeImport(c: ImportCounts, retentionDays: number, exportedBy?: string): string {
  const parts = [
    `${plural(c.added, 'escalade importée', 'escalades importées')}`,
    `${plural(c.merged, 'fusionnée', 'fusionnées')} avec l'historique existant`,
  ];
  if (c.tooOld) {
    parts.push(
      `${plural(c.tooOld, 'ignorée car plus ancienne', 'ignorées car plus anciennes')} que la durée de conservation (${retentionDays} jours)`,
    );
  }
  return `${parts.join(', ')}${exportedBy ? ` (export de ${exportedBy})` : ''}.`;
}

/** Reads a colleague's file and merges it into the history (never duplicating, never dropping). */
export async function importHistoryText(
  text: string,
  retentionDays: number,
  now = Date.now(),
): Promise<ActionOutcome> {
  const parsed = parseHistoryFile(text, now);
  if (!parsed.ok) return { ok: false, message: parsed.error };
  const pairs = parsed.learned?.pairs.length ?? 0;
  if (parsed.entries.length === 0 && pairs === 0)
    return { ok: false, message: 'Ce fichier ne contient aucune escalade.' };
  try {
    const { records } = await listHistory();
    const counts = countImport(records, parsed.entries, retentionDays, now);
    await mergeIntoHistory(parsed.entries, retentionDays, now);
    if (parsed.learned) await mergeLearnedIn(parsed.learned, now);
    await announceHistoryChange();
    const learnedPart = pairs
      ? ` Recherches apprises : ${plural(pairs, 'association recherche → article reprise', 'associations recherche → article reprises')} à demi-poids.`
      : '';
    return {
      ok: true,
      message: describeImport(counts, retentionDays, parsed.exportedBy) + learnedPart,
    };
  } catch (e) {
    return { ok: false, message: `Import impossible : ${message(e)}` };
  }
}

/**
 * « Effacer mes données »: everything the extension keeps in this browser — history, drafts,
 * captures, call log, pending fill, learned and unanswered searches, article index, set-aside
 * copies — but the configuration.
 */
export async function eraseLocalData(): Promise<ActionOutcome> {
  const failures = await eraseEverything();
  await announceHistoryChange().catch(() => undefined);
  return failures.length
    ? { ok: false, message: `Effacement incomplet : impossible d'effacer ${failures.join(', ')}.` }
    : {
        ok: true,
        message:
          'Historique, brouillons, captures, journal des appels, recherches apprises et sans réponse, et index des articles effacés de ce navigateur.',
      };
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
export function kbErrorLines(status: KbStatus | null, failure?: string): string[] {
  const lines: string[] = [];
  if (failure) lines.push(`Actualisation impossible : ${failure}`);
  const errors = status?.errors ?? [];
  if (errors.length) {
    const head =
      errors.length > 1
        ? `${errors.length} articles n'ont pas pu être lus`
        : "1 article n'a pas pu être lu";
    const listed = errors.slice(0, ERRORS_LISTED).map((e) => `${e.url} (${e.reason})`);
    const more =
      errors.length > ERRORS_LISTED ? `, et ${errors.length - ERRORS_LISTED} autres` : '';
    lines.push(`${head} : ${listed.join(', ')}${more}`);
  }
  if (status?.skipped) {
    lines.push(
      `${plural(status.skipped, 'article enregistré illisible a été ignoré', 'articles enregistrés illisibles ont été ignorés')}`,
    );
  }
  return lines;
}

/** The background's status in the shape the options page shows. */
export function kbView(status: KbStatus | null, refreshing: boolean, failure?: string): KbView {
  return {
    articles: status?.articleCount,
    lastRefresh: status?.lastRefresh ?? undefined,
    errors: kbErrorLines(status, failure),
    refreshing,
  };
}

export { message as errorMessage };
