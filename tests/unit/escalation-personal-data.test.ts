import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../utils/core/escalation/personal-data';

const kinds = (text: string, allowedEmails: string[] = []) =>
  findPersonalData(text, { allowedEmails, currentYear: 2025 }).map((h) => h.kind);

describe('findPersonalData', () => {
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '01.23.45.67.89',
    '+33 6 12 34 56 78',
    '+33612345678',
    '0033 1 23 45 67 89',
    'tel: 07-12-34-56-78.',
  ])('finds the French phone number in « %s »', (text) => {
    expect(kinds(`Rappeler au ${text}`)).toEqual(['phone']);
  });

  it('leaves IDs, dates and short numbers alone', () => {
    expect(kinds('ménage 9100028, demande 4521, personne 123456789')).toEqual([]);
    expect(kinds('ID 061234567890 trop long pour un téléphone')).toEqual([]);
    expect(kinds('depuis le 12/03/2025 à 10h30')).toEqual([]);
  });

  it('finds e-mails except the allowed ones', () => {
    expect(kinds('écrire à jean.dupont@gmail.com')).toEqual(['email']);
    expect(kinds('mon adresse ref.siao@dept.gouv.fr', ['Ref.Siao@dept.gouv.fr'])).toEqual([]);
  });

  it('finds a NIR with or without spaces, checking its key', () => {
    expect(kinds('NIR 1 85 03 75 123 456 78')).toEqual([]); // wrong key
    expect(kinds('NIR 1 85 05 78 006 084 91')).toEqual(['nir']);
    expect(kinds('secu 185057800608491')).toEqual(['nir']);
    expect(kinds('numéro 2850578006084')).toEqual(['nir']); // 13 digits, no key
  });

  it('finds a name with a date of birth', () => {
    expect(kinds('Mme Martin née le 12/03/1985')).toEqual(['name-birthdate']);
    expect(kinds('DUPONT Jean, 04-07-1979')).toEqual(['name-birthdate']);
    expect(kinds('Jean DUPONT 1979-07-04 ne peut pas être ajouté')).toEqual(['name-birthdate']);
    expect(kinds('enfant né le 3 mars 2024')).toEqual(['name-birthdate']);
    expect(kinds('date de naissance : 12.03.85')).toEqual(['name-birthdate']);
  });

  it('does not take an appointment date or acronyms for a birth date', () => {
    expect(kinds('Mme Martin reçue le 12/03/2025')).toEqual([]);
    expect(kinds('SIAO CHRS 12/03/1985')).toEqual([]);
  });

  it('gives offsets in the original text', () => {
    const text = 'Téléphone : 06 12 34 56 78.';
    const [hit] = findPersonalData(text);
    expect(text.slice(hit?.start, hit?.end)).toBe('06 12 34 56 78');
  });
});
