/**
 * Mapping a nomenclature entry onto the options a support form offers, by meaning rather than by
 * equality: the form's own lists are the truth (the national form's thématiques are not the ones
 * this project first guessed, its codes have underscores), so an entry is found by its code, then
 * by its libellé folded (accents, case, plurals, « de la »/« des »/« du »), then by its synonyms,
 * then among the other levels of the escalation's choice (a motif « Gestion du ménage » for a
 * thématique « Gestion des ménages »), and only then by close spelling. Two equally good options
 * are never guessed between.
 */
import { fold, tokenize } from '../text/french';

/** A nomenclature entry as the escalation gives it. */
export interface Choice {
  code: string;
  libelle: string;
  /** Other names of the entry (from the nomenclature data). */
  synonyms?: readonly string[];
}

/** What an option offers to match on. */
export interface OptionLike {
  value: string;
  label: string;
  synonyms?: readonly string[];
}

/** How an option was found, strongest first. */
export type Rung = 'code' | 'label' | 'synonym' | 'spelling' | 'words';

/** An option found for one of the candidates (`candidate` is its index in the list given). */
export interface Mapped<T> {
  option: T;
  rung: Rung;
  candidate: number;
}

/**
 * The prompt of a list (« Choisir… », « -- Sélectionnez -- », « Veuillez choisir »): not a
 * choice, even when older sites give it a value such as "0".
 */
export const PLACEHOLDER =
  /^[\s\-–—*.…]*(?:choisi|choix|s[ée]lectionn|veuillez|aucun|indiquez|please|select|choose)|^[\s\-–—.…]*$/i;

/**
 * Text folded for comparison: « Adresse e-mail * : » → `adresse e mail`; plural and
 * inclusive-writing marks go too (« Pièce(s) » → `piece`).
 */
