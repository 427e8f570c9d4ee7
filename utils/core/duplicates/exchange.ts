import { z } from 'zod';
import { validateLearnedImport, type Learned } from '../search/learned';
import { EscalationRecordSchema, IsoDateSchema, type EscalationRecord } from './record';
import { said, type Said } from '../../i18n/said';

/** Tells our files apart from any other JSON a referent might pick. */
export const HISTORY_FILE_FORMAT = 'assistant-referent-si-siao/historique-escalades';
export const HISTORY_FILE_VERSION = 1;

/** The team-sharing file (export / import of the history within a SIAO), version 1. */
export const HistoryFileV1Schema = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: IsoDateSchema,
  /** E-mail of the referent who exported, so colleagues know whose tickets they are. */
  exportedBy: z.string().max(254).optional(),
  entries: z.array(EscalationRecordSchema).max(100_000),
  /** What the search learned from use (learned.ts), shared with the team; checked on its own
   * (validateLearnedImport), and absent from files of earlier versions. */
  kbLearned: z.unknown().optional(),
});
export type HistoryFile = z.infer<typeof HistoryFileV1Schema>;

/** Builds the file to save; entries are copied as they are. */
export function exportHistory(
  entries: readonly EscalationRecord[],
  now: Date,
  exportedBy?: string,
  learned?: Learned,
): HistoryFile {
  return {
    format: HISTORY_FILE_FORMAT,
    version: HISTORY_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...(exportedBy ? { exportedBy } : {}),
    entries: [...entries],
    ...(learned?.pairs.length ? { kbLearned: learned } : {}),
  };
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly entries: EscalationRecord[];
      readonly exportedBy?: string;
      readonly learned?: Learned;
    }
  | { readonly ok: false; readonly error: Said };

/**
 * Reads a shared file (its text). Imported entries are marked `source: 'import'`; a bad file gives
 * a French message for the options page, never an exception. A file whose learned associations
 * are poisoned or too large is refused whole: the rest of it is not trusted either.
 */
export function parseHistoryFile(text: string, now = Date.now()): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: said('fileNotJson') };
  }
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!head.success || head.data.format !== HISTORY_FILE_FORMAT) {
    return { ok: false, error: said('fileNotHistory') };
  }
  if (head.data.version > HISTORY_FILE_VERSION) {
    return { ok: false, error: said('fileNewer', { version: head.data.version }) };
  }
  const file = HistoryFileV1Schema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    return {
      ok: false,
      error: said('fileDamaged', {
        where: where || said('fileRoot'),
        issue: issue?.message ?? said('fileUnexpected'),
      }),
    };
  }
  let learned: Learned | undefined;
  if (file.data.kbLearned !== undefined) {
    const checked = validateLearnedImport(file.data.kbLearned, now);
    if (!checked.ok) return { ok: false, error: checked.error };
    learned = checked.learned;
  }
  return {
    ok: true,
    entries: file.data.entries.map((e) => ({ ...e, source: 'import' as const })),
    ...(file.data.exportedBy ? { exportedBy: file.data.exportedBy } : {}),
    ...(learned ? { learned } : {}),
  };
}
