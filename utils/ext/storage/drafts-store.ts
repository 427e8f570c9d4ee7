import { storage } from 'wxt/utils/storage';
import { type DraftStore, type EscalationDraft } from '../../core/escalation/model';
import { DRAFTS_VERSION, draftsToV2, loadDraftStore } from '../../core/migrations/drafts';
import { said, type Said } from '../../i18n/said';
import { isQuotaError } from './idb';

/**
 * Drafts live in storage.local under one key, the store keyed by context: small text, read at every
 * panel opening, kept across tab closes and browser restarts. Anything unreadable is set aside under
 * its own key (never deleted) and reported.
 */
const draftsItem = storage.defineItem<unknown>('local:drafts', {
  version: DRAFTS_VERSION,
  migrations: { 2: draftsToV2 },
});
const ASIDE_PREFIX = 'drafts.setAside.';

export interface DraftsRead {
  drafts: DraftStore;
  /** Problems to show (the panel words them). */
  problems: Said[];
}

/** A draft not saved: the French message for logs, `said` for the panel. */
export class DraftSaveError extends Error {
  constructor(
    message: string,
    readonly said: Said,
  ) {
    super(message);
  }
}

async function setAside(value: unknown, why: string): Promise<string> {
  const key = `${ASIDE_PREFIX}${Date.now()}`;
  await storage.setItem(`local:${key}`, { why, value }).catch(() => undefined);
  return key;
}

/** Reads every draft; corrupt ones are set aside and reported, the others load. */
export async function readDrafts(): Promise<DraftsRead> {
  const stored = await draftsItem.getValue();
  const loaded = loadDraftStore(stored);
  if (!loaded.ok) {
    await setAside(stored, loaded.error);
    await draftsItem.removeValue();
    return {
      drafts: {},
      problems: [said('draftsUnreadable', { error: loaded.error })],
    };
  }
  const problems: Said[] = [];
  const rejected = Object.keys(loaded.rejected);
  if (rejected.length) {
    await setAside(loaded.rejected, 'brouillons invalides');
    problems.push(said('draftsRejected', { n: rejected.length }));
  }
  if (loaded.migrated || rejected.length) await writeAll(loaded.drafts);
  return { drafts: loaded.drafts, problems };
}

async function writeAll(drafts: DraftStore): Promise<void> {
  try {
    await draftsItem.setValue(drafts);
  } catch (err) {
    throw isQuotaError(err)
      ? new DraftSaveError(
          'Le stockage du navigateur est plein : le brouillon n’a pas pu être enregistré. Supprimez d’anciens brouillons ou captures, puis réessayez. Votre texte reste affiché.',
          said('draftStorageFull'),
        )
      : new DraftSaveError(
          `Le brouillon n’a pas pu être enregistré (${String(err)}). Votre texte reste affiché.`,
          said('draftNotSaved', { error: String(err) }),
        );
  }
}

/** Saves one draft (read-modify-write: other drafts written meanwhile are kept). */
export async function saveDraft(draft: EscalationDraft): Promise<void> {
  const { drafts } = await readDrafts();
  await writeAll({ ...drafts, [draft.contextKey]: draft });
}

export async function deleteDraft(contextKey: string): Promise<void> {
  const { drafts } = await readDrafts();
  if (!(contextKey in drafts)) return;
  const next = { ...drafts };
  delete next[contextKey];
  await writeAll(next);
}

/**
 * Drops drafts untouched for `days` (they hold the description of a problem, sometimes more):
 * a draft nobody came back to is not kept forever. Returns how many went.
 */
export async function purgeDrafts(days: number, now = Date.now()): Promise<number> {
  const { drafts } = await readDrafts();
  const limit = now - days * 86_400_000;
  const kept = Object.fromEntries(Object.entries(drafts).filter(([, d]) => d.updatedAt >= limit));
  const dropped = Object.keys(drafts).length - Object.keys(kept).length;
  if (dropped) await writeAll(kept);
  return dropped;
}

/** Calls back with the new drafts whenever another window saves. */
export function watchDrafts(onChange: (drafts: DraftStore) => void): () => void {
  return draftsItem.watch((value) => {
    // A removal (erase, a value set aside) is not a save.
    if (value == null) return;
    const loaded = loadDraftStore(value);
    if (loaded.ok) onChange(loaded.drafts);
  });
}
