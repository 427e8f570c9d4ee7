import { describe, expect, it } from 'vitest';
import type { PageKind, TechSignal } from '../../utils/core/context';
import { proposeMotif, rankMotifs } from '../../utils/core/escalation/motif-proposal';
import { DEFAULT_NOMENCLATURE as N } from '../../utils/core/nomenclature/default';
import { parseNomenclature } from '../../utils/core/nomenclature/validate';

type Case = [text: string, pageKind: PageKind | null, motif: string, sousMotif: string | null];

// Phrasings as referents write them: no accents, typos, abbreviations (DI, mdp, TS).
const CASES: Case[] = [
  ['Le ménage veut annuler sa demande', 'fiche-demande', 'gestion-demande', 'annulation-demandes'],
  ['anuler une DI faite par erreur', null, 'gestion-demande', 'annulation-demandes'],
  [
    'la TS veut supprimer la demande faite en double',
    null,
    'gestion-demande',
    'annulation-demandes',
  ],
  ['comment annulé une demande d hebergement', null, 'gestion-demande', 'annulation-demandes'],
  ['il faut fusionner deux personnes', null, 'gestion-menage', 'fusion-personnes'],
  ['meme personne cree deux fois', null, 'gestion-menage', 'fusion-personnes'],
  [
    'deux fiches pour le meme monsieur, les regrouper',
    'fiche-personne',
    'gestion-menage',
    'fusion-personnes',
  ],
  ['fusioner 2 familles', null, 'gestion-menage', 'composition-menage'],
  ['mdp oublie', null, 'compte-utilisateur', 'mot-de-passe-connexion'],
  [
    'je narrive plus a me connecter mot de pase',
    null,
    'compte-utilisateur',
    'mot-de-passe-connexion',
  ],
  ['compte verouille apres 5 essais', null, 'compte-utilisateur', 'mot-de-passe-connexion'],
  ['Compte bloqué', null, 'compte-utilisateur', 'mot-de-passe-connexion'],
  [
    'ouvrir un compte pour un nouveau TS',
    null,
    'compte-utilisateur',
    'creation-desactivation-compte',
  ],
  ['DI reste a completer', null, 'gestion-demande', 'demandes-a-completer'],
  ['elle ne sait pas ou en est sa demande', null, 'gestion-demande', 'suivi-demandes'],
  ['DI va expirer comment la prolonger', null, 'gestion-demande', 'demande-a-mettre-a-jour'],
  ['retirer l enfant de la demande', null, 'gestion-demande', 'ajout-retrait-personne-demande'],
  ['ajouter le conjoint dans la DI', null, 'gestion-demande', 'ajout-retrait-personne-demande'],
  ['export excel colonnes vides', null, 'extraction-donnees', 'extractions'],
  ['declarer une place vacante en CHRS', null, 'module-offre', 'places-disponibilites'],
  ["s'inscrire a une formation", null, 'formations-outil', 'sessions-formation'],
  ["message d'erreur quand je valide la demande", null, 'anomalie', 'erreur-enregistrement'],
  ['ça plante quand je clique sur annuler la demande', 'fiche-demande', 'anomalie', null],
  ['ecran blanc apres connexion', null, 'anomalie', 'affichage'],
  ['le SI SIAO ne repond plus depuis 9h', null, 'lenteur-indisponibilite', null],
  ['La page met 2 minutes à charger', null, 'lenteur-indisponibilite', null],
  [
    'Mot de passe expiré, le lien de réinitialisation ne marche pas',
    null,
    'compte-utilisateur',
    'mot-de-passe-connexion',
  ],
];

describe('proposeMotif', () => {
  it.each(CASES)('« %s » (%s) → %s / %s', (text, pageKind, motif, sousMotif) => {
    const p = proposeMotif(N, { text, pageKind });
    expect(p).not.toBeNull();
    expect([p?.motif, p?.sousMotif]).toEqual([motif, sousMotif]);
    expect(p?.confidence).toBeGreaterThan(0);
    expect(p?.confidence).toBeLessThanOrEqual(1);
  });

  it('puts an HTTP 500 under Assistance technique, the functional reading second', () => {
    const signals: TechSignal[] = [
      { at: 1, kind: 'http', method: 'POST', path: '/api/x', status: 500 },
    ];
    const ranked = rankMotifs(N, {
      text: 'annuler la demande',
      pageKind: 'fiche-demande',
      signals,
    });
    expect(ranked[0]).toMatchObject({ thematique: 'assistance-technique', motif: 'anomalie' });
    expect(ranked[0]?.reasons).toContain('erreur HTTP 500 sur POST /api/x captée');
    expect(ranked[1]).toMatchObject({ motif: 'gestion-demande', sousMotif: 'annulation-demandes' });
  });

  it('uses the page kind alone, with a low confidence', () => {
    const p = proposeMotif(N, { text: '', pageKind: 'fiche-demande' });
    expect(p).toMatchObject({ motif: 'gestion-demande', sousMotif: null });
    expect(p?.confidence).toBeLessThan(0.5);
  });

  it('proposes nothing when nothing points anywhere', () => {
    expect(proposeMotif(N, { text: 'Bonjour, merci', pageKind: 'accueil' })).toBeNull();
    expect(proposeMotif(N, { text: '' })).toBeNull();
  });

  it('is more confident with a clear text than with a vague one', () => {
    const clear = proposeMotif(N, { text: 'annuler la demande, motif d annulation doublon' });
    const vague = proposeMotif(N, { text: 'souci sur une demande' });
    expect(clear?.confidence ?? 0).toBeGreaterThan(vague?.confidence ?? 0);
  });

  it('proposes from a replaced nomenclature’s own keywords', () => {
    const custom = parseNomenclature({
      thematiques: [
        {
          code: 'fonctionnel',
          libelle: 'Fonctionnel',
          motifs: [
            { code: 'hotel', libelle: 'Nuitées hôtelières', keywords: ['hôtel', 'nuitée'] },
            { code: 'autre', libelle: 'Autre' },
          ],
        },
      ],
    });
    if (!custom.ok) throw new Error(custom.errors.join('\n'));
    expect(
      proposeMotif(custom.nomenclature, { text: 'prolonger les nuitees a l hotel' }),
    ).toMatchObject({ motif: 'hotel', sousMotif: null });
  });
});
