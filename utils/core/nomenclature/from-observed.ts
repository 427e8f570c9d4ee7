/**
 * The nomenclature the side panel offers once the form has been seen: the form's own entries, in
 * its order and with its values as codes, each enriched with what the configured nomenclature
 * knows of the same entry found by meaning (level, knowledge-base categories, keywords for the
 * motif proposal, usager requirement). A level the form has not revealed yet is completed from
 * the configured entry it matches, marked provisional.
 */
import { levelCandidates, mapOption, type Choice, type OptionLike } from './match';
import type { ObservedNomenclature } from './observed';
import { resolveSelection } from './lookup';
import {
  NomenclatureCodeSchema,
  type Motif,
  type Nomenclature,
  type NomenclatureSelection,
  type SousMotif,
  type Thematique,
} from './schema';

type Node = Thematique | Motif | SousMotif;
/** A configured entry with what it inherits from its parents. */
interface Known {
  node: Node;
  depth: 0 | 1 | 2;
  parent: Known | null;
  inherited: Pick<Node, 'level' | 'usagerRequired' | 'kbCategories'>;
}
interface KnownOption extends OptionLike {
  known: Known;
}

const asOption = (known: Known): KnownOption => ({
  value: known.node.code,
  label: known.node.libelle,
  synonyms: known.node.synonyms,
  known,
});

function inherit(node: Node, parent: Known['inherited']): Known['inherited'] {
  return {
    level: node.level ?? parent.level,
    usagerRequired: node.usagerRequired ?? parent.usagerRequired,
    kbCategories: node.kbCategories ?? parent.kbCategories,
  };
}

/** Every configured entry, by depth, with what it inherits. */
function knownEntries(n: Nomenclature): Known[][] {
  const out: Known[][] = [[], [], []];
  for (const t of n.thematiques) {
    const tk: Known = { node: t, depth: 0, parent: null, inherited: inherit(t, {}) };
    out[0]?.push(tk);
    for (const m of t.motifs) {
      const mk: Known = { node: m, depth: 1, parent: tk, inherited: inherit(m, tk.inherited) };
      out[1]?.push(mk);
      for (const s of m.sousMotifs)
        out[2]?.push({ node: s, depth: 2, parent: mk, inherited: inherit(s, mk.inherited) });
    }
  }
  return out;
}

/** The configured entry an observed one stands for: among `near` first (its parent's children,
 * or its own level), then at the other depths, by the strict rungs only. */
function bestKnown(want: Choice, near: readonly Known[], all: Known[][]): Known | null {
  const first = mapOption(near.map(asOption), [want]);
  if (first) return first.option.known;
  for (const level of all) {
    const other = mapOption(level.map(asOption), [want], { loose: false });
    if (other) return other.option.known;
  }
  return null;
}

class Codes {
  private readonly used = new Set<string>();
  /** The form's value when it is a valid code, else one made from it; unique in the tree. */
  take(value: string, label: string): string {
    const valid = NomenclatureCodeSchema.safeParse(value).success;
    const base = valid ? value : slug(value) || slug(label) || 'entree';
    let code = base;
    for (let i = 2; this.used.has(code); i++) code = `${base.slice(0, 95)}-${i}`;
    this.used.add(code);
    return code;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 90);
}

/** What an observed entry takes from the configured one it matches. */
function enrich(
  code: string,
  libelle: string,
  known: Known | null,
): Omit<SousMotif, 'code' | 'libelle'> & { code: string; libelle: string } {
  if (!known) return { code, libelle };
  const { node, inherited } = known;
  const synonyms = [...new Set([...(node.synonyms ?? []), node.libelle])].filter(
    (s) => s !== libelle,
  );
  return {
    code,
    libelle,
    ...(inherited.level !== undefined ? { level: inherited.level } : {}),
    ...(inherited.usagerRequired !== undefined ? { usagerRequired: inherited.usagerRequired } : {}),
    ...(inherited.kbCategories ? { kbCategories: inherited.kbCategories } : {}),
    ...(node.keywords ? { keywords: node.keywords } : {}),
    ...(synonyms.length ? { synonyms: synonyms.slice(0, 20) } : {}),
  };
}

/** Children of a configured entry, one depth down (a thématique's motifs, a motif's sous-motifs). */
function childrenOf(known: Known | null, all: Known[][]): Known[] {
  if (!known || known.depth === 2) return [];
  return (all[known.depth + 1] ?? []).filter((k) => k.parent === known);
}

