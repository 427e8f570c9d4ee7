import { describe, expect, it } from 'vitest';
import { compileSafeWords, redactUnsafe, unsafeSpans } from '../../utils/core/privacy/safe-text';
import { DEFAULT_SAFE_WORDS } from '../../utils/sites/sisiao/safe-vocabulary';

const safe = compileSafeWords(DEFAULT_SAFE_WORDS, /^(?:[A-Z]{1,4}-?)?\d{1,20}$/u);
const hidden = (text: string, lenient = false) =>
  unsafeSpans(text, safe, lenient).map(([s, e]) => text.slice(s, e));

describe('unsafeSpans (strict)', () => {
  it('shows labels, IDs, statuses and versions', () => {
    for (const t of [
      'ID ménage : 9100234',
      'N° demande',
      'Statut de la demande : À compléter',
      'En attente d’orientation',
      'Version 8.3.0',
      'DEM-7700881',
    ])
      expect(hidden(t), t).toEqual([]);
  });

  it('hides a name next to safe words, as one piece', () => {
    expect(hidden('Fiche personne – DUPONT Marie', true)).toEqual(['DUPONT Marie']);
    expect(hidden('Dossier 9100234 DUPONT')).toEqual(['DUPONT']);
    expect(hidden('Dossier de Jean-Pierre de la Fontaine', true)).toEqual([
      'Jean-Pierre de la Fontaine',
    ]);
    // A longer value with anything unknown is prose: hidden whole, its label with it.
    const t = 'Personne : Jean-Pierre de la Fontaine';
    expect(hidden(t)).toEqual([t]);
  });

  it('hides free text whole, grammar words included', () => {
    const t = 'Monsieur dort dans sa voiture depuis trois semaines';
    expect(hidden(t)).toEqual([t]);
  });

  it('hides dates, phones, e-mails and small numbers in values', () => {
    expect(hidden('Né le 12/04/1987')).toEqual(['12/04/1987']);
    expect(hidden('06 12 34 56 78')).toEqual(['06 12 34 56 78']);
    expect(hidden('0612345678')).toEqual(['0612345678']);
    expect(hidden('Âge : 42')).toEqual(['42']);
  });
});

describe('unsafeSpans (lenient: the application speaking)', () => {
  it('keeps lower-case prose but not the names in it', () => {
    expect(hidden('Yasmina HADDAD a été ajoutée au ménage', true)).toEqual(['Yasmina HADDAD']);
    expect(
      hidden('Erreur : la demande ne peut pas être transmise, le champ est obligatoire.', true),
    ).toEqual([]);
  });

  it('never keeps an e-mail or a phone, even in lower case', () => {
    expect(hidden('Courriel envoyé à marie.dupont@gmail.com', true)).toEqual([
      'marie.dupont@gmail.com',
    ]);
    expect(hidden('rappeler le 06 12 34 56 78', true)).toEqual(['06 12 34 56 78']);
  });

  it('keeps small numbers of a pager or a button', () => {
    expect(hidden('Page 2 sur 14', true)).toEqual([]);
  });
});

describe('redactUnsafe', () => {
  it('replaces each unsafe piece, keeps the rest', () => {
    expect(redactUnsafe('Clic sur « DUPONT Marie »', safe, true)).toBe('Clic sur « [masqué] »');
    expect(redactUnsafe('Enregistrer', safe, true)).toBe('Enregistrer');
  });
});
