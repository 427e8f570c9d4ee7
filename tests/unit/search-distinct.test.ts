import { describe, expect, it } from 'vitest';
import type { KbArticle } from '../../utils/core/search/article';
import { distinctiveTerms } from '../../utils/core/search/build-index';
import { normalize } from '../../utils/core/search/normalize';

const article = (slug: string, category: string, title: string, headings: string[]): KbArticle =>
  ({
    slug,
    url: `https://kb.example/${slug}`,
    title,
    category,
    updated: null,
    summary: '',
    text: '',
    sections: headings.map((heading) => ({ heading, anchor: '', text: '' })),
  }) as KbArticle;

describe('distinctive words of an article among its category', () => {
  it('keeps the title and heading words no neighbour of the same category has', () => {
    const articles = [
      article('a', 'demandes', 'Annuler une demande', ['Motif de la demande']),
      article('b', 'demandes', 'Clôturer une demande', ['Clôtures automatiques']),
      article('c', 'menages', 'Annuler une fusion de ménages', []),
    ];
    const titles = articles.map((a) => normalize(a.title));
    const headings = articles.map((a) => a.sections.map((s) => normalize(s.heading)));
    const [a, b, c] = distinctiveTerms(articles, titles, headings);
    // « demande » is in both demand articles: it tells neither apart.
    expect(a).not.toContain(normalize('demande')[0]);
    expect(a).toContain(normalize('annuler')[0]);
    expect(b).toContain(normalize('clôturer')[0]);
    // Another category's « annuler » does not count against it.
    expect(c).toContain(normalize('annuler')[0]);
  });
});
