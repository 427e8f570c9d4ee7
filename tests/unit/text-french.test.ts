import { describe, expect, it } from 'vitest';
import { fold, stem, tokenize, words } from '../../utils/core/text/french';

describe('french text', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Élève CŒUR ménage')).toBe('eleve coeur menage');
  });
  it('removes elisions with straight and curly apostrophes', () => {
    expect(words("l'usager d’insertion qu'il")).toEqual(['usager', 'insertion', 'il']);
  });
  it('folds plurals and verb forms to one stem', () => {
    const forms = ['annuler', 'annulée', 'annulation', 'annulations', 'annulé'];
    expect(new Set(forms.map((f) => stem(fold(f)))).size).toBe(1);
    expect(stem('fusionner')).toBe(stem('fusion'));
    expect(stem('menages')).toBe(stem('menage'));
    expect(stem('personnes')).toBe(stem('personne'));
  });
  it('keeps numbers and short words intact', () => {
    expect(stem('115')).toBe('115');
    expect(stem('chu')).toBe('chu');
  });
  it('drops stop words but keeps negations that carry meaning', () => {
    expect(tokenize("La demande ne s'affiche pas")).toEqual(['demand', 'affich', 'pas']);
  });
});
