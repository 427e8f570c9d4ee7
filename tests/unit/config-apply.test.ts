import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  applyConfigImport,
  applySettingChange,
  resetSection,
  resolveConfig,
  type ConfigFile,
} from '../../utils/config';

const current: ConfigFile = {
  version: 1,
  language: 'en',
  addresses: { sisiao: ['https://sisiao.dihal.gouv.fr', 'https://formation.sisiao.example.fr'] },
  data: { historyRetentionDays: 90, departement: '2A' },
};

describe('applyConfigImport', () => {
  it('changes nothing when any part of the file is wrong (atomic)', () => {
    const before = structuredClone(current);
    const result = applyConfigImport(current, {
      version: 1,
      language: 'fr',
      addresses: { knowledgeBase: 'https://kb.example.fr' },
      data: { historyRetentionDays: 'six mois' },
    });
    expect(result).toEqual({ ok: false, errors: ['data.historyRetentionDays : nombre attendu'] });
    expect(current).toEqual(before);
  });

  it('replaces the sections the file sets and keeps the others', () => {
    const result = applyConfigImport(current, {
      version: 1,
      language: 'fr',
      data: { screenshotRetentionDays: 3 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.language).toBe('fr');
    expect(result.config.addresses).toEqual(current.addresses);
    // A section in the file replaces the stored one as a whole: the file is the reference.
    expect(result.config.data).toEqual({ screenshotRetentionDays: 3 });
  });

  it('passes the warnings on (unknown keys, old version)', () => {
    const result = applyConfigImport(current, { sisiaoUrls: ['https://a.fr'], color: 'blue' });
    expect(result.ok && result.warnings).toEqual([
      'configuration de version 0 convertie en version 1',
      'clé inconnue ignorée : color',
    ]);
    expect(result.ok && result.config.addresses?.sisiao).toEqual(['https://a.fr']);
  });

  it('does not store the $schema hint of the file', () => {
    const result = applyConfigImport(current, { $schema: './config.schema.json', version: 1 });
    expect(result.ok && result.config).toEqual(current);
  });
});

describe('applySettingChange', () => {
  it('sets one field with the same validation as an import', () => {
    const ok = applySettingChange(current, 'data.screenshotRetentionDays', 14);
    expect(ok.ok && ok.config.data).toEqual({
      historyRetentionDays: 90,
      departement: '2A',
      screenshotRetentionDays: 14,
    });
    const bad = applySettingChange(current, 'addresses.knowledgeBase', 'javascript:alert(1)');
    expect(bad).toEqual({ ok: false, errors: ['addresses.knowledgeBase : adresse invalide'] });
  });

  it('sets a whole section', () => {
    const result = applySettingChange(current, 'masking', { labels: ['Matricule'] });
    expect(result.ok && result.config.masking).toEqual({ labels: ['Matricule'] });
  });
});

describe('resetSection', () => {
  it('removes a section so that its default applies again', () => {
    const next = resetSection(current, 'language');
    expect(next).not.toHaveProperty('language');
    expect(resolveConfig(next).language).toBe(DEFAULT_CONFIG.language);
    expect(current.language).toBe('en');
  });

  it('resets one field and keeps its siblings', () => {
    const next = resetSection(current, 'data.historyRetentionDays');
    expect(next.data).toEqual({ departement: '2A' });
    expect(resolveConfig(next).data).toEqual({
      historyRetentionDays: 180,
      screenshotRetentionDays: 7,
      departement: '2A',
    });
  });

  it('drops a field section left empty', () => {
    expect(
      resetSection(
        { version: 1, addresses: { knowledgeBase: 'https://kb.fr' } },
        'addresses.knowledgeBase',
      ),
    ).toEqual({
      version: 1,
    });
  });
});
