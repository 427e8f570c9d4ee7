/**
 * The observed nomenclature: the lists the support form itself offers (thématiques, and the motifs
 * and sous-motifs it reveals once a parent is chosen), read each time the form is shown and kept
 * merged. The form is where the national team's nomenclature really lives; a read only adds or
 * refreshes, so a partial or failed read never erases what was seen before, and an entry the form
 * stopped offering goes only once it has been missing from its list for a long time.
 */
import { z } from 'zod';
import { PLACEHOLDER, plainKey } from './match';

/** Bounds: a national form has about ten thématiques and a few dozen motifs. */
export const OBSERVED_LIMITS = {
  options: 80,
  thematiques: 60,
  motifs: 80,
  sousMotifs: 80,
  text: 200,
} as const;

/** An entry absent from its list for this long, while the list was read, is dropped. */
export const OBSERVED_FORGET_MS = 120 * 24 * 60 * 60 * 1000;

const text = z.string().trim().max(OBSERVED_LIMITS.text);

/** One option of a list, as the form offers it (its submitted value and the text shown). */
export const ObservedOptionSchema = z.object({
  value: text,
  label: text.min(1),
});
export type ObservedOption = z.infer<typeof ObservedOptionSchema>;

const optionList = z.array(ObservedOptionSchema).min(1).max(OBSERVED_LIMITS.options);

/** One list read on the form; a dependent list names the parent(s) chosen when it was read. */
export const NomenclatureReadSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('thematique'), options: optionList }),
  z.object({
    level: z.literal('motif'),
    thematique: ObservedOptionSchema,
    options: optionList,
  }),
  z.object({
    level: z.literal('sousMotif'),
    thematique: ObservedOptionSchema,
    motif: ObservedOptionSchema,
    options: optionList,
  }),
]);
export type NomenclatureRead = z.infer<typeof NomenclatureReadSchema>;

const seen = {
  value: text,
  label: text.min(1),
  /** When the form last offered it (ms since the epoch). */
  seenAt: z.number().int().nonnegative(),
};
const ObservedSousMotifSchema = z.object(seen);
const ObservedMotifSchema = z.object({
  ...seen,
  /** When this motif's list of sous-motifs was last read (absent: never). */
  listedAt: z.number().int().nonnegative().optional(),
  sousMotifs: z.array(ObservedSousMotifSchema).max(OBSERVED_LIMITS.sousMotifs),
});
const ObservedThematiqueSchema = z.object({
  ...seen,
  listedAt: z.number().int().nonnegative().optional(),
  motifs: z.array(ObservedMotifSchema).max(OBSERVED_LIMITS.motifs),
});

/** What is stored. */
export const ObservedNomenclatureSchema = z.object({
  version: z.literal(1),
  firstSeenAt: z.number().int().nonnegative(),
  /** When a read last brought something (the date the panel shows). */
  updatedAt: z.number().int().nonnegative(),
  listedAt: z.number().int().nonnegative().optional(),
  thematiques: z.array(ObservedThematiqueSchema).max(OBSERVED_LIMITS.thematiques),
});
export type ObservedNomenclature = z.infer<typeof ObservedNomenclatureSchema>;
type ObservedThematique = ObservedNomenclature['thematiques'][number];
type ObservedMotif = ObservedThematique['motifs'][number];

/** Same entry: the same submitted value, or (no value) the same text. */
function keyOf(o: { value: string; label: string }): string {
  return o.value ? `v:${o.value}` : `l:${plainKey(o.label)}`;
}

/** A read's options without prompts, blanks and repeats. */
function cleanOptions(options: readonly ObservedOption[]): ObservedOption[] {
  const out = new Map<string, ObservedOption>();
  for (const o of options) {
    const label = o.label.replace(/\s+/g, ' ').trim();
    if (!label || PLACEHOLDER.test(label)) continue;
    const option = { value: o.value.trim(), label };
    if (!out.has(keyOf(option))) out.set(keyOf(option), option);
  }
  return [...out.values()];
}

/**
 * Merges a list read into what was known: the read's entries first, in the form's order (new
 * labels taken, children kept), then the known entries the read did not offer, unless missing
 * for longer than {@link OBSERVED_FORGET_MS}; at most `limit`.
 */