function borrowed(kids: readonly Known[], codes: Codes): SousMotif[] {
  return kids.map((k) => ({
    ...enrich(codes.take(k.node.code, k.node.libelle), k.node.libelle, k),
    provisional: true,
  }));
}

type ObservedThematique = ObservedNomenclature['thematiques'][number];
type ObservedMotif = ObservedThematique['motifs'][number];

/** Where to look first for an observed entry's counterpart: the children of its parent's one. */
function nearOf(parent: Known | null, all: Known[][], depth: 0 | 1 | 2): Known[] {
  return parent ? childrenOf(parent, all) : (all[depth] ?? []);
}

function motifFrom(m: ObservedMotif, near: Known[], all: Known[][], codes: Codes): Motif {
  const mk = bestKnown({ code: m.value, libelle: m.label }, near, all);
  const code = codes.take(m.value, m.label);
  const sousMotifs = m.sousMotifs.length
    ? m.sousMotifs.map((s) => {
        const sk = bestKnown({ code: s.value, libelle: s.label }, nearOf(mk, all, 2), all);
        return enrich(codes.take(s.value, s.label), s.label, sk);
      })
    : borrowed(childrenOf(mk, all), codes);
  const pageKinds = mk?.depth === 1 ? (mk.node as Motif).pageKinds : undefined;
  return { ...enrich(code, m.label, mk), ...(pageKinds ? { pageKinds } : {}), sousMotifs };
}

/**
 * The nomenclature to offer once the form has been seen. `configured` is the shipped one (or the
 * one set in the options): it only lends its knowledge, the entries are the form's.
 */
export function nomenclatureFromObserved(
  observed: ObservedNomenclature,
  configured: Nomenclature,
): Nomenclature {
  const all = knownEntries(configured);
  const codes = new Codes();
  const thematiques: Thematique[] = observed.thematiques.map((t) => {
    const tk = bestKnown({ code: t.value, libelle: t.label }, all[0] ?? [], all);
    const code = codes.take(t.value, t.label);
    const motifs: Motif[] = t.motifs.length
      ? t.motifs.map((m) => motifFrom(m, nearOf(tk, all, 1), all, codes))
      : childrenOf(tk, all).map((mk) => ({
          ...enrich(codes.take(mk.node.code, mk.node.libelle), mk.node.libelle, mk),
          provisional: true,
          sousMotifs: borrowed(childrenOf(mk, all), codes),
        }));
    return { ...enrich(code, t.label, tk), motifs };
  });
  return {
    version: `formulaire-${new Date(observed.updatedAt).toISOString().slice(0, 10)}`,
    source: 'Listes lues sur le formulaire de support',
    thematiques,
  };
}

/** Whether any entry of the nomenclature was completed from the configured one. */
export function hasBorrowedEntries(n: Nomenclature): boolean {
  return n.thematiques.some((t) =>
    t.motifs.some((m) => m.provisional || m.sousMotifs.some((s) => s.provisional)),
  );
}

const choiceOf = (node: Node | null): Choice | null =>
  node ? { code: node.code, libelle: node.libelle, synonyms: node.synonyms } : null;

/**
 * A selection made in one nomenclature, carried over to another by meaning (a draft written with
 * the shipped nomenclature, once the form's own lists are known). Levels that find no match are
 * left empty; an unresolvable selection is returned as it is.
 */
export function translateSelection(
  from: Nomenclature,
  to: Nomenclature,
  selection: NomenclatureSelection,
): NomenclatureSelection {
  const r = resolveSelection(from, selection);
  const chain = [r.thematique, r.motif, r.sousMotif].map(choiceOf);
  if (!chain[0]) return selection;
  const out: NomenclatureSelection = { thematique: null, motif: null, sousMotif: null };
  const keys = ['thematique', 'motif', 'sousMotif'] as const;
  let options: readonly Node[] = to.thematiques;
  let used = -1;
  for (const [level, key] of keys.entries()) {
    if (!chain[level]) break;
    const candidates = levelCandidates(chain, level, used);
    const mapped = mapOption(
      options.map((node) => ({
        value: node.code,
        label: node.libelle,
        synonyms: node.synonyms,
        node,
      })),
      candidates.map((c) => c.choice),
    );
    if (!mapped) break;
    out[key] = mapped.option.node.code;
    used = candidates[mapped.candidate]?.index ?? level;
    const node = mapped.option.node;
    options = 'motifs' in node ? node.motifs : 'sousMotifs' in node ? node.sousMotifs : [];
  }
  return out;
}
