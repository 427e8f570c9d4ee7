import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  exportConfig,
  resolveConfig,
  validateConfigFile,
} from '../../utils/config';

const nomenclature = (motif: Record<string, unknown>) => ({
  thematiques: [{ code: 't', libelle: 'Thème', motifs: [{ code: 'm', libelle: 'Motif' }, motif] }],
});

/** Bad files, each with the French line the person must see (≥ 15, one per kind of mistake). */
const BAD: [string, unknown, string][] = [
  ['not an object', ['a'], 'configuration : objet JSON attendu ({ ... })'],
  [
    'a newer version',
    { version: 2 },
    "version : version 2 inconnue (cette extension lit jusqu'à la version 1) ; mettez l'extension à jour",
  ],
  ['version as text', { version: '1' }, 'version : nombre entier attendu'],
  [
    'unknown language',
    { version: 1, language: 'de' },
    'language : valeur inconnue « de » (attendu : fr, en)',
  ],
  [
    'ftp address',
    { version: 1, addresses: { sisiao: ['ftp://x.fr'] } },
    'addresses.sisiao[0] : adresse invalide',
  ],
  [
    'plain http outside loopback',
    { version: 1, addresses: { knowledgeBase: 'http://kb.example.fr' } },
    'addresses.knowledgeBase : adresse invalide',
  ],
  [
    'address as a number',
    { version: 1, addresses: { knowledgeBase: 12 } },
    'addresses.knowledgeBase : texte attendu',
  ],
  [
    'addresses not a list',
    { version: 1, addresses: { sisiao: 'https://a.fr' } },
    'addresses.sisiao : liste attendue',
  ],
  [
    'motif libelle as a number',
    { version: 1, nomenclature: nomenclature({ code: 'x', libelle: 3 }) },
    'nomenclature.thematiques[0].motifs[1].libelle : texte attendu',
  ],
  [
    'motif without libelle',
    { version: 1, nomenclature: nomenclature({ code: 'x' }) },
    'nomenclature.thematiques[0].motifs[1].libelle : obligatoire',
  ],
  [
    'duplicate nomenclature code',
    { version: 1, nomenclature: nomenclature({ code: 'm', libelle: 'Encore' }) },
    'nomenclature.thematiques[0].motifs[1].code : le code « m » est déjà utilisé par nomenclature.thematiques[0].motifs[0].code',
  ],
  [
    'thématique without motifs',
    { version: 1, nomenclature: { thematiques: [{ code: 't', libelle: 'T', motifs: [] }] } },
    'nomenclature.thematiques[0].motifs : au moins un motif attendu',
  ],
  [
    'label not text in a list patch',
    { version: 1, detection: { volet: { labels: [1] } } },
    'detection.volet.labels[0] : texte attendu',
  ],
  [
    'broken regular expression',
    { version: 1, detection: { idPattern: '(' } },
    'detection.idPattern : expression régulière invalide',
  ],
  [
    'API path without slash',
    { version: 1, detection: { api: { set: [{ name: 'x', path: 'menages' }] } } },
    'detection.api.set[0].path : chemin attendu, commençant par « / »',
  ],
  [
    'retention as text',
    { version: 1, data: { historyRetentionDays: '180' } },
    'data.historyRetentionDays : nombre attendu',
  ],
  [
    'retention not whole',
    { version: 1, data: { historyRetentionDays: 1.5 } },
    'data.historyRetentionDays : nombre entier attendu',
  ],
  [
    'retention zero',
    { version: 1, data: { screenshotRetentionDays: 0 } },
    'data.screenshotRetentionDays : trop petit (1 au moins)',
  ],
  [
    'unknown département',
    { version: 1, data: { departement: '99' } },
    'data.departement : numéro de département attendu (ex. « 75 », « 2A », « 974 »)',
  ],
  [
    'no answer template',
    { version: 1, answerTemplates: [] },
    'answerTemplates : liste vide : au moins un élément attendu',
  ],
  [
    'unknown placeholder',
    { version: 1, answerTemplates: [{ id: 'a', label: 'A', body: 'Bonjour {{nom}}' }] },
    'answerTemplates[0].body : seuls {{prenom}}, {{titre}}, {{lien}}, {{section}}, {{signature}} sont remplacés',
  ],
  [
    'label too long',
    { version: 1, answerTemplates: [{ id: 'a', label: 'x'.repeat(81), body: 'b' }] },
    'answerTemplates[0].label : trop long (80 caractères au plus)',
  ],
  [
    'duplicate template id',
    {
      version: 1,
      answerTemplates: [
        { id: 'a', label: 'A', body: 'b' },
        { id: 'a', label: 'B', body: 'c' },
      ],
    },
    'answerTemplates[1].id : identifiant « a » en double',
  ],
  [
    'form rule missing labels',
    { version: 1, form: { fields: { email: { names: ['mail'] } } } },
    'form.fields.email.labels : obligatoire',
  ],
  [
    'masking flag as text',
    { version: 1, masking: { maskContactsEverywhere: 'oui' } },
    'masking.maskContactsEverywhere : true ou false attendu',
  ],
  [
    'too many SI SIAO addresses',
    { version: 1, addresses: { sisiao: Array.from({ length: 21 }, (_, i) => `https://s${i}.fr`) } },
    "addresses.sisiao : trop d'éléments (20 au plus)",
  ],
];

