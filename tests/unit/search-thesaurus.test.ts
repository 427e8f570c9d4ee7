import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/core/search/normalize';
import { THESAURUS } from '../../utils/core/search/thesaurus';

/** The domain thesaurus: everyday phrasings meet the SI SIAO's words, common words stay put. */
describe('domain thesaurus', () => {
  const has = (text: string, meant: string): void =>
    expect(normalize(text), `${text} → ${meant}`).toEqual(expect.arrayContaining(normalize(meant)));

  it('maps everyday phrasings onto the vocabulary of the articles', () => {
    has('elle dort dans sa voiture', 'habitat précaire');
    has('hébergée chez des amis', 'tiers');
    has("n'a plus besoin de la demande", 'annuler');
    has('la famille part vivre à Lyon', 'transférer');
    has('2 fiches pour le même monsieur', 'doublon fiche');
    has('couper son accès au logiciel', 'désactiver compte');
    has('la page tourne en boucle', 'bloqué');
    has('les écrans ont changé', 'version nouveauté');
    has('place libre au CHRS', 'place vacante');
    has('maison relais', 'pension de famille');
  });

  it('leaves the words that articles use in another sense alone', () => {
    // « libre » alone is a free-text comment, « début » a start date, « tenter » a verb.
    expect(normalize('commentaire libre')).toContain('libr');
    expect(normalize('date de début')).not.toEqual(
      expect.arrayContaining(normalize('nouvel utilisateur')),
    );
    expect(normalize('il tente de se connecter')).not.toEqual(
      expect.arrayContaining(normalize('habitat précaire')),
    );
    // « logement » is never a login, « passe » never a password, a position never an orientation.
    expect(normalize('logement')).not.toContain('connexion');
    expect(normalize('rien ne se passe')).not.toContain('mot_de_pass');
    expect(normalize('changer la position du document')).not.toContain('orient');
  });

  it('keeps a phrase that repeats a meaningful word additive', () => {
    // The concept is added; the words the articles also index are kept.
    expect(normalize('changer de département')).toEqual(
      expect.arrayContaining(normalize('transférer département')),
    );
  });

  it('holds single words only where they are unambiguous', () => {
    for (const entry of THESAURUS)
      for (const form of entry.forms)
        expect(form.split(' ').length > 1 || form.length >= 3, form).toBe(true);
  });
});
