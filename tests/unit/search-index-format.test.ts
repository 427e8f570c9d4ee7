import { describe, expect, it } from 'vitest';
import type { KbArticle } from '../../utils/core/search/article';
import { INDEX_FORMAT_VERSION } from '../../utils/core/search/index-format';
import { KbIndex } from '../../utils/core/search/kb-index';

const article = (
  slug: string,
  title: string,
  sections: [string, string][],
  category = 'demo',
): KbArticle => ({
  slug,
  url: `https://kb.example.org/support/${slug}`,
  title,
  category,
  breadcrumb: ['Base', category, title],
  summary: `Résumé de ${title}.`,
  updated: '2025-01-01',
  sections: sections.map(([heading, text]) => ({
    heading,
    anchor: heading ? heading.toLowerCase() : '',
    text,
  })),
  text: sections.map(([h, t]) => `${h}\n${t}`).join('\n\n'),
});

const ARTICLES = [
  article('annuler', 'Annuler une demande', [
    ['', 'Une demande saisie par erreur peut être annulée.'],
    ['Motifs', "Choisissez le motif d'annulation : doublon, erreur de saisie."],
  ]),
  article('cloturer', 'Clôturer une demande', [
    ['Procédure', 'La clôture termine le parcours du ménage.'],
  ]),
  article(
    'mdp',
    'Mot de passe oublié',
    [['Réinitialiser', 'Cliquez sur le lien « Mot de passe oublié ? ».']],
    'acces',
  ),
];

describe('index serialization', () => {
  it('round-trips through JSON with the same results', () => {
    const index = KbIndex.build(ARTICLES, new Date('2025-02-03T04:05:06Z'));
    const stored = JSON.parse(JSON.stringify(index.toJSON())) as unknown;
    const loaded = KbIndex.fromJSON(stored);
    expect(loaded.builtAt).toBe('2025-02-03T04:05:06.000Z');
    expect(loaded.size).toBe(3);
    for (const q of ['annuler demande doublon', 'mdp oublie', 'cloture', 'anuler']) {
      expect(loaded.search(q), q).toEqual(index.search(q));
    }
    expect(loaded.search('mdp oublie')[0]?.slug).toBe('mdp');
    expect(JSON.stringify(loaded.toJSON())).toBe(JSON.stringify(index.toJSON()));
  });

  it('is versioned and compact: no article HTML, postings as integers', () => {
    const json = KbIndex.build(ARTICLES).toJSON();
    expect(json.format).toBe('ars-kb-index');
    expect(json.version).toBe(INDEX_FORMAT_VERSION);
    expect(JSON.stringify(json)).not.toContain('<');
    expect(json.art.flat().every((n) => Number.isInteger(n))).toBe(true);
  });

  it('refuses another version, a broken shape or postings pointing outside', () => {
    const json = KbIndex.build(ARTICLES).toJSON();
    expect(() => KbIndex.fromJSON({ ...json, version: INDEX_FORMAT_VERSION + 1 })).toThrow();
    expect(() => KbIndex.fromJSON({ ...json, terms: json.terms.slice(1) })).toThrow();
    expect(() =>
      KbIndex.fromJSON({ ...json, sec: json.sec.map((p) => p.map(() => 999)) }),
    ).toThrow();
    expect(() => KbIndex.fromJSON({ ...json, art: json.art.map((p) => [...p, 1]) })).toThrow();
    expect(() => KbIndex.fromJSON('not an index')).toThrow();
  });

  it('builds an empty index that answers nothing', () => {
    const empty = KbIndex.fromJSON(JSON.parse(JSON.stringify(KbIndex.build([]).toJSON())));
    expect(empty.size).toBe(0);
    expect(empty.search('demande')).toEqual([]);
  });
});
