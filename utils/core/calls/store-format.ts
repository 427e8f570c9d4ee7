import { z } from 'zod';
import { CallEntrySchema, type CallEntry } from './entry';

/**
 * Reading the call log's entries, each validated, a bad one set aside with its reason. The log is
 * stored as WXT's item `local:callLog` (ext/storage/call-log.ts), whose shape changes are WXT
 * migrations (core/migrations/call-log.ts); what is read here is the `{ version: 1, entries }`
 * envelope of earlier releases, in which the storage module hands the bare entries too.
 */

export const CALL_LOG_VERSION = 1;

/** A step of `readCallLog`'s own migrations: the envelope of version N-1 to that of version N. */
export type CallLogMigration = (value: { version: number; entries: unknown[] }) => {
  version: number;
  entries: unknown[];
};

/** The envelope of version 1, with entries that passed validation. */
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

/** An empty log. */
export function emptyCallLog(): CallLogV1 {
  return { version: CALL_LOG_VERSION, entries: [] };
}

/**
 * Reads an envelope. `undefined` is an empty log. A bad container (not an object, unknown or
 * future version, failed migration) is an error; a bad entry inside a good container is set aside
 * in `unreadable`, so one damaged call does not hide all the others. The extension passes no
 * `migrations` (the stored shape changes through WXT's); tests pass their own.
 */
export function readCallLog(
  raw: unknown,
  migrations: Readonly<Record<number, CallLogMigration>> = {},
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
