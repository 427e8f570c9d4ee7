import { describe, expect, it } from 'vitest';
import { parseNomenclature } from '../../utils/core/nomenclature/validate';

function sample(): Record<string, unknown> {
  return {
    thematiques: [
      {
        code: 'fonctionnel',
        libelle: 'Fonctionnel',
        level: 1,
        motifs: [
          { code: 'a', libelle: 'A', sousMotifs: [{ code: 'a1', libelle: 'A un' }] },
          { code: 'b', libelle: 'B' },
        ],
      },
    ],
  };
}

function errorsOf(value: unknown): string[] {
  const result = parseNomenclature(value);
  return result.ok ? [] : result.errors;
}

describe('parseNomenclature', () => {
  it('accepts a minimal nomenclature and defaults missing sous-motifs to none', () => {
    const result = parseNomenclature(sample());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.nomenclature.thematiques[0]?.motifs[1]?.sousMotifs).toEqual([]);
  });

  it('names the path of a wrong type in French', () => {
    const n = sample();
    (n.thematiques as { motifs: { libelle: unknown }[] }[])[0]!.motifs[1]!.libelle = 42;
    expect(errorsOf(n)).toEqual(['nomenclature.thematiques[0].motifs[1].libelle : texte attendu']);
  });

  it('reports a missing libellé, an empty one and a bad level', () => {
    const n = sample();
    const t = (n.thematiques as Record<string, unknown>[])[0]!;
    t.level = 3;
    const motifs = t.motifs as Record<string, unknown>[];
    delete motifs[0]!.libelle;
    motifs[1]!.libelle = '  ';
    expect(errorsOf(n)).toEqual([
      'nomenclature.thematiques[0].level : niveau 1 ou 2 attendu',
      'nomenclature.thematiques[0].motifs[0].libelle : texte attendu',
      'nomenclature.thematiques[0].motifs[1].libelle : texte non vide attendu',
    ]);
  });

  it('reports duplicate codes with both places, across depths', () => {
    const n = sample();
    const motifs = (n.thematiques as { motifs: { code: string }[] }[])[0]!.motifs;
    motifs[1]!.code = 'a1';
    expect(errorsOf(n)).toEqual([
      'nomenclature.thematiques[0].motifs[1].code : le code « a1 » est déjà utilisé par ' +
        'nomenclature.thematiques[0].motifs[0].sousMotifs[0].code',
    ]);
  });

  it('accepts the codes real forms use: underscores, digits, dots, capitals', () => {
    const n = sample();
    const t = (n.thematiques as Record<string, unknown>[])[0]!;
    const motifs = t.motifs as Record<string, unknown>[];
    t.code = 'gestion_des_menages';
    motifs[0]!.code = 'GDM.01';
    (motifs[0]!.sousMotifs as Record<string, unknown>[])[0]!.code = 'GDM.01.1';
    motifs[1]!.code = '3-2_b';
    expect(errorsOf(n)).toEqual([]);
  });

  it('rejects codes with spaces, accents or a leading separator, and unknown fields (typos in the JSON)', () => {
    for (const code of ['Fonctionnel Général', 'ménage', '.cache', '_x', '', 'a/b']) {
      const bad = sample();
      (bad.thematiques as Record<string, unknown>[])[0]!.code = code;
      expect(
        errorsOf(bad).some((e) => e.startsWith('nomenclature.thematiques[0].code : code attendu')),
      ).toBe(true);
    }
  });

  it('rejects codes that are not codes and unknown fields (typos in the JSON)', () => {
    const n = sample();
    const t = (n.thematiques as Record<string, unknown>[])[0]!;
    t.code = 'Fonctionnel Général';
    t.libele = 'faute de frappe';
    const errors = errorsOf(n);
    expect(errors).toContain('nomenclature.thematiques[0] : champ inconnu « libele »');
    expect(
      errors.some((e) => e.startsWith('nomenclature.thematiques[0].code : code attendu')),
    ).toBe(true);
  });

  it('rejects what is not a nomenclature at all, and an empty one', () => {
    expect(errorsOf('texte')).toEqual(['nomenclature : objet attendu']);
    expect(errorsOf({ thematiques: [] })).toEqual([
      'nomenclature.thematiques : au moins une thématique attendue',
    ]);
    expect(errorsOf({ thematiques: [{ code: 'x', libelle: 'X', motifs: 'y' }] })).toEqual([
      'nomenclature.thematiques[0].motifs : liste attendue',
    ]);
  });

  it('rejects an unknown page kind', () => {
    const n = sample();
    const motifs = (n.thematiques as { motifs: Record<string, unknown>[] }[])[0]!.motifs;
    motifs[0]!.pageKinds = ['fiche-inconnue'];
    const errors = errorsOf(n);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^nomenclature\.thematiques\[0\]\.motifs\[0\]\.pageKinds\[0\] : valeur inattendue \(attendu : accueil, /,
    );
  });
});
