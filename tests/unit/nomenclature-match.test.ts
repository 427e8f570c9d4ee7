/**
 * Mapping the escalation's choice onto a form's options by meaning, rung by rung, and the closest
 * options offered when nothing maps. The option lists are written like a national form's (codes
 * with underscores and dots, wordings a little different from the shipped nomenclature's).
 */
import { describe, expect, it } from 'vitest';
import {
  closestOptions,
  levelCandidates,
  mapOption,
  meaningKey,
  type Choice,
} from '../../utils/core/nomenclature/match';

const THEMATIQUES = [
  { value: 'gestion_des_demandes', label: 'Gestion des demandes' },
  { value: 'gestion_des_menages', label: 'Gestion des ménages' },
  { value: 'acces_authentification', label: 'Accès & authentification' },
  { value: 'formation_continue', label: 'Formation continue du SI SIAO' },
  { value: 'autre', label: 'Autre demande' },
];

const choice = (code: string, libelle: string, synonyms?: string[]): Choice => ({
  code,
  libelle,
  ...(synonyms ? { synonyms } : {}),
});

describe('meaningKey', () => {
  it('folds accents, case, plurals and « de la », « des », « du »', () => {
    expect(meaningKey('Gestion des ménages')).toBe(meaningKey('gestion du MENAGE'));
    expect(meaningKey('Annulation des demandes')).toBe(meaningKey('Annulation d’une demande'));
    expect(meaningKey('Accès et authentification')).toBe(meaningKey('Accès & authentification'));
    expect(meaningKey('Gestion des ménages')).not.toBe(meaningKey('Gestion des demandes'));
  });
});

describe('mapOption, rung by rung', () => {
  it('1. the exact code, whatever the libellé says', () => {
    const got = mapOption(THEMATIQUES, [choice('autre', 'Sans rapport')]);
    expect(got).toMatchObject({ option: { value: 'autre' }, rung: 'code', candidate: 0 });
  });

  it('1. a code written with dashes for a value written with underscores', () => {
    const got = mapOption(THEMATIQUES, [choice('gestion-des-menages', '')]);
    expect(got).toMatchObject({ option: { value: 'gestion_des_menages' }, rung: 'code' });
  });

  it('2. the libellé folded: accents, case, « et » for « & », plural and articles', () => {
    expect(mapOption(THEMATIQUES, [choice('x', 'Accès et authentification')])).toMatchObject({
      option: { value: 'acces_authentification' },
      rung: 'label',
    });
    const motifs = [
      { value: 'GDM.01.1', label: 'Fusion de personnes' },
      { value: 'GDM.01.2', label: 'Composition du ménage' },
    ];
    expect(mapOption(motifs, [choice('fusion-personnes', 'Fusion des personnes')])).toMatchObject({
      option: { value: 'GDM.01.1' },
      rung: 'label',
    });
  });

  it('3. a synonym of the entry', () => {
    const got = mapOption(THEMATIQUES, [
      choice('FC', 'Formation continue', ['Formation continue du SI SIAO']),
    ]);
    expect(got).toMatchObject({ option: { value: 'formation_continue' }, rung: 'synonym' });
  });

  it('4. across levels: a motif « Gestion du ménage » is the form’s thématique « Gestion des ménages »', () => {
    const got = mapOption(THEMATIQUES, [
      choice('assistance-fonctionnelle', 'Assistance fonctionnelle (utilisation du SI SIAO)'),
      choice('gestion-menage', 'Gestion du ménage'),
      choice('fusion-personnes', 'Fusion des personnes'),
    ]);
    expect(got).toMatchObject({
      option: { value: 'gestion_des_menages' },
      rung: 'label',
      candidate: 1,
    });
  });

  it('prefers a strict match at another level to a near spelling at the same level', () => {
    const options = [
      { value: 'a', label: 'Gestion des demandes' },
      { value: 'b', label: 'Gestion des ménages' },
    ];
    // « Gestion des demande » is one letter from option a; the motif names option b exactly.
    const got = mapOption(options, [
      choice('x', 'Gestion des demande'),
      choice('y', 'Gestion des ménages'),
    ]);
    expect(got?.option.value).toBe('a'); // plural folded: the same level's label still wins
    const far = mapOption(options, [choice('x', 'Gestion des demandse'), choice('y', 'Ménages')]);
    expect(far?.option.value).toBe('a'); // spelling, same level, as a last resort
  });

  it('5. close spelling and whole words only for the same level’s entry', () => {
    expect(mapOption(THEMATIQUES, [choice('x', 'Gestion des demandse')])?.rung).toBe('spelling');
    // A deeper entry that only shares words is a guess: not taken.
    expect(
      mapOption(THEMATIQUES, [choice('x', 'Sans rapport'), choice('y', 'Demandes en attente')]),
    ).toBeNull();
  });

  it('never guesses between two equally good options', () => {
    expect(mapOption(THEMATIQUES, [choice('x', 'Gestion')])).toBeNull();
    const twice = [
      { value: '1', label: 'Gestion des demandes (115)' },
      { value: '2', label: 'Gestion des demandes (insertion)' },
    ];
    expect(mapOption(twice, [choice('x', 'Gestion des demandes')])).toBeNull();
  });

  it('returns null when nothing fits, at any level', () => {
    expect(mapOption(THEMATIQUES, [choice('RGPD', 'RGPD'), choice('x', 'Droits')])).toBeNull();
    expect(mapOption([], [choice('a', 'b')])).toBeNull();
  });
});

