import { describe, expect, it } from 'vitest';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import data from '../../utils/core/nomenclature/default-nomenclature.json';
import { findByCode, findByLibelle, libelleKey } from '../../utils/core/nomenclature/lookup';
import { parseNomenclature } from '../../utils/core/nomenclature/validate';
import manifest from '../demo/kb-corpus/manifest.json';

describe('default nomenclature', () => {
  it('is valid, codes unique', () => {
    const result = parseNomenclature(data);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is organised as the knowledge base: its thématiques are the national ones', () => {
    const thematiques = DEFAULT_NOMENCLATURE.thematiques.map((t) => t.libelle);
    expect(thematiques).toEqual(
      expect.arrayContaining([
        'Gestion des demandes',
        'Gestion des ménages',
        "Gestion de l'offre",
        'Accès et authentification',
        'Extraction et données',
        'RGPD',
        'Formation continue',
        'Référent SI SIAO',
      ]),
    );
    // The old guesses are gone; « Assistance technique » stays only as a local proposal.
    expect(thematiques).not.toContain('Assistance fonctionnelle (utilisation du SI SIAO)');
    expect(DEFAULT_NOMENCLATURE.thematiques.filter((t) => !t.provisional)).toHaveLength(8);
  });

  it('holds the motifs and sous-motifs the national team published', () => {
    const at = (depth: 'motif' | 'sousMotif') =>
      new Set(
        DEFAULT_NOMENCLATURE.thematiques.flatMap((t) =>
          t.motifs.flatMap((m) =>
            depth === 'motif'
              ? [libelleKey(m.libelle)]
              : m.sousMotifs.map((s) => libelleKey(s.libelle)),
          ),
        ),
      );
    const motifs = [
      'Gestion de la demande',
      'Gestion du ménage',
      'Formations liées à l’outil',
      'Compte utilisateur au SI SIAO',
      'Module offre',
      'Demande relevant du métier',
      'Extraction et données',
    ];
    for (const libelle of motifs) expect(at('motif')).toContain(libelleKey(libelle));
    const sousMotifs = [
      'Annulation des demandes',
      'Demandes « à compléter »',
      'Suivi des demandes',
      'Fusion des personnes',
      'Demande à mettre à jour',
      'Ajout/Retrait de personne à une demande',
    ];
    for (const libelle of sousMotifs) expect(at('sousMotif')).toContain(libelleKey(libelle));
  });

  it('places each published motif under the thématique of its domain', () => {
    const parent = (motif: string) => findByCode(DEFAULT_NOMENCLATURE, motif)?.thematique.libelle;
    expect(parent('gestion-demande')).toBe('Gestion des demandes');
    expect(parent('gestion-menage')).toBe('Gestion des ménages');
    expect(parent('module-offre')).toBe("Gestion de l'offre");
    expect(parent('compte-utilisateur')).toBe('Accès et authentification');
    expect(parent('formations-outil')).toBe('Formation continue');
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
