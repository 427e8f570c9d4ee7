import { describe, expect, it } from 'vitest';
import { migrateConfig } from '../../utils/config/migrations';
import { migrateV0toV1 } from '../../utils/config/migrations/v0-to-v1';
import { validateConfigFile } from '../../utils/config';

describe('settings migration 0 → 1', () => {
  it('moves the flat addresses into addresses', () => {
    expect(
      migrateV0toV1({
        sisiaoUrls: ['https://formation.sisiao.example.fr'],
        kbUrl: 'https://kb.example.fr',
      }),
    ).toEqual({
      version: 1,
      addresses: {
        sisiao: ['https://formation.sisiao.example.fr'],
        knowledgeBase: 'https://kb.example.fr',
      },
    });
  });

  it('keeps a missing key missing (its default applies) and carries other keys to be reported', () => {
    expect(migrateV0toV1({ kbUrl: 'https://kb.example.fr', theme: 'dark' })).toEqual({
      version: 1,
      theme: 'dark',
      addresses: { knowledgeBase: 'https://kb.example.fr' },
    });
  });

  it('does not modify its input', () => {
    const old = { sisiaoUrls: ['https://a.fr'], kbUrl: 'https://kb.fr' };
    migrateV0toV1(old);
    expect(old).toEqual({ sisiaoUrls: ['https://a.fr'], kbUrl: 'https://kb.fr' });
  });

  it('is chosen for a document with the old keys and no version, and the result validates', () => {
    const migrated = migrateConfig({ sisiaoUrls: ['https://a.fr'], kbUrl: 'https://kb.fr' });
    expect(migrated.ok && migrated.from).toBe(0);
    const checked = validateConfigFile({ sisiaoUrls: ['https://a.fr/x'], kbUrl: 'https://kb.fr' });
    expect(checked).toEqual({
      ok: true,
      config: {
        version: 1,
        addresses: { sisiao: ['https://a.fr'], knowledgeBase: 'https://kb.fr' },
      },
      warnings: ['configuration de version 0 convertie en version 1'],
    });
  });

  it('names the new key when an old value was wrong', () => {
    const checked = validateConfigFile({ sisiaoUrls: 'https://a.fr' });
    expect(!checked.ok && checked.errors).toEqual(['addresses.sisiao : liste attendue']);
  });

  it('leaves a current document alone', () => {
    const migrated = migrateConfig({ version: 1, language: 'en' });
    expect(migrated).toEqual({
      ok: true,
      value: { version: 1, language: 'en' },
      from: 1,
      warnings: [],
    });
  });
});