function mergeList<T extends { value: string; label: string; seenAt: number }>(
  known: readonly T[],
  read: readonly ObservedOption[],
  now: number,
  limit: number,
  fresh: (o: ObservedOption) => T,
): T[] {
  const byKey = new Map(known.map((k) => [keyOf(k), k]));
  const offered = read.map((o) => {
    const old = byKey.get(keyOf(o));
    return old ? { ...old, label: o.label, seenAt: now } : { ...fresh(o), seenAt: now };
  });
  const keys = new Set(offered.map(keyOf));
  const kept = known.filter((k) => !keys.has(keyOf(k)) && now - k.seenAt < OBSERVED_FORGET_MS);
  return [...offered, ...kept].slice(0, limit);
}

/** Finds (or adds, as seen now) the entry for a parent named in a dependent read. */
function parentIn<T extends { value: string; label: string; seenAt: number }>(
  list: T[],
  parent: ObservedOption,
  now: number,
  limit: number,
  fresh: (o: ObservedOption) => T,
): T | null {
  const key = keyOf(parent);
  const found = list.find((x) => keyOf(x) === key);
  if (found) return found;
  if (list.length >= limit) return null;
  const added = { ...fresh(parent), seenAt: now };
  list.push(added);
  return added;
}

const freshThematique = (o: ObservedOption): ObservedThematique => ({
  ...o,
  seenAt: 0,
  motifs: [],
});
const freshMotif = (o: ObservedOption): ObservedMotif => ({ ...o, seenAt: 0, sousMotifs: [] });
const freshSousMotif = (o: ObservedOption) => ({ ...o, seenAt: 0 });

function applyRead(
  base: ObservedNomenclature,
  read: NomenclatureRead,
  now: number,
): ObservedNomenclature | null {
  const options = cleanOptions(read.options);
  if (options.length === 0) return null; // a list of prompts only: the form was still loading
  const L = OBSERVED_LIMITS;
  if (read.level === 'thematique') {
    const thematiques = mergeList(base.thematiques, options, now, L.thematiques, freshThematique);
    return { ...base, thematiques, listedAt: now };
  }
  const thematiques = base.thematiques.map((t) => ({ ...t, motifs: [...t.motifs] }));
  const t = parentIn(
    thematiques,
    cleanOptions([read.thematique])[0] ?? read.thematique,
    now,
    L.thematiques,
    freshThematique,
  );
  if (!t) return null;
  if (read.level === 'motif') {
    t.motifs = mergeList(t.motifs, options, now, L.motifs, freshMotif);
    t.listedAt = now;
    return { ...base, thematiques };
  }
  const m = parentIn(
    t.motifs,
    cleanOptions([read.motif])[0] ?? read.motif,
    now,
    L.motifs,
    freshMotif,
  );
  if (!m) return null;
  const index = t.motifs.indexOf(m);
  t.motifs[index] = {
    ...m,
    sousMotifs: mergeList(m.sousMotifs, options, now, L.sousMotifs, freshSousMotif),
    listedAt: now,
  };
  return { ...base, thematiques };
}

/**
 * What is known once `reads` are merged into `known` (null: nothing known yet). Each read is
 * checked on its own: one that does not validate, or holds only prompts, is left out and changes
 * nothing. Returns `known` itself when no read brought anything.
 */
export function mergeObserved(
  known: ObservedNomenclature | null,
  reads: readonly unknown[],
  now: number,
): ObservedNomenclature | null {
  let current = known;
  for (const raw of reads) {
    const parsed = NomenclatureReadSchema.safeParse(raw);
    if (!parsed.success) continue;
    const base: ObservedNomenclature = current ?? {
      version: 1,
      firstSeenAt: now,
      updatedAt: now,
      thematiques: [],
    };
    const next = applyRead(base, parsed.data, now);
    if (next) current = { ...next, updatedAt: now };
  }
  return current;
}

/** The stored value when it is readable, else null (a value that fails is never trusted). */
export function parseObserved(value: unknown): ObservedNomenclature | null {
  const parsed = ObservedNomenclatureSchema.safeParse(value);
  return parsed.success && parsed.data.thematiques.length > 0 ? parsed.data : null;
}