describe('levelCandidates', () => {
  const chain = [choice('t', 'T'), choice('m', 'M'), choice('s', 'S')];
  it('offers the same level first, then deeper ones, never above what the parent took', () => {
    expect(levelCandidates(chain, 0, -1).map((c) => c.index)).toEqual([0, 1, 2]);
    expect(levelCandidates(chain, 1, 0).map((c) => c.index)).toEqual([1, 2]);
    // The thématique took the motif: the motif level may only take the sous-motif.
    expect(levelCandidates(chain, 1, 1).map((c) => c.index)).toEqual([2]);
    expect(levelCandidates(chain, 2, 2)).toEqual([]);
    expect(levelCandidates([chain[0], null, chain[2]], 1, 0).map((c) => c.index)).toEqual([2]);
  });
});

describe('closestOptions', () => {
  const NO_MATCH = [
    { value: 'HEB', label: 'Hébergement : demandes et orientations' },
    { value: 'MEN', label: 'Ménages et personnes accompagnées' },
    { value: 'PLA', label: 'Places, structures et dispositifs' },
    { value: 'AUT', label: 'Autre sujet' },
  ];
  const chain = [
    choice('gestion-des-menages', 'Gestion des ménages', ['Ménages et personnes']),
    choice('gestion-menage', 'Gestion du ménage'),
    choice('fusion-personnes', 'Fusion des personnes'),
  ];

  it('finds nothing to map, then ranks the options sharing words, the same level first', () => {
    expect(mapOption(NO_MATCH, chain)).toBeNull();
    expect(closestOptions(NO_MATCH, chain).map((o) => o.value)).toEqual(['MEN']);
    const demande = [choice('gestion-des-demandes', 'Gestion des demandes')];
    expect(closestOptions(NO_MATCH, demande).map((o) => o.value)).toEqual(['HEB']);
  });

  it('keeps at most `limit` options, never a prompt, and none sharing nothing', () => {
    const options = [
      { value: '', label: 'Veuillez sélectionner' },
      { value: '1', label: 'Demandes urgentes' },
      { value: '2', label: 'Demandes de transfert' },
      { value: '3', label: 'Suivi des demandes' },
      { value: '4', label: 'Compte' },
    ];
    const got = closestOptions(options, [choice('x', 'Gestion des demandes')], 2);
    expect(got).toHaveLength(2);
    expect(got.map((o) => o.value)).not.toContain('4');
    expect(closestOptions(options, [choice('x', 'RGPD')])).toEqual([]);
  });
});
