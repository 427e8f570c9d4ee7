import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { boostForContext } from '../../utils/core/search/context-boost';
import { KbIndex } from '../../utils/core/search/kb-index';
import { normalize } from '../../utils/core/search/normalize';
import { loadCorpus } from '../tools/kb-eval';

let index: KbIndex;
beforeAll(async () => {
  index = KbIndex.build(await loadCorpus(join(process.cwd(), 'tests/demo/kb-corpus')));
}, 60_000);

const top = (q: string, opts = {}): string | undefined => index.search(q, opts)[0]?.slug;

describe('ranking of confusable articles', () => {
  it('annuler / clôturer / réactiver une demande', () => {
    expect(top('annuler une demande saisie par erreur')).toBe('annuler-une-demande');
    expect(top('cloturer la demande, le parcours est termine')).toBe('cloturer-une-demande');
    expect(top('reactiver une demande annulee')).toBe('reactiver-une-demande-annulee');
    expect(top('demande annulee par erreur, la reprendre')).toBe('reactiver-une-demande-annulee');
  });

  it('fusion de personnes / de ménages', () => {
    expect(top('fusionner deux fiches personne en doublon')).toBe(
      'fusionner-deux-personnes-en-doublon',
    );
    expect(top('fusionner deux menages')).toBe('fusionner-ou-dissocier-des-menages');
    expect(top('regrouper deux foyers')).toBe('fusionner-ou-dissocier-des-menages');
  });

  it('ajouter une personne à une demande / à un ménage', () => {
    expect(top('ajouter une personne a la demande')).toBe(
      'ajouter-ou-retirer-une-personne-d-une-demande',
    );
    expect(top('ajouter un enfant dans la composition du menage')).toBe(
      'modifier-la-composition-familiale-d-un-menage',
    );
  });

  it('mot de passe oublié / compte bloqué', () => {
    expect(top('mdp oublie')).toBe('mot-de-passe-oublie-ou-expire');
    expect(top('compte verrouille apres trop de tentatives')).toBe(
      'compte-bloque-apres-trop-de-tentatives',
    );
  });

  it('tolerates typos and missing accents', () => {
    expect(top('anuler une demmande')).toBe('annuler-une-demande');
    expect(top('fusioner des menages')).toBe('fusionner-ou-dissocier-des-menages');
  });

  it('the context raises the matching category', () => {
    const q = 'ajouter une personne';
    const onDemand = top(q, { boost: boostForContext({ pageKind: 'fiche-demande' }) });
    const onHousehold = top(q, { boost: boostForContext({ pageKind: 'fiche-menage' }) });
    expect(onDemand).toBe('ajouter-ou-retirer-une-personne-d-une-demande');
    expect(onHousehold).toBe('modifier-la-composition-familiale-d-un-menage');
  });

  it('completes the word being typed', () => {
    expect(top('reactiv', { prefix: true })).toBe('reactiver-une-demande-annulee');
    expect(index.search('xqzw')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
  });
});

describe('search hits', () => {
  it('point at the matching section, with a snippet whose highlights are matching words', () => {
    const [hit] = index.search('que deviennent les orientations apres annulation');
    expect(hit?.slug).toBe('annuler-une-demande');
    expect(hit?.category).toBe('gestion-des-demandes');
    expect(hit?.section.heading).toBe("Effets de l'annulation");
    expect(hit?.sectionUrl).toBe(`${hit?.url}#effets-de-l-annulation`);
    const terms = new Set(normalize('orientations apres annulation'));
    expect(hit?.snippet.highlights.length).toBeGreaterThan(1);
    for (const [start, end] of hit?.snippet.highlights ?? []) {
      const word = hit?.snippet.text.slice(start, end) ?? '';
      expect(
        normalize(word).some((t) => terms.has(t)),
        word,
      ).toBe(true);
    }
    expect(hit?.snippet.text.length).toBeLessThan(200);
  });

  it('returns at most `limit` hits, best first', () => {
    const hits = index.search('demande', { limit: 3 });
    expect(hits).toHaveLength(3);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    expect(hits[1]!.score).toBeGreaterThanOrEqual(hits[2]!.score);
  });
});

describe('context boost', () => {
  it('maps page kinds and motifs to categories', () => {
    expect(boostForContext({ pageKind: 'fiche-demande' }).categories).toEqual([
      'gestion-des-demandes',
    ]);
    expect(boostForContext({ motif: 'Compte utilisateur au SI SIAO' }).categories).toEqual([
      'acces-et-authentification',
    ]);
    expect(
      new Set(
        boostForContext({ pageKind: 'fiche-personne', motif: 'Gestion de la demande' }).categories,
      ),
    ).toEqual(new Set(['gestion-des-menages', 'gestion-des-demandes']));
    expect(boostForContext({ pageKind: 'autre', motif: null }).categories).toEqual([]);
  });
});

describe('warming the index up', () => {
  it('changes no answer, typos included', async () => {
    const warmed = KbIndex.build(await loadCorpus(join(process.cwd(), 'tests/demo/kb-corpus')));
    warmed.warmUp();
    for (const q of [
      'mdp oublie',
      'demnade anulée par erreur',
      'fusioner deux menages',
      'commence',
      'extracion des demandes',
    ]) {
      expect(warmed.search(q, { limit: 10 }), q).toEqual(index.search(q, { limit: 10 }));
    }
  });
});
