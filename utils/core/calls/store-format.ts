import { z } from 'zod';
import { CallEntrySchema, type CallEntry } from './entry';

/**
 * The stored call log: `{ version, entries }`. Each future change of the entry shape gets a
 * numbered, pure migration here (version N-1 → N) with its own test; reading runs them in order.
 */

export const CALL_LOG_VERSION = 1;

/** A migration takes the whole stored value of version N-1 and returns the value of version N. */
export type CallLogMigration = (value: { version: number; entries: unknown[] }) => {
  version: number;
  entries: unknown[];
};

/** Keyed by the version they produce. None yet: version 1 is the first published format. */
export const CALL_LOG_MIGRATIONS: Readonly<Record<number, CallLogMigration>> = {};

/** The stored value of version 1. */
export interface CallLogV1 {
  version: 1;
  entries: CallEntry[];
}

const ContainerSchema = z.object({
  version: z.number().int().min(1),
  entries: z.array(z.unknown()),
});

/** An entry that could not be read, kept with the reason so nothing is silently lost. */
export interface UnreadableEntry {
  value: unknown;
  error: string;
}

/** The log read (with entries set aside and the version it came from), or why not. */
export type CallLogReadResult =
  | { ok: true; log: CallLogV1; unreadable: UnreadableEntry[]; migratedFrom: number | null }
  | { ok: false; error: string };

/** The value of an empty log, as first written. */
export function emptyCallLog(): CallLogV1 {
  return { version: CALL_LOG_VERSION, entries: [] };
}

/**
 * Reads a stored value of any known version. `undefined` is an empty log. A bad container (not an
 * object, unknown or future version, failed migration) is an error; a bad entry inside a good
 * container is set aside in `unreadable`, so one damaged call does not hide all the others.
 */
export function readCallLog(
  raw: unknown,
  migrations: Readonly<Record<number, CallLogMigration>> = CALL_LOG_MIGRATIONS,
  currentVersion: number = CALL_LOG_VERSION,
): CallLogReadResult {
  if (raw === undefined || raw === null) {
    return { ok: true, log: emptyCallLog(), unreadable: [], migratedFrom: null };
  }
  const container = ContainerSchema.safeParse(raw);
  if (!container.success) return { ok: false, error: 'format du journal des appels illisible' };
  let value = container.data;
  const from = value.version;
  if (from > currentVersion) {
    return {
      ok: false,
      error: `journal des appels en version ${from}, plus récente que l’extension`,
    };
  }
  while (value.version < currentVersion) {
    const step = migrations[value.version + 1];
    if (!step) return { ok: false, error: `aucune migration vers la version ${value.version + 1}` };
    try {
      value = ContainerSchema.parse(step(value));
    } catch (err) {
      return {
        ok: false,
        error: `migration vers la version ${value.version + 1} : ${String(err)}`,
      };
    }
  }
  const entries: CallEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  for (const item of value.entries) {
    const parsed = CallEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else unreadable.push({ value: item, error: z.prettifyError(parsed.error) });
  }
  return {
    ok: true,
    log: { version: 1, entries },
    unreadable,
    migratedFrom: from === currentVersion ? null : from,
  };
}
