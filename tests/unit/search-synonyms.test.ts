import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/core/search/normalize';
import { SYNONYMS } from '../../utils/core/search/synonyms';

describe('synonym and abbreviation table', () => {
  it('covers the words referents and users really type', () => {
    const expected: [string, string][] = [
      ['mdp', 'mot de passe'],
      ['ts', 'travailleur social'],
      ['di', "demande d'insertion"],
      ['mab', "mise à l'abri"],
      ['tdb', 'tableau de bord'],
      ['pj', 'pièces justificatives'],
      ['famille', 'ménage'],
      ['foyer', 'ménage'],
      ['samu social', '115'],
      ['centre hebergement urgence', 'chu'],
      ['centre de reinsertion', 'chrs'],
      ['n2', 'niveau 2'],
      ['bug', 'anomalie'],
      ['preco', 'préconisation'],
    ];
    for (const [typed, meant] of expected)
      expect(normalize(typed), typed).toEqual(normalize(meant));
  });

  it('keeps acronyms that articles use themselves', () => {
    for (const acronym of ['115', 'CHRS', 'CHU', 'SIAO'])
      expect(normalize(acronym), acronym).toHaveLength(1);
    expect(normalize("centre d'hébergement et de réinsertion sociale")).toEqual(normalize('CHRS'));
  });

  it('has well-formed entries: no empty form, no form claimed by two entries', () => {
    const owner = new Map<string, string>();
    for (const entry of SYNONYMS) {
      expect(normalize(entry.canonical).length, entry.canonical).toBeGreaterThan(0);
      for (const form of entry.forms) {
        expect(form.trim(), entry.canonical).not.toBe('');
        const key = form.toLowerCase();
        expect(
          owner.get(key),
          `${form} is in ${owner.get(key)} and ${entry.canonical}`,
        ).toBeUndefined();
        owner.set(key, entry.canonical);
      }
    }
  });

  it('rewrites every form to its canonical tokens', () => {
    for (const entry of SYNONYMS) {
      for (const form of entry.forms) {
        // Exact entries output raw words, analysed afterwards: « a completer » → complet + status
        // (the status word, typed alone, is itself rewritten: the canonical is not a fixed point).
        const expected =
          entry.exact && entry.canonical.includes('acompleter')
            ? ['complet', 'acomplet']
            : normalize(entry.canonical);
        expect(normalize(form), `${form} → ${entry.canonical}`).toEqual(expected);
      }
    }
  });
});
