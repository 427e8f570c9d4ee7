import { describe, expect, it } from 'vitest';
import { DEFAULT_NOMENCLATURE as N } from '../../utils/core/nomenclature/default';
import {
  findByCode,
  findByLibelle,
  resolveSelection,
  selectionKbCategories,
  selectionLabel,
  selectionLevel,
  selectionNeedsUsager,
} from '../../utils/core/nomenclature/lookup';

const annulation = {
  thematique: 'gestion-des-demandes',
  motif: 'gestion-demande',
  sousMotif: 'annulation-demandes',
};

describe('nomenclature lookup', () => {
  it('finds an entry by code at any depth, with its ancestors', () => {
    const e = findByCode(N, 'annulation-demandes');
    expect(e?.depth).toBe('sousMotif');
    expect(e?.motif?.libelle).toBe('Gestion de la demande');
    expect(e?.thematique.code).toBe('gestion-des-demandes');
    expect(findByCode(N, 'gestion-demande')?.depth).toBe('motif');
    expect(findByCode(N, 'nope')).toBeNull();
  });

  it('finds by libellé whatever the accents, case, quotes and spacing', () => {
    expect(findByLibelle(N, 'gestion du MENAGE')?.motif?.code).toBe('gestion-menage');
    expect(findByLibelle(N, 'Demandes "a completer"')?.sousMotif?.code).toBe(
      'demandes-a-completer',
    );
    expect(findByLibelle(N, 'ajout / retrait de personne a une demande')?.sousMotif?.code).toBe(
      'ajout-retrait-personne-demande',
    );
    expect(findByLibelle(N, '   ')).toBeNull();
    expect(findByLibelle(N, 'Gestion')).toBeNull();
  });

  it('resolves a consistent selection and drops codes that do not belong', () => {
    const r = resolveSelection(N, annulation);
    expect(r.sousMotif?.libelle).toBe('Annulation des demandes');
    const wrong = resolveSelection(N, { ...annulation, thematique: 'assistance-technique' });
    expect(wrong.thematique?.code).toBe('assistance-technique');
    expect(wrong.motif).toBeNull();
    expect(wrong.sousMotif).toBeNull();
  });

  it('inherits level, usager requirement and KB categories from the nearest entry', () => {
    expect(selectionLevel(N, annulation)).toBe(1);
    expect(
      selectionLevel(N, { thematique: 'assistance-technique', motif: 'anomalie', sousMotif: null }),
    ).toBe(2);
    expect(selectionLevel(N, { thematique: null, motif: null, sousMotif: null })).toBeNull();
    expect(selectionNeedsUsager(N, annulation)).toBe(true);
    expect(
      selectionNeedsUsager(N, {
        thematique: 'acces-et-authentification',
        motif: 'compte-utilisateur',
        sousMotif: 'mot-de-passe-connexion',
      }),
    ).toBe(false);
    expect(selectionKbCategories(N, annulation)).toEqual(['gestion-des-demandes']);
    expect(selectionLabel(N, annulation)).toBe(
      'Gestion des demandes › Gestion de la demande › Annulation des demandes',
    );
  });
});
