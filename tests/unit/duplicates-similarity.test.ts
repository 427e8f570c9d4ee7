import { describe, expect, it } from 'vitest';
import { textFeatures } from '../../utils/core/duplicates/features';
import { errorSignatures } from '../../utils/core/duplicates/signatures';
import { compareTexts, editDistance, fuzzyEqual } from '../../utils/core/duplicates/similarity';

const similar = (a: string, b: string) => compareTexts(textFeatures('', a), textFeatures('', b));

describe('description similarity: the same problem', () => {
  it.each([
    [
      "La demande n'apparaît plus dans le tableau de bord de la structure",
      'demande ne s affiche plus dans le tableau de bord de la structure',
    ],
    [
      "Les enfants du ménage n'apparaissent pas dans la composition familiale.",
      "l'enfant du menage n'apparait pas dans la composition familiale",
    ],
    [
      "LA PRÉCONISATION SAISIE PAR L'ÉVALUATEUR N'EST PAS VISIBLE",
      "la preconisation saisie par l'evaluateur n'est pas visible",
    ],
    [
      "La date de naissance de l'enfant est inversée avec celle de la mère",
      "celle de la mere et la date de naissance de l'enfant sont inversees",
    ],
    [
      "Impossible d'enregistrer l'orientation vers le dispositif",
      "imposible d'enregistrer l'orientaion vers le dispositf",
    ],
  ])('« %s » ≈ « %s »', (a, b) => {
    expect(similar(a, b).similar).toBe(true);
  });

  it('recognises the same error line whatever the words around it and the IDs in the path', () => {
    const s = similar(
      'Erreur 500 sur PUT /api/demandes/690004/statut quand on passe en cours',
      'Console : HTTP 500 sur PUT /api/demandes/12/statut',
    );
    expect(s).toMatchObject({ similar: true, why: 'erreur' });
  });

  it('recognises a copy with small edits', () => {
    const a =
      "L'adresse de domiciliation du ménage ne s'enregistre pas : après avoir cliqué sur Enregistrer, le champ redevient vide.";
    const s = similar(a, `${a.replace('ménage', 'menage')} Testé sur Firefox et Chrome.`);
    expect(s.similar).toBe(true);
  });
});

describe('description similarity: traps', () => {
  it.each([
    [
      "Bonjour, impossible d'annuler la demande du ménage sur le SI SIAO",
      "Bonjour, impossible d'ajouter une personne à la demande du ménage sur le SI SIAO",
    ],
    [
      'bonjour probleme sur la fiche menage impossible de modifier les ressources',
      'bonjour probleme sur la fiche menage impossible de supprimer une personne',
    ],
    [
      'La date de naissance de la personne est erronée et le champ est grisé',
      'La nationalité de la personne est erronée et le champ est grisé',
    ],
    [
      "Je me permets de vous contacter car un utilisateur rencontre un problème : il ne peut pas déclarer la sortie d'un ménage",
      "Je me permets de vous contacter car un utilisateur rencontre un problème : il ne reçoit pas le mail d'activation",
    ],
    ["Impossible d'ajouter une personne au ménage", 'impossible de retirer une personne du menage'],
    [
      "Le groupe de places n'apparaît pas dans la liste des orientations possibles",
      "La structure n'apparaît pas dans la liste des orientations possibles",
    ],
    [
      'Qui est concerné ? Utilisateur : ts@exemple.fr. Je souhaite ajouter des pièces justificatives.',
      'Qui est concerné ? Utilisateur : ts@exemple.fr. Je souhaite supprimer le commentaire existant.',
    ],
  ])('« %s » ≠ « %s »', (a, b) => {
    expect(similar(a, b).similar).toBe(false);
  });

  it('does not take two different error lines for the same', () => {
    expect(
      similar(
        'HTTP 500 sur PUT /api/demandes/1/statut',
        'HTTP 404 sur GET /api/demandes/1/historique',
      ).similar,
    ).toBe(false);
    expect(
      similar('HTTP 500 sur PUT /api/demandes/1/statut', 'HTTP 502 sur PUT /api/demandes/1/statut')
        .similar,
    ).toBe(false);
  });

  it('ignores case IDs written in the text', () => {
    const a = textFeatures('', 'ménage 912345 : impossible de fusionner', ['M912345']);
    expect([...a.tokens]).not.toContain('912345');
  });

  it('says nothing about empty texts', () => {
    expect(similar('', '').similar).toBe(false);
  });
});

describe('helpers', () => {
  it('extracts error signatures with normalised paths', () => {
    expect(errorSignatures('HTTP 500 sur PUT /api/demandes/511230/evaluation?x=1')).toEqual([
      'put /api/demandes/:id/evaluation#500',
    ]);
    expect(errorSignatures('code ERR_DEMANDE_VERROUILLEE')).toEqual([
      'code:err_demande_verrouillee',
    ]);
  });
  it('bounds the edit distance and matches misspelt stems', () => {
    expect(editDistance('orientaion', 'orientation', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(fuzzyEqual('dispositf', 'dispositif')).toBe(true);
    expect(fuzzyEqual('annul', 'ajout')).toBe(false);
  });
});
