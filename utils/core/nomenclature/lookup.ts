import { fold } from '../text/french';
import type {
  Level,
  Motif,
  Nomenclature,
  NomenclatureSelection,
  SousMotif,
  Thematique,
} from './schema';

/** One entry of the tree with its ancestors, so a caller can show the full path. */
export interface NomenclatureEntry {
  depth: 'thematique' | 'motif' | 'sousMotif';
  thematique: Thematique;
  motif: Motif | null;
  sousMotif: SousMotif | null;
}

function* entries(n: Nomenclature): Generator<NomenclatureEntry> {
  for (const thematique of n.thematiques) {
    yield { depth: 'thematique', thematique, motif: null, sousMotif: null };
    for (const motif of thematique.motifs) {
      yield { depth: 'motif', thematique, motif, sousMotif: null };
      for (const sousMotif of motif.sousMotifs) {
        yield { depth: 'sousMotif', thematique, motif, sousMotif };
      }
    }
  }
}

/** The entry whose code this is, at any depth (codes are unique across the tree). */
export function findByCode(n: Nomenclature, code: string): NomenclatureEntry | null {
  for (const entry of entries(n)) {
    if (nodeOf(entry).code === code) return entry;
  }
  return null;
}

/** Accent-, case-, quote- and spacing-insensitive form of a libellé. */
export function libelleKey(libelle: string): string {
  return fold(libelle)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The entry named by a libellé as a person types it: « gestion de la demande »,
 * « Demandes "à compléter" »… The first match in tree order wins (thématique, then its motifs).
 */
export function findByLibelle(n: Nomenclature, libelle: string): NomenclatureEntry | null {
  const key = libelleKey(libelle);
  if (!key) return null;
  for (const entry of entries(n)) {
    if (libelleKey(nodeOf(entry).libelle) === key) return entry;
  }
  return null;
}

/** The node an entry points at (the deepest one set). */
export function nodeOf(entry: NomenclatureEntry): Thematique | Motif | SousMotif {
  return entry.sousMotif ?? entry.motif ?? entry.thematique;
}

/** The nodes a selection names, keeping only a consistent chain (a motif of that thématique…). */
export interface ResolvedSelection {
  thematique: Thematique | null;
  motif: Motif | null;
  sousMotif: SousMotif | null;
}

/** Resolves stored codes; a code that no longer exists or does not belong to its parent is dropped. */
export function resolveSelection(n: Nomenclature, sel: NomenclatureSelection): ResolvedSelection {
  const thematique = n.thematiques.find((t) => t.code === sel.thematique) ?? null;
  const motif = thematique?.motifs.find((m) => m.code === sel.motif) ?? null;
  const sousMotif = motif?.sousMotifs.find((s) => s.code === sel.sousMotif) ?? null;
  return { thematique, motif, sousMotif };
}

type Inherited = Pick<SousMotif, 'level' | 'usagerRequired' | 'kbCategories'>;

/** The value of `key` on the deepest selected entry that sets it: children override parents. */
function deepest<K extends keyof Inherited>(r: ResolvedSelection, key: K): Inherited[K] {
  const chain: Inherited[] = [r.sousMotif, r.motif, r.thematique].filter(
    (x): x is SousMotif | Motif | Thematique => x !== null,
  );
  return chain.find((node) => node[key] !== undefined)?.[key];
}

/** The level of the selection: the deepest entry that sets one, else null (not decided). */
export function selectionLevel(n: Nomenclature, sel: NomenclatureSelection): Level | null {
  return deepest(resolveSelection(n, sel), 'level') ?? null;
}

/**
 * Whether the selection concerns a usager (so an ID ménage/personne is expected). True unless the
 * deepest entry that says so sets `usagerRequired: false` (compte utilisateur, formation…).
 */
export function selectionNeedsUsager(n: Nomenclature, sel: NomenclatureSelection): boolean {
  return deepest(resolveSelection(n, sel), 'usagerRequired') ?? true;
}

/** Knowledge-base categories for the selection, from the deepest entry that lists some. */
export function selectionKbCategories(n: Nomenclature, sel: NomenclatureSelection): string[] {
  return deepest(resolveSelection(n, sel), 'kbCategories') ?? [];
}

/** « Thématique › Motif › Sous-motif » for display and for the rendered text. */
export function selectionLabel(n: Nomenclature, sel: NomenclatureSelection): string {
  const r = resolveSelection(n, sel);
  return [r.thematique, r.motif, r.sousMotif]
    .filter((x): x is Thematique | Motif | SousMotif => x !== null)
    .map((x) => x.libelle)
    .join(' › ');
}
