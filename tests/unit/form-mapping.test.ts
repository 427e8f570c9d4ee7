import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORM_MAPPING,
  labelScore,
  nameMatches,
  normalizeLabel,
  resolveFormMapping,
} from '../../utils/sites/kb/form-mapping';

describe('nameMatches', () => {
  it('matches legacy and new-style names, case-, underscore- and dash-blind', () => {
    const { sousMotif, subject } = DEFAULT_FORM_MAPPING.fields;
    expect(nameMatches('TICKET.subject', subject.names)).toBe(true);
    expect(nameMatches('0-5/subject', subject.names)).toBe(true);
    expect(nameMatches('ticket.Sous-Motif', sousMotif.names)).toBe(true);
    expect(nameMatches('0-5/sousmotif', sousMotif.names)).toBe(true);
    expect(nameMatches('TICKET.subject_extra', subject.names)).toBe(false);
    expect(nameMatches('', subject.names)).toBe(false);
  });

  it('treats * as a wildcard and dots or slashes literally', () => {
    expect(nameMatches('TICKET.motif_siao', ['TICKET.motif_*'])).toBe(true);
    expect(nameMatches('TICKETxmotif', ['TICKET.motif'])).toBe(false);
    expect(nameMatches('0-5/motif', ['*/motif'])).toBe(true);
  });
});

describe('labelScore', () => {
  it('folds accents, case, punctuation and required markers', () => {
    expect(normalizeLabel('  Adresse E-mail * :')).toBe('adresse e mail');
    expect(labelScore('THÉMATIQUE *', ['Thématique'])).toBe(2);
    expect(labelScore('Captures d’écran', ["Captures d'écran"])).toBe(2);
  });

  it('accepts a label that starts with a synonym, not one that merely contains it', () => {
    expect(labelScore('Objet de votre demande', ['Objet'])).toBe(1);
    expect(labelScore('Sous-motif', ['Motif'])).toBe(0);
    expect(labelScore('Mon objet', ['Objet'])).toBe(0);
  });
});

describe('resolveFormMapping', () => {
  it('keeps a full valid mapping', () => {
    expect(resolveFormMapping(DEFAULT_FORM_MAPPING)).toEqual(DEFAULT_FORM_MAPPING);
  });

  it('merges a partial override field by field', () => {
    const mapping = resolveFormMapping({
      fields: { motif: { names: ['TICKET.raison'], labels: ['Raison'] } },
    });
    expect(mapping.fields.motif.names).toEqual(['TICKET.raison']);
    expect(mapping.fields.subject).toEqual(DEFAULT_FORM_MAPPING.fields.subject);
  });

  it('falls back to the defaults on anything unreadable', () => {
    expect(resolveFormMapping(null)).toBe(DEFAULT_FORM_MAPPING);
    expect(resolveFormMapping({ fields: { motif: { names: 'x' } } })).toBe(DEFAULT_FORM_MAPPING);
    expect(resolveFormMapping({ fields: { unknown: { names: [], labels: [] } } })).toBe(
      DEFAULT_FORM_MAPPING,
    );
  });
});