describe('validateConfigFile', () => {
  it.each(BAD)('rejects %s with its French message', (_name, file, message) => {
    const result = validateConfigFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });

  it('reports every error of a file at once, not the first only', () => {
    const result = validateConfigFile({
      version: 1,
      language: 'de',
      data: { historyRetentionDays: -1 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(2);
  });

  it('accepts a nomenclature with the form’s real codes (underscores, dots, digits)', () => {
    const file = {
      version: 1,
      nomenclature: {
        thematiques: [
          {
            code: 'gestion_des_menages',
            libelle: 'Gestion des ménages',
            motifs: [
              {
                code: 'GDM.01',
                libelle: 'Gestion du ménage',
                sousMotifs: [{ code: 'GDM.01.1', libelle: 'Fusion de personnes' }],
              },
              { code: '2025_04', libelle: 'Autre', synonyms: ['Divers'] },
            ],
          },
        ],
      },
    };
    const result = validateConfigFile(file);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('accepts a file with only a version: every section is the default', () => {
    const result = validateConfigFile({ version: 1 });
    expect(result).toEqual({ ok: true, config: { version: 1 }, warnings: [] });
    if (result.ok) expect(resolveConfig(result.config)).toEqual(DEFAULT_CONFIG);
  });

  it('accepts the exported defaults as they are (the round trip of Exporter / Importer)', () => {
    const result = validateConfigFile(JSON.parse(JSON.stringify(exportConfig(DEFAULT_CONFIG))));
    expect(result.ok && result.warnings).toEqual([]);
    if (result.ok) expect(resolveConfig(result.config)).toEqual(DEFAULT_CONFIG);
  });

  it('normalises addresses to origins', () => {
    const result = validateConfigFile({
      version: 1,
      addresses: {
        sisiao: ['formation.sisiao.example.fr/login'],
        knowledgeBase: 'https://kb.example.fr/',
      },
    });
    expect(result.ok && result.config.addresses).toEqual({
      sisiao: ['https://formation.sisiao.example.fr'],
      knowledgeBase: 'https://kb.example.fr',
    });
  });

  it('reports unknown keys as warnings, drops them, and keeps the rest', () => {
    const result = validateConfigFile({
      $schema: './config.schema.json',
      version: 1,
      futureSection: { x: 1 },
      data: { historyRetentionDays: 90, purgeAt: '03:00' },
      form: { fields: { emial: { names: [], labels: [] } } },
      detection: { ids: { menageId: { labelz: ['ID'] } } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'clé inconnue ignorée : futureSection',
        'clé inconnue ignorée : data.purgeAt',
        'clé inconnue ignorée : form.fields.emial',
        'clé inconnue ignorée : detection.ids.menageId.labelz',
      ]),
    );
    expect(result.config.data).toEqual({ historyRetentionDays: 90 });
    expect(result.config).not.toHaveProperty('futureSection');
  });

  it('takes a file without version as current, and says so', () => {
    const result = validateConfigFile({ language: 'en' });
    expect(result.ok && result.warnings).toEqual(['version absente : version 1 supposée']);
  });

  it('rejects a detection patch whose merge exceeds the limits', () => {
    const labels = Array.from({ length: 100 }, (_, i) => `Libellé ${i}`);
    const result = validateConfigFile({ version: 1, detection: { listWords: labels } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/detection\.listWords/);
  });
});
