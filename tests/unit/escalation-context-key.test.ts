import { describe, expect, it } from 'vitest';
import {
  contextKeyInTicket,
  contextKeyOf,
  describeContextKey,
} from '../../utils/core/escalation/context-key';
import { say, setLanguage } from '../../utils/i18n';

describe('contextKeyOf', () => {
  it('prefers the demande, then the ménage, then the personne', () => {
    expect(contextKeyOf({ demandeId: '4521', menageId: '91', personneId: '7' })).toBe(
      'demande:4521',
    );
    expect(contextKeyOf({ demandeId: null, menageId: '91', personneId: '7' })).toBe('menage:91');
    expect(contextKeyOf({ demandeId: '  ', menageId: null, personneId: '7' })).toBe('personne:7');
  });

  it('falls back to sans-contexte', () => {
    expect(contextKeyOf({ demandeId: null, menageId: null, personneId: null })).toBe(
      'sans-contexte',
    );
    expect(contextKeyOf({})).toBe('sans-contexte');
  });

  it('reads back as a French label for the list of drafts', () => {
    expect(say(describeContextKey('demande:4521'))).toBe('Demande 4521');
    expect(say(describeContextKey('menage:91'))).toBe('Ménage 91');
    expect(say(describeContextKey('personne:7'))).toBe('Personne 7');
    expect(say(describeContextKey('sans-contexte'))).toBe('Sans contexte');
  });

  it('reads the same in the ticket, in French whatever the interface language', async () => {
    await setLanguage('en');
    try {
      expect(say(describeContextKey('menage:91'))).toBe('Household 91');
      expect(contextKeyInTicket('menage:91')).toBe('Ménage 91');
      expect(contextKeyInTicket('sans-contexte')).toBe('Sans contexte');
    } finally {
      setLanguage('fr');
    }
  });
});
