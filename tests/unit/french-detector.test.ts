import { describe, expect, it } from 'vitest';
import { frenchReason, frenchTexts } from '../e2e/harness/french';

describe('the English walk’s French detector', () => {
  it('flags a French catalogue message, a run of its words, and sentences built elsewhere', () => {
    expect(frenchReason('Chargement…')).not.toBeNull();
    expect(frenchReason('Options — Assistant référent SI SIAO')).not.toBeNull();
    expect(frenchReason('La description est vide : dites ce qui s’est passé.')).not.toBeNull();
    expect(frenchReason('Aucun ID usager dans le brouillon')).not.toBeNull();
    expect(frenchReason('Fermer')).not.toBeNull(); // a catalogue word alone
    expect(frenchReason('Bonjour')).toBeNull(); // one word, in no catalogue: cannot tell
  });

  it('lets English, IDs, addresses and product names through', () => {
    for (const text of [
      'Loading…',
      'Household ID',
      '9100018',
      'referente.test@siao-demo.fr',
      'SI SIAO referent assistant',
      'The description is empty: say what the user wanted to do and what happened.',
    ]) {
      expect(frenchReason(text), text).toBeNull();
    }
  });

  it('says where each French text was seen', () => {
    expect(
      frenchTexts([
        { text: 'Loading…', where: 'p' },
        { text: 'Escalade envoyée', where: 'strong#x' },
      ]),
    ).toEqual(['strong#x: « Escalade envoyée » (the French word « envoyée »)']);
  });
});