export function plainKey(text: string): string {
  return fold(text)
    .replace(/\((?:e|s|es|x)\)|·(?:e|s|es)\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What a label means: stop words (« de la », « des », « du », « et »…) dropped, words stemmed
 * (plurals, endings): « Gestion des ménages » and « Gestion du ménage » have the same key. */
export function meaningKey(text: string): string {
  return tokenize(text).join(' ');
}

function names(x: { libelle?: string; label?: string; synonyms?: readonly string[] }): string[] {
  return [x.libelle ?? x.label ?? '', ...(x.synonyms ?? [])].filter((s) => s.trim() !== '');
}

const same = (a: string, b: string): boolean => a !== '' && a === b;

function byCode<T extends OptionLike>(options: readonly T[], want: Choice): T[] {
  const exact = options.filter((o) => want.code !== '' && o.value === want.code);
  if (exact.length) return exact;
  const code = plainKey(want.code);
  return options.filter((o) => same(plainKey(o.value), code));
}

function byLabel<T extends OptionLike>(options: readonly T[], want: Choice): T[] {
  const plain = [plainKey(want.libelle), plainKey(want.code)];
  const exact = options.filter((o) => plain.some((p) => same(p, plainKey(o.label))));
  if (exact.length) return exact;
  const meaning = meaningKey(want.libelle);
  return options.filter((o) => same(meaningKey(o.label), meaning));
}

function bySynonym<T extends OptionLike>(options: readonly T[], want: Choice): T[] {
  const wanted = new Set(names(want).map(meaningKey).filter(Boolean));
  return options.filter((o) => names(o).some((n) => wanted.has(meaningKey(n))));
}

/** Close spelling: a distance of at most 15 % of the libellé (at least 1 edit). */
function bySpelling<T extends OptionLike>(options: readonly T[], want: Choice): T[] {
  const libelle = plainKey(want.libelle);
  if (!libelle || options.length === 0) return [];
  const scored = options.map((o) => ({ o, d: distance(plainKey(o.label), libelle) }));
  const best = Math.min(...scored.map((s) => s.d));
  if (best > Math.max(1, Math.floor(libelle.length * 0.15))) return [];
  return scored.filter((s) => s.d === best).map((s) => s.o);
}

/** One contains the other as whole words: « Demandes - Actualisation » for « Actualisation ». */
function byWords<T extends OptionLike>(options: readonly T[], want: Choice): T[] {
  const wanted = [plainKey(want.code), plainKey(want.libelle)].filter((w) => w.length >= 4);
  return options.filter((o) =>
    [plainKey(o.value), plainKey(o.label)]
      .filter(Boolean)
      .some((s) => wanted.some((w) => includesWords(s, w) || includesWords(w, s))),
  );
}

function includesWords(haystack: string, needle: string): boolean {
  return needle.length > 0 && ` ${haystack} `.includes(` ${needle} `);
}

const STRICT: [Rung, typeof byCode][] = [
  ['code', byCode],
  ['label', byLabel],
  ['synonym', bySynonym],
];
const LOOSE: [Rung, typeof byCode][] = [
  ['spelling', bySpelling],
  ['words', byWords],
];

/**
 * The option for the first candidate that has one, strict rungs (code, label, synonyms) for every
 * candidate before the loose ones (spelling, words), which only the first candidate (the entry
 * of the same level) may use: a near miss across levels is a guess. A rung that finds two options
 * is passed over, never guessed. `loose: false` keeps to the strict rungs.
 */
export function mapOption<T extends OptionLike>(
  options: readonly T[],
  candidates: readonly Choice[],
  opts: { loose?: boolean } = {},
): Mapped<T> | null {
  const passes =
    opts.loose === false
      ? ([[0, STRICT]] as const)
      : ([
          [0, STRICT],
          [1, LOOSE],
        ] as const);
  for (const [pass, rungs] of passes) {
    for (let candidate = 0; candidate < candidates.length; candidate++) {
      if (pass === 1 && candidate > 0) break;
      const want = candidates[candidate];
      if (!want) continue;
      for (const [rung, find] of rungs) {
        const found = find(options, want);
        if (found.length === 1 && found[0]) return { option: found[0], rung, candidate };
      }
    }
  }
  return null;
}

/** The option for one choice, or null when none (or more than one) is close enough. */
export function matchOption<T extends OptionLike>(options: readonly T[], want: Choice): T | null {
  return mapOption(options, [want])?.option ?? null;
}

/** One level of the escalation's choice, with its position (0 thématique … 2 sous-motif). */
export interface ChainItem {
  choice: Choice;
  index: number;
}

/**
 * What a form level may be mapped from: the escalation's entries not used by the level above
 * (`used`, -1 for none), the entry of the same level first, then the deeper ones in order. The
 * order only goes down: a level never takes an entry above the one its parent took.
 */
export function levelCandidates(
  chain: readonly (Choice | null | undefined)[],
  level: number,
  used: number,
): ChainItem[] {
  const items = chain
    .map((choice, index) => (choice ? { choice, index } : null))
    .filter((x): x is ChainItem => x !== null && x.index > used);
  return items.sort((a, b) => (a.index === level ? -1 : b.index === level ? 1 : a.index - b.index));
}

/**
 * The options closest to what the escalation chose, best first, for a person to pick from when
 * nothing maps: shared meaningful words (the same level's entry weighing most), then spelling.
 * Options sharing nothing with the escalation are left out.
 */
export function closestOptions<T extends OptionLike>(
  options: readonly T[],
  candidates: readonly Choice[],
  limit = 3,
): T[] {
  const scored = options
    .filter((o) => !PLACEHOLDER.test(o.label))
    .map((o, order) => ({ o, order, score: closeness(o, candidates) }))
    .filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.o);
}

function closeness(option: OptionLike, candidates: readonly Choice[]): number {
  let best = 0;
  candidates.forEach((want, i) => {
    const weight = i === 0 ? 1 : 0.8;
    for (const a of names(option)) {
      for (const b of names(want)) {
        const shared = dice(tokenize(a), tokenize(b));
        if (shared === 0) continue;
        const spelling = 1 - distance(plainKey(a), plainKey(b)) / Math.max(a.length, b.length, 1);
        best = Math.max(best, weight * (shared + 0.1 * spelling));
      }
    }
  });
  return best;
}

/** Dice coefficient of two token lists (as sets). */
function dice(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let common = 0;
  for (const x of sa) if (sb.has(x)) common++;
  return (2 * common) / (sa.size + sb.size);
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
