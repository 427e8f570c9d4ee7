/**
 * The nomenclature the panel offers once the form was seen: the form's entries and codes, with
 * the shipped knowledge (level, categories, keywords) carried over by meaning, levels not yet seen
 * completed from the shipped list, and drafts' choices carried over to the form's codes.
 */
import { describe, expect, it } from 'vitest';
import { proposeMotif } from '../../utils/core/escalation/motif-proposal';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import {
  hasBorrowedEntries,
  nomenclatureFromObserved,
  translateSelection,
} from '../../utils/core/nomenclature/from-observed';
import { findByCode, selectionLevel } from '../../utils/core/nomenclature/lookup';
import { mergeObserved, type NomenclatureRead } from '../../utils/core/nomenclature/observed';
import { NomenclatureCodeSchema, type Nomenclature } from '../../utils/core/nomenclature/schema';
import { NATIONAL_FORM } from '../demo/nomenclature-for-demo';

const T0 = Date.UTC(2025, 11, 5, 9);
const opt = ({ code, libelle }: { code: string; libelle: string }) => ({
  value: code,
  label: libelle,
});

/** What one visit shows: every thématique, and the lists revealed under « Gestion des ménages ». */
function oneVisit(): NomenclatureRead[] {
  const menages = NATIONAL_FORM.thematiques[1]!;
  const gestion = menages.motifs![0]!;
  return [
    { level: 'thematique', options: NATIONAL_FORM.thematiques.map(opt) },
    { level: 'motif', thematique: opt(menages), options: menages.motifs!.map(opt) },
    {
      level: 'sousMotif',
      thematique: opt(menages),
      motif: opt(gestion),
      options: gestion.sousMotifs!.map(opt),
    },
  ];
}

const codesOf = (n: Nomenclature): string[] =>
  n.thematiques.flatMap((t) => [
    t.code,
    ...t.motifs.flatMap((m) => [m.code, ...m.sousMotifs.map((s) => s.code)]),
  ]);

describe('nomenclatureFromObserved', () => {
  const observed = mergeObserved(null, oneVisit(), T0)!;
  const n = nomenclatureFromObserved(observed, DEFAULT_NOMENCLATURE);

  it('offers the form’s thématiques, in its order, with its values as codes', () => {
    expect(n.thematiques.map((t) => t.libelle)).toEqual(
      NATIONAL_FORM.thematiques.map((t) => t.libelle),
    );
    expect(n.thematiques[1]!.code).toBe('gestion_des_menages');
    expect(n.thematiques[1]!.motifs.map((m) => m.code)).toEqual(['GDM.01', 'GDM.02']);
    const codes = codesOf(n);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !NomenclatureCodeSchema.safeParse(c).success)).toEqual([]);
  });

  it('carries the shipped knowledge over by meaning', () => {
    const menages = n.thematiques[1]!;
    expect(menages).toMatchObject({ level: 1, kbCategories: ['gestion-des-menages'] });
    expect(menages.motifs[0]).toMatchObject({
      libelle: 'Gestion du ménage',
      pageKinds: ['fiche-menage', 'fiche-personne'],
    });
    const fusion = findByCode(n, 'GDM.01.1')?.sousMotif;
    expect(fusion?.libelle).toBe('Fusion de personnes');
    expect(fusion?.keywords).toContain('fusionner');
    // « Formation continue du SI SIAO » is the shipped « Formation continue » (a synonym).
    expect(n.thematiques.find((t) => t.code === 'formation_continue')?.kbCategories).toEqual([
      'formation-continue',
    ]);
    // What the form has and the extension does not know stays, without knowledge.
    expect(n.thematiques.find((t) => t.code === 'autre_demande')).toMatchObject({
      libelle: 'Autre demande',
      motifs: [],
    });
  });

  it('completes a level not yet seen from the shipped list, marked provisional', () => {
    const demandes = n.thematiques[0]!;
    expect(demandes.motifs.map((m) => m.libelle)).toContain('Gestion de la demande');
    expect(demandes.motifs.every((m) => m.provisional)).toBe(true);
    expect(hasBorrowedEntries(n)).toBe(true);
  });

  it('still proposes a motif from the referent’s text, in the form’s codes', () => {
    const p = proposeMotif(n, { text: 'il faut fusionner deux personnes créées deux fois' });
    expect(p).toMatchObject({ thematique: 'gestion_des_menages', motif: 'GDM.01' });
    expect(p?.sousMotif).toBe('GDM.01.1');
  });

  it('lends knowledge across levels when the configured tree is organised otherwise', () => {
    const older: Nomenclature = {
      thematiques: [
        {
          code: 'assistance-fonctionnelle',
          libelle: 'Assistance fonctionnelle',
          level: 1,
          motifs: [
            {
              code: 'gestion-menage',
              libelle: 'Gestion du ménage',
              kbCategories: ['gestion-des-menages'],
              sousMotifs: [{ code: 'fusion-personnes', libelle: 'Fusion des personnes' }],
            },
          ],
        },
      ],
    };
    const seen = mergeObserved(null, [oneVisit()[0]!], T0)!;
    const m = nomenclatureFromObserved(seen, older).thematiques[1]!;
    expect(m).toMatchObject({ code: 'gestion_des_menages', level: 1 });
    expect(m.kbCategories).toEqual(['gestion-des-menages']);
    // Its motifs, not seen yet, are the configured motif's sous-motifs.
    expect(m.motifs.map((x) => x.libelle)).toEqual(['Fusion des personnes']);
  });
});

describe('translateSelection', () => {
  const n = nomenclatureFromObserved(mergeObserved(null, oneVisit(), T0)!, DEFAULT_NOMENCLATURE);

  it('carries a draft’s choice over to the form’s codes', () => {
    const shipped = {
      thematique: 'gestion-des-menages',
      motif: 'gestion-menage',
      sousMotif: 'fusion-personnes',
    };
    const carried = translateSelection(DEFAULT_NOMENCLATURE, n, shipped);
    expect(carried).toEqual({
      thematique: 'gestion_des_menages',
      motif: 'GDM.01',
      sousMotif: 'GDM.01.1',
    });
    expect(selectionLevel(n, carried)).toBe(1);
  });

  it('maps onto completed levels too, drops what the form lacks, leaves the unknown as it is', () => {
    const rgpd = { thematique: 'rgpd', motif: 'donnees-personnelles', sousMotif: null };
    // The form's « RGPD » motifs were not seen: the shipped one completes it, under its code.
    expect(translateSelection(DEFAULT_NOMENCLATURE, n, rgpd)).toEqual(rgpd);
    const anomalie = { thematique: 'assistance-technique', motif: 'anomalie', sousMotif: null };
    expect(translateSelection(DEFAULT_NOMENCLATURE, n, anomalie)).toEqual({
      thematique: null,
      motif: null,
      sousMotif: null,
    });
    const unknown = { thematique: 'nope', motif: null, sousMotif: null };
    expect(translateSelection(DEFAULT_NOMENCLATURE, n, unknown)).toBe(unknown);
  });
});
