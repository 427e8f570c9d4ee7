import { describe, expect, it } from 'vitest';
import { stem } from '../../utils/core/text/french';
import { compileSynonyms, normalize, searchStem } from '../../utils/core/search/normalize';
import { SYNONYMS } from '../../utils/core/search/synonyms';

describe('search normalisation', () => {
  it('folds case and accents, removes elisions and stop words, stems', () => {
    expect(normalize("L'Annulation des DEMANDES clôturées")).toEqual(['annul', 'demand', 'clotur']);
    expect(normalize('Bonjour, comment je fais svp ?')).toEqual([]);
  });

  it('gives the same tokens to what referents type and what articles write', () => {
    const same = (typed: string, written: string): void =>
      expect(normalize(typed), `${typed} / ${written}`).toEqual(normalize(written));
    same('mdp oublie', 'mot de passe oublié');
    same('MAB', "mise à l'abri");
    same('mise a l abri', "mise à l'abri");
    same('TS', 'travailleur social');
    same('les travailleurs sociaux', 'travailleur social');
    same('PJ', 'pièces justificatives');
    same('TDB', 'tableau de bord');
    same('famille', 'ménage');
    same('foyer', 'ménages');
    same('DI', "demande d'insertion");
    same('CHU', "centre d'hébergement d'urgence");
    same('se connecter', 'connexion');
    same('refuser', 'refus');
    same('modifier', 'modification');
    same('transfert', 'transférer');
  });

  it('keeps the status « à compléter » apart from the verb', () => {
    expect(normalize('demande « À compléter »')).toContain('acomplet');
    expect(normalize('DI a completer')).toContain('acomplet');
    expect(normalize('il a complété la fiche')).not.toContain('acomplet');
    expect(normalize('compléter la fiche')).not.toContain('acomplet');
  });

  it('does not turn « mot de passe » into the negation « pas »', () => {
    expect(stem('passe')).toBe('pas'); // the shared stemmer, unchanged
    expect(searchStem('passe')).not.toBe(searchStem('pas'));
    expect(normalize('ne fonctionne pas')).toContain('pas');
    expect(normalize('mot de passe')).not.toContain('pas');
  });

  it('keeps numbers, which name services and versions', () => {
    expect(normalize('appel au 115')).toContain('115');
    // One token: a bare « 2 » is a quantity, « niveau 2 » (or « N2 ») the national level.
    expect(normalize('niveau 2')).toEqual(normalize('N2'));
    expect(normalize('niveau 2')).not.toEqual(normalize('niveau 1'));
    expect(normalize('niveau 2')).not.toContain('2');
    expect(normalize('version 8.1')).toEqual(['version', '8', '1']);
  });

  it('applies a synonym table given as data', () => {
    const rules = compileSynonyms([{ canonical: 'ménage', forms: ['tribu'] }]);
    expect(rules.stems.get(searchStem('tribu'))?.[0]?.out).toEqual([searchStem('menage')]);
    expect(SYNONYMS.length).toBeGreaterThan(20);
  });
});
