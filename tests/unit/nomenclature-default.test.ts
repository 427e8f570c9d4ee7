import { describe, expect, it } from 'vitest';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import data from '../../utils/core/nomenclature/default-nomenclature.json';
import { findByLibelle } from '../../utils/core/nomenclature/lookup';
import { parseNomenclature } from '../../utils/core/nomenclature/validate';
import manifest from '../demo/kb-corpus/manifest.json';

describe('default nomenclature', () => {
  it('is valid, codes unique', () => {
    const result = parseNomenclature(data);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('holds the motifs and sous-motifs the national team published', () => {
    const motifs = [
      'Gestion de la demande',
      'Gestion du ménage',
      'Formations liées à l’outil',
      'Compte utilisateur au SI SIAO',
      'Module offre',
      'Demande relevant du métier',
      'Extraction et données',
    ];
    for (const libelle of motifs)
      expect(findByLibelle(DEFAULT_NOMENCLATURE, libelle)?.depth).toBe('motif');
    const sousMotifs = [
      'Annulation des demandes',
      'Demandes « à compléter »',
      'Suivi des demandes',
      'Fusion des personnes',
      'Demande à mettre à jour',
      'Ajout/Retrait de personne à une demande',
    ];
    for (const libelle of sousMotifs) {
      expect(findByLibelle(DEFAULT_NOMENCLATURE, libelle)?.depth).toBe('sousMotif');
    }
  });

  it('sends anomalies to level 2 and functional questions to level 1', () => {
    const tech = findByLibelle(DEFAULT_NOMENCLATURE, 'Assistance technique');
    expect(tech?.thematique.level).toBe(2);
    const motifs = tech?.thematique.motifs.map((m) => m.libelle);
    expect(motifs).toContain('Anomalie / message d’erreur'.replace('’', "'"));
    expect(motifs).toContain('Lenteur / indisponibilité');
    expect(findByLibelle(DEFAULT_NOMENCLATURE, 'Gestion de la demande')?.thematique.level).toBe(1);
  });

  it('links only to knowledge-base categories that exist', () => {
    const slugs = new Set(manifest.categories.map((c) => c.slug));
    const used = DEFAULT_NOMENCLATURE.thematiques.flatMap((t) => [
      ...(t.kbCategories ?? []),
      ...t.motifs.flatMap((m) => [
        ...(m.kbCategories ?? []),
        ...m.sousMotifs.flatMap((s) => s.kbCategories ?? []),
      ]),
    ]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});
