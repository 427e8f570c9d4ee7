import { recordsFromMesTickets } from '../../../utils/core/duplicates/mes-tickets-row';
import { decide } from '../../../utils/core/duplicates/policy';
import { withIncidents } from '../../../utils/core/feed/incident-decision';
import { matchIncidents } from '../../../utils/core/feed/incident-match';
import { readFeedState } from '../../../utils/ext/storage/feed-store';
import { fillContentOf } from '../../../utils/core/escalation/to-fill';
import { deleteDraft, readDrafts } from '../../../utils/ext/storage/drafts-store';
import { announceHistoryChange } from '../../../utils/ext/storage/history-events';
import { listHistory, mergeIntoHistory } from '../../../utils/ext/storage/history-store';
import { screenshotStore } from '../../../utils/ext/storage/screenshot-store';
import { loadConfigOrDefaults } from '../../../utils/ext/storage/settings';
import {
  nomenclatureInForce,
  readObservedNomenclature,
} from '../../../utils/ext/storage/observed-nomenclature';
import type {
  checkDuplicate,
  escalationSubmitted,
  getAttachments,
  importMesTickets,
  latestDraft,
  Verdict,
} from '../../../utils/ext/protocol/messages/escalations';
import type { ParsedRequestOf, ResponseOf } from '../../../utils/ext/protocol/define';
import { linkSubmittedEscalation } from './call-link';

const store = screenshotStore();

/** A draft's fill content, its selection read in the nomenclature the panel offered. */
async function fillContentInForce(draft: Parameters<typeof fillContentOf>[0]) {
  const configured = (await loadConfigOrDefaults()).nomenclature;
  const { nomenclature } = nomenclatureInForce(await readObservedNomenclature(), configured);
  return fillContentOf(draft, nomenclature, configured);
}

async function retentionDays(): Promise<number> {
  return (await loadConfigOrDefaults()).data.historyRetentionDays;
}

/** A submitted escalation: into the history (for the duplicate guard), and its draft is done. */
export async function handleEscalationSubmitted({
  record,
  draftKey,
}: ParsedRequestOf<typeof escalationSubmitted>) {
  await mergeIntoHistory([record], await retentionDays());
  await announceHistoryChange();
  await linkSubmittedEscalation(draftKey, record.ticketNumber ?? null, Date.now());
  if (draftKey) {
    await deleteDraft(draftKey);
    await store.deleteByDraft(draftKey);
  }
  return { ok: true };
}

/** The referent's tickets read on « Mes tickets »: statuses kept current, new tickets known. */
export async function handleImportMesTickets({
  rows,
  userEmail,
}: ParsedRequestOf<typeof importMesTickets>) {
  const merged = await mergeIntoHistory(
    recordsFromMesTickets(rows, userEmail),
    await retentionDays(),
  );
  await announceHistoryChange();
  return { count: merged.length };
}

/** The guard on the support form page (content scripts cannot open the extension's database). */
export async function handleCheckDuplicate({
  candidate,
}: ParsedRequestOf<typeof checkDuplicate>): Promise<Verdict> {
  const { records } = await listHistory();
  const incidents = (await readFeedState()).applied?.incidents ?? [];
  const fromHistory = decide(records, candidate, Date.now());
  // Known incidents of the national team's feed: an escalation already made, for everyone.
  const decision = withIncidents(fromHistory, matchIncidents(incidents, candidate)) ?? fromHistory;
  return { verdict: decision.verdict };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The screenshots to attach, as data URLs: messages between scripts carry no Blob in Chrome. */
export async function handleGetAttachments({
  ids,
}: ParsedRequestOf<typeof getAttachments>): Promise<ResponseOf<typeof getAttachments>> {
  const out: Array<{ name: string; mime: string; dataUrl: string }> = [];
  const missing: string[] = [];
  for (const id of ids) {
    const record = await store.get(id).catch(() => null);
    if (!record) {
      missing.push(id);
      continue;
    }
    const bytes = new Uint8Array(await record.blob.arrayBuffer());
    out.push({
      name: record.name,
      mime: record.mime,
      dataUrl: `data:${record.mime};base64,${base64(bytes)}`,
    });
  }
  return { files: out, missing };
}

/** For a support form opened directly: the most recent draft, rendered, to offer by name. */
export async function handleLatestDraft(): Promise<ResponseOf<typeof latestDraft>> {
  const { drafts } = await readDrafts();
  const newest = Object.values(drafts).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (!newest) return null;
  return {
    updatedAt: newest.updatedAt,
    ...(await fillContentInForce(newest)),
  };
}
