/**
 * Picks the option of a drop-down that stands for a nomenclature entry. The form's options may
 * carry the code as value and the libellé as text, or the libellé as both, with small differences
 * (accents, case, an apostrophe, a typo fixed on one side only): matching tolerates those, but
 * never guesses between two equally close options.
 */
import { normalizeLabel } from './form-mapping';

/** A nomenclature entry as the plan gives it. */
export interface Choice {
  code: string;
  libelle: string;
}

/** What an option offers to match on. */
export interface OptionLike {
  value: string;
  label: string;
}

/** The option for a choice, or null when none (or more than one) is close enough. */
export function matchOption<T extends OptionLike>(options: readonly T[], want: Choice): T | null {
  const exact = options.filter((o) => want.code !== '' && o.value === want.code);
  if (exact.length === 1) return exact[0] ?? null;

  const code = normalizeLabel(want.code);
  const libelle = normalizeLabel(want.libelle);
  const wanted = [code, libelle].filter(Boolean);
  const sides = (o: OptionLike): string[] =>
    [normalizeLabel(o.value), normalizeLabel(o.label)].filter(Boolean);

  const same = options.filter((o) => sides(o).some((s) => wanted.includes(s)));
  if (same.length >= 1) return unique(same);

  // Close spelling: a distance of at most 15 % of the libellé (at least 1 edit).
  if (libelle) {
    const scored = options.map((o) => ({ o, d: distance(normalizeLabel(o.label), libelle) }));
    const best = Math.min(...scored.map((s) => s.d));
    if (best <= Math.max(1, Math.floor(libelle.length * 0.15))) {
      return unique(scored.filter((s) => s.d === best).map((s) => s.o));
    }
  }

  // One contains the other as whole words: « Demandes - Actualisation » for « Actualisation ».
  const contains = options.filter((o) =>
    sides(o).some((s) =>
      wanted.some((w) => w.length >= 4 && (includesWords(s, w) || includesWords(w, s))),
    ),
  );
  return unique(contains);
}

function unique<T>(list: readonly T[]): T | null {
  return list.length === 1 ? (list[0] ?? null) : null;
}

function includesWords(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

/** Levenshtein distance, two rows. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
