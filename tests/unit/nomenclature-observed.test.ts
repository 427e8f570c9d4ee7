/**
 * The observed nomenclature: lists read on the form, validated and merged. A partial, empty or
 * malformed read never erases what was known; sizes stay bounded; an entry the form stopped
 * offering goes only after a long absence.
 */
import { describe, expect, it } from 'vitest';
import {
  mergeObserved,
  OBSERVED_FORGET_MS,
  OBSERVED_LIMITS,
  parseObserved,
  type NomenclatureRead,
  type ObservedNomenclature,
} from '../../utils/core/nomenclature/observed';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 11, 5, 9);
const o = (value: string, label: string) => ({ value, label });

const THEMATIQUES: NomenclatureRead = {
  level: 'thematique',
  options: [
    o('gestion_des_demandes', 'Gestion des demandes'),
    o('gestion_des_menages', 'Gestion des ménages'),
  ],
};
const MOTIFS: NomenclatureRead = {
  level: 'motif',
  thematique: o('gestion_des_menages', 'Gestion des ménages'),
  options: [o('GDM.01', 'Gestion du ménage'), o('GDM.02', 'Anomalie')],
};
const SOUS_MOTIFS: NomenclatureRead = {
  level: 'sousMotif',
  thematique: o('gestion_des_menages', 'Gestion des ménages'),
  motif: o('GDM.01', 'Gestion du ménage'),
  options: [o('GDM.01.1', 'Fusion de personnes'), o('GDM.01.2', 'Composition du ménage')],
};

function known(): ObservedNomenclature {
  return mergeObserved(null, [THEMATIQUES, MOTIFS, SOUS_MOTIFS], T0)!;
}

describe('mergeObserved', () => {
  it('builds the tree from the lists as they appear, dated', () => {
    const n = known();
    expect(n).toMatchObject({ version: 1, firstSeenAt: T0, updatedAt: T0 });
    expect(n.thematiques.map((t) => t.value)).toEqual([
      'gestion_des_demandes',
      'gestion_des_menages',
    ]);
    const menages = n.thematiques[1]!;
    expect(menages.motifs.map((m) => m.value)).toEqual(['GDM.01', 'GDM.02']);
    expect(menages.motifs[0]!.sousMotifs.map((s) => s.label)).toEqual([
      'Fusion de personnes',
      'Composition du ménage',
    ]);
    expect(parseObserved(JSON.parse(JSON.stringify(n)))).toEqual(n);
  });

  it('keeps what was known when a later read is partial', () => {
    const later = T0 + DAY;
    const partial = mergeObserved(
      known(),
      [{ level: 'thematique', options: [o('gestion_des_menages', 'Gestion des ménages')] }],
      later,
    )!;
    expect(partial.thematiques.map((t) => t.value)).toEqual([
      'gestion_des_menages',
      'gestion_des_demandes',
    ]);
    // The motifs read under « Gestion des ménages » the day before are still there.
    expect(partial.thematiques[0]!.motifs).toHaveLength(2);
    expect(partial.updatedAt).toBe(later);
    expect(partial.firstSeenAt).toBe(T0);
  });

  it('changes nothing on a bad, empty or prompt-only read', () => {
    const before = known();
    const bad: unknown[] = [
      { level: 'thematique', options: [] },
      { level: 'thematique', options: [o('', 'Veuillez sélectionner'), o('0', '-- Choisir --')] },
      { level: 'motif', options: [o('x', 'Sans parent')] },
      { level: 'sousMotif', thematique: o('a', 'A'), options: [o('x', 'Sans motif')] },
      { level: 'autre', options: [o('x', 'X')] },
      { level: 'thematique', options: [{ value: 3, label: 'pas une chaîne' }] },
      { level: 'thematique', options: [o('x', 'x'.repeat(OBSERVED_LIMITS.text + 1))] },
      null,
      'thematique',
    ];
    expect(mergeObserved(before, bad, T0 + DAY)).toBe(before);
    expect(mergeObserved(null, bad, T0)).toBeNull();
  });

  it('refuses a read past the size bound, and keeps every list bounded', () => {
    const many = Array.from({ length: OBSERVED_LIMITS.options + 1 }, (_, i) =>
      o(`v${i}`, `Entrée ${i}`),
    );
    expect(mergeObserved(known(), [{ level: 'thematique', options: many }], T0)).toEqual(known());
    let n = known();
    for (let day = 1; day <= 3; day++) {
      const options = Array.from({ length: 30 }, (_, i) => o(`d${day}-${i}`, `Thème ${day}-${i}`));
      n = mergeObserved(n, [{ level: 'thematique', options }], T0 + day * DAY)!;
    }
    expect(n.thematiques.length).toBe(OBSERVED_LIMITS.thematiques);
    expect(n.thematiques[0]!.value).toBe('d3-0'); // the latest read first
  });

  it('forgets an entry the form has not offered for a long time, not before', () => {
    const soon = mergeObserved(
      known(),
      [{ level: 'thematique', options: [o('rgpd', 'RGPD')] }],
      T0 + 30 * DAY,
    )!;
    expect(soon.thematiques.map((t) => t.value)).toContain('gestion_des_demandes');
    const late = mergeObserved(
      soon,
      [{ level: 'thematique', options: [o('rgpd', 'RGPD')] }],
      T0 + OBSERVED_FORGET_MS + DAY,
    )!;
    expect(late.thematiques.map((t) => t.value)).toEqual(['rgpd']);
  });

  it('takes a reworded label for the same value, and dedupes a read', () => {
    const n = mergeObserved(
      known(),
      [
        {
          level: 'thematique',
          options: [
            o('gestion_des_menages', 'Gestion des ménages et des personnes'),
            o('gestion_des_menages', 'Doublon'),
          ],
        },
      ],
      T0 + DAY,
    )!;
    const menages = n.thematiques.filter((t) => t.value === 'gestion_des_menages');
    expect(menages).toHaveLength(1);
    expect(menages[0]!.label).toBe('Gestion des ménages et des personnes');
  });

  it('adds a parent first seen through its dependent list', () => {
    const n = mergeObserved(
      null,
      [{ level: 'motif', thematique: o('rgpd', 'RGPD'), options: [o('RGPD.01', 'Droits')] }],
      T0,
    )!;
    expect(n.thematiques).toMatchObject([{ value: 'rgpd', motifs: [{ value: 'RGPD.01' }] }]);
  });
});

describe('parseObserved', () => {
  it('ignores a stored value that does not validate, or knows nothing', () => {
    expect(parseObserved(undefined)).toBeNull();
    expect(parseObserved({ version: 2, thematiques: [] })).toBeNull();
    expect(parseObserved({ ...known(), thematiques: 'x' })).toBeNull();
    expect(parseObserved({ ...known(), thematiques: [] })).toBeNull();
  });
});
