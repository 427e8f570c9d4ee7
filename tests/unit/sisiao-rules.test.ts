import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { detectContext } from '../../utils/sites/sisiao/detect';
import { DetectionRulesSchema, mergeDetectionRules } from '../../utils/sites/sisiao/rules';
import { canonLabel } from '../../utils/sites/sisiao/label-text';

function dom(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('detection rules', () => {
  it('defaults are valid data', () => {
    expect(DetectionRulesSchema.safeParse(DEFAULT_DETECTION_RULES).success).toBe(true);
  });

  it('folds label variants to one key', () => {
    const k = canonLabel('ID demande');
    for (const v of [
      'N° de demande',
      'Numéro de la demande :',
      'Demande nº',
      'IDENTIFIANT DEMANDE',
    ])
      expect(canonLabel(v)).toBe(k);
    expect(canonLabel('Ancien ID demande')).not.toBe(k);
  });

  it('adds labels, attributes and custom rules from a patch', () => {
    const r = mergeDetectionRules({
      ids: { menageId: { labels: ['Réf. foyer'], attributes: ['data-foyer'] } },
      custom: [
        {
          name: 'demande-badge',
          field: 'demandeId',
          selector: '.badge-demande',
          pattern: 'D-(\\d+)',
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rules.ids.menageId.labels).toContain('ID ménage');
    const doc = dom('<p>Réf. foyer : 9100018</p><span class="badge-demande">D-5500123</span>');
    expect(detectContext(doc, 'https://s.test/app', r.rules)).toMatchObject({
      menageId: '9100018',
      demandeId: '5500123',
      found: { menageId: 'label', demandeId: 'rule:demande-badge' },
    });
  });

  it('replaces a list with { set }', () => {
    const r = mergeDetectionRules({ ids: { menageId: { labels: { set: ['Foyer'] } } } });
    expect(r.ok && r.rules.ids.menageId.labels).toEqual(['Foyer']);
  });

  it.each([
    [{ ids: { menageId: { labelz: ['x'] } } }, '« detection.ids.menageId.labelz » : clé inconnue'],
    [{ ids: { menage: {} } }, '« detection.ids.menage » : clé inconnue'],
    [{ idPattern: '([' }, '« detection.idPattern » : expression régulière invalide'],
    [
      { ids: { demandeId: { urlPatterns: ['/demandes/'] } } },
      '« detection.ids.demandeId.urlPatterns.0 » : doit contenir « {id} » une fois',
    ],
    [
      { ids: { demandeId: { labels: 'ID' } } },
      '« detection.ids.demandeId.labels » : format non reconnu',
    ],
    [
      { custom: [{ name: 'x y', field: 'menageId', selector: 'p' }] },
      '« detection.custom.0.name »',
    ],
  ])('rejects %j with a French message naming the key', (patch, message) => {
    const r = mergeDetectionRules(patch);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('refuses a broken custom selector at import, and one that got through breaks nothing', () => {
    const r = mergeDetectionRules({
      custom: [{ name: 'casse', field: 'menageId', selector: '[[[' }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/sélecteur CSS invalide/);
    // Checked where a DOM is at hand; the background has none, so detection still guards itself.
    const ok = mergeDetectionRules({});
    if (!ok.ok) throw new Error(ok.error);
    const rules = {
      ...ok.rules,
      custom: [{ name: 'casse', field: 'menageId' as const, selector: '[[[' }],
    };
    expect(detectContext(dom('<p>ID ménage : 1</p>'), 'https://s.test/', rules).menageId).toBe('1');
  });
});
