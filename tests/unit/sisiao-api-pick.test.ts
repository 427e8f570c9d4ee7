import { describe, expect, it } from 'vitest';
import { pickApiFields, readLoginUser, wantsBody } from '../../utils/sites/sisiao/api-pick';

/** What the page-world script keeps of the SI SIAO's answers: two fields, nothing else. */
describe('the SI SIAO API as the page-world script reads it', () => {
  it('opens only the fiche identité and the connected user', () => {
    expect(wantsBody('/api/fiches/ficheIdentite/9100018')).toBe(true);
    expect(wantsBody('/api/login/user')).toBe(true);
    expect(wantsBody('/api/login/user/extra')).toBe(false);
    expect(wantsBody('/api/demandeInsertion/5500123')).toBe(false);
    expect(wantsBody('/api/personnes/search/findByCriteria')).toBe(false);
  });

  it('keeps the fiche type, cut short, and no other field of the fiche', () => {
    const body = { typefiche: 'MENAGE', nom: 'DUPONT', dateNaissance: '1980-01-01' };
    expect(pickApiFields('/api/fiches/ficheIdentite/1', body)).toEqual({ typefiche: 'MENAGE' });
    expect(pickApiFields('/api/fiches/ficheIdentite/1', { typefiche: 'X'.repeat(99) })).toEqual({
      typefiche: 'X'.repeat(40),
    });
    expect(pickApiFields('/api/demandeInsertion/1', body)).toEqual({});
    expect(pickApiFields('/api/fiches/ficheIdentite/1', null)).toEqual({});
  });

  it('reads the referent under the names similar APIs use, and only a real e-mail', () => {
    expect(
      pickApiFields('/api/login/user', {
        courriel: 'c.test@siao-test.fr',
        currentProfil: { label: ' Coordinateur SIAO ' },
        telephone: '0600000000',
      }),
    ).toEqual({ user: { email: 'c.test@siao-test.fr', profile: 'Coordinateur SIAO' } });
    expect(readLoginUser({ email: 'pas un courriel', login: 'd.test@siao-test.fr' })).toEqual({
      email: 'd.test@siao-test.fr',
      profile: null,
    });
    expect(readLoginUser({ email: 42, role: { nom: 'Référent' } })).toEqual({
      email: null,
      profile: 'Référent',
    });
    expect(readLoginUser([])).toEqual({ email: null, profile: null });
  });
});
