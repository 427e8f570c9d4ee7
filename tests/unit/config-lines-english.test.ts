import { describe, expect, it } from 'vitest';
import { validateConfigFile } from '../../utils/config/validate';
import { configLineInEnglish } from '../../utils/i18n/config-en';
import { frenchReason } from '../e2e/harness/french';

/** Files a referent or an administrator may get wrong, one mistake (or a few) each. */
const WRONG: unknown[] = [
  { version: 1, language: 'de' },
  { version: 1, nomenclature: { thematiques: [{ code: 'x', libelle: 5, motifs: [] }] } },
  { version: 1, nomenclature: { thematiques: [] } },
  { version: 1, addresses: { knowledgeBase: 'pas une adresse' } },
  { version: 1, data: { departement: 'xx', historyRetentionDays: 'long' } },
  { version: 99 },
  { version: 'un' },
  { version: 1, detection: { api: [{ path: 'abc' }] } },
  { version: 1, masking: { labels: [1] } },
  { version: 1, masking: { mode: 'aucun' } },
  { version: 1, detection: { idPattern: '(a+)+' } },
  { version: 1, answerTemplates: [{ id: 'a', title: 'A', body: '{{inconnu}}' }] },
];

/** Files that load, with something to say. */
const WARNED: unknown[] = [
  { version: 1, foo: 1 },
  { version: 1, data: { bar: 1 } },
];

describe('configuration messages in English', () => {
  it('leaves no French in the errors of files that fail', () => {
    const lines = WRONG.flatMap((file) => {
      const checked = validateConfigFile(file);
      expect(checked.ok, JSON.stringify(file)).toBe(false);
      return checked.ok ? [] : checked.errors;
    });
    expect(lines.length).toBeGreaterThan(WRONG.length);
    const french = lines
      .map((line) => [line, configLineInEnglish(line)] as const)
      .filter(([, english]) => frenchReason(english) !== null)
      .map(([line, english]) => `${line} → ${english}`);
    expect(french).toEqual([]);
  });

  it('leaves no French in the warnings of files that load', () => {
    const lines = WARNED.flatMap((file) => {
      const checked = validateConfigFile(file);
      return checked.ok ? checked.warnings : [];
    });
    expect(lines).toHaveLength(2);
    expect(lines.map(configLineInEnglish).filter((l) => frenchReason(l) !== null)).toEqual([]);
  });

  it('keeps the path and the values, and leaves an unknown message as it is', () => {
    expect(configLineInEnglish('nomenclature.thematiques[0].libelle : texte attendu')).toBe(
      'nomenclature.thematiques[0].libelle: text expected',
    );
    expect(configLineInEnglish('data.x : trop long (30 caractères au plus)')).toBe(
      'data.x: too long (30 characters at most)',
    );
    expect(configLineInEnglish('Un message que personne ne connaît')).toBe(
      'Un message que personne ne connaît',
    );
  });
});
