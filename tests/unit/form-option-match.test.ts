import { describe, expect, it } from 'vitest';
import { distance, matchOption } from '../../utils/sites/kb/form-option-match';

const OPTIONS = [
  { value: 'gestion_des_demandes', label: 'Gestion des demandes' },
  { value: 'gestion_des_menages', label: 'Gestion des ménages' },
  { value: 'acces', label: 'Accès et authentification' },
  { value: 'ext', label: 'Extraction et données' },
];

describe('matchOption', () => {
  it('takes the option whose value is the code', () => {
    expect(matchOption(OPTIONS, { code: 'acces', libelle: 'autre chose' })?.value).toBe('acces');
  });

  it('matches the libellé accent-, case- and punctuation-blind', () => {
    expect(matchOption(OPTIONS, { code: 'X', libelle: 'GESTION DES MENAGES' })?.value).toBe(
      'gestion_des_menages',
    );
    expect(matchOption(OPTIONS, { code: 'X', libelle: 'Acces & authentification' })?.value).toBe(
      'acces',
    );
  });

  it('matches a code written differently from the value', () => {
    expect(matchOption(OPTIONS, { code: 'GESTION-DES-DEMANDES', libelle: '' })?.value).toBe(
      'gestion_des_demandes',
    );
  });

  it('tolerates a small spelling difference', () => {
    expect(matchOption(OPTIONS, { code: 'X', libelle: 'Extractions et donnée' })?.value).toBe(
      'ext',
    );
  });

  it('accepts a label that contains the libellé as whole words', () => {
    const options = [
      { value: '1', label: 'Demandes – Actualisation' },
      { value: '2', label: 'Demandes – Annulation' },
    ];
    expect(matchOption(options, { code: 'X', libelle: 'Actualisation' })?.value).toBe('1');
  });

  it('never guesses between equally close options', () => {
    expect(matchOption(OPTIONS, { code: 'X', libelle: 'Gestion des' })).toBeNull();
    expect(matchOption(OPTIONS, { code: 'X', libelle: 'Gestion' })).toBeNull();
  });

  it('returns null when nothing is close', () => {
    expect(matchOption(OPTIONS, { code: 'RGPD', libelle: 'RGPD' })).toBeNull();
    expect(matchOption([], { code: 'a', libelle: 'b' })).toBeNull();
  });
});

describe('distance', () => {
  it('counts edits', () => {
    expect(distance('menages', 'menage')).toBe(1);
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('', 'abc')).toBe(3);
  });
});
