import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, effectiveConfig, isLocked, type ConfigFile } from '../../utils/config';

const local: ConfigFile = {
  version: 1,
  language: 'en',
  addresses: {
    sisiao: ['https://formation.sisiao.example.fr'],
    knowledgeBase: 'https://kb.local.fr',
  },
  data: { historyRetentionDays: 30 },
  masking: { labels: ['Matricule'] },
};

describe('effectiveConfig (managed over local)', () => {
  it('uses the local settings when there is no policy', () => {
    const { config, lockedKeys, managedErrors } = effectiveConfig(local, {});
    expect(config.language).toBe('en');
    expect(config.addresses.knowledgeBase).toBe('https://kb.local.fr');
    expect(lockedKeys).toEqual([]);
    expect(managedErrors).toEqual([]);
    expect(effectiveConfig(local, undefined).config).toEqual(config);
  });

  it('lets a managed section win over the local one, and locks it', () => {
    const { config, lockedKeys } = effectiveConfig(local, {
      language: 'fr',
      masking: { labels: { set: ['Nom'] } },
    });
    expect(config.language).toBe('fr');
    expect(config.masking).toEqual({ labels: { set: ['Nom'] } });
    expect(lockedKeys).toEqual(['language', 'masking']);
  });

  it('locks addresses and data field by field, leaving the other fields to the person', () => {
    const { config, lockedKeys } = effectiveConfig(local, {
      addresses: { knowledgeBase: 'https://basedeconnaissances.sisiao.dihal.gouv.fr' },
      data: { screenshotRetentionDays: 2 },
    });
    expect(config.addresses).toEqual({
      sisiao: ['https://formation.sisiao.example.fr'],
      knowledgeBase: 'https://basedeconnaissances.sisiao.dihal.gouv.fr',
    });
    expect(config.data).toEqual({ historyRetentionDays: 30, screenshotRetentionDays: 2 });
    expect(lockedKeys).toEqual(['addresses.knowledgeBase', 'data.screenshotRetentionDays']);
    expect(isLocked(lockedKeys, 'addresses.knowledgeBase')).toBe(true);
    expect(isLocked(lockedKeys, 'addresses.sisiao')).toBe(false);
  });

  it('a locked section locks its fields', () => {
    expect(isLocked(['data'], 'data.departement')).toBe(true);
  });

  it('ignores a bad managed section, reports it, and still applies the good ones', () => {
    const { config, lockedKeys, managedErrors } = effectiveConfig(local, {
      language: 'de',
      data: { historyRetentionDays: 60 },
    });
    expect(config.language).toBe('en');
    expect(config.data.historyRetentionDays).toBe(60);
    expect(lockedKeys).toEqual(['data.historyRetentionDays']);
    expect(managedErrors).toEqual(['language : valeur inconnue « de » (attendu : fr, en)']);
  });

  it('falls back to the defaults under both', () => {
    expect(effectiveConfig({ version: 1 }, {}).config).toEqual(DEFAULT_CONFIG);
  });
});
