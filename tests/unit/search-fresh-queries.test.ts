import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VocabularyMatcher } from '../../utils/core/search/fuzzy';
import { KbIndex } from '../../utils/core/search/kb-index';
import { normalize } from '../../utils/core/search/normalize';
import { analyzeQuery } from '../../utils/core/search/query';
import { evaluate, loadCorpus, loadQueries, loadQuerySet, type EvalResult } from '../tools/kb-eval';

/**
 * Relevance on the development set kb-queries-fresh.json: 40 descriptions written the way
 * référents type them (SMS abbreviations, typos, case numbers and dates, the symptom rather than
 * the feature), before their expected articles were looked up — then looked at, and the thesaurus
 * grew on their misses, so these floors guard against regressions, not for generalisation (only
 * the blind set says that, and it is never asserted on per query). The floors sit
 * a little under the figures reached (hit@1 0.42, hit@3 0.70, MRR 0.578 on 40 queries; 0.40, 0.65,
 * 0.520 before the generalisation work), so that a regression fails without every change of one
 * rank doing so. The tuned set keeps the floors agreed for it.
 */
let index: KbIndex;
const run = (q: string): string[] => index.search(q, { limit: 10 }).map((h) => h.slug);
const misses = (r: EvalResult): string =>
  r.misses.map((m) => `${m.q} → ${m.got.join(', ')}`).join('\n');

beforeAll(async () => {
  index = KbIndex.build(await loadCorpus(join(process.cwd(), 'tests/demo/kb-corpus')));
}, 60_000);

describe('search relevance on fresh queries', () => {
  it('keeps its floor on queries written from the symptom', async () => {
    const queries = await loadQueries(join(process.cwd(), 'tests/fixtures/kb-queries-fresh.json'));
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const r = evaluate(queries, run);
    expect(r.hit3, misses(r)).toBeGreaterThanOrEqual(0.65);
    expect(r.mrr, misses(r)).toBeGreaterThanOrEqual(0.54);
    expect(r.hit1, misses(r)).toBeGreaterThanOrEqual(0.37);
  });

  it('does not lose the tuned set meanwhile', async () => {
    const queries = await loadQueries(join(process.cwd(), 'tests/fixtures/kb-queries.json'));
    const r = evaluate(queries, run);
    expect(r.hit3, misses(r)).toBeGreaterThanOrEqual(0.97);
    expect(r.mrr, misses(r)).toBeGreaterThanOrEqual(0.93);
  });

  it('shares no query with the tuned set', async () => {
    const tuned = await loadQueries(join(process.cwd(), 'tests/fixtures/kb-queries.json'));
    const fresh = await loadQueries(join(process.cwd(), 'tests/fixtures/kb-queries-fresh.json'));
    const key = (q: string): string => normalize(q).join(' ');
    const seen = new Set(tuned.map((q) => key(q.q)));
    expect(fresh.filter((q) => seen.has(key(q.q))).map((q) => q.q)).toEqual([]);
    const slugs = new Set(index.slugs());
    for (const q of fresh) for (const s of q.expected) expect(slugs.has(s), s).toBe(true);
  });
});

/** The general faults the fresh queries exposed, pinned one by one. */
describe('what rephrased descriptions need', () => {
  const terms = (q: string): string[] => normalize(q);

  it('does not take a verb or a quantity for a topic', () => {
    // « passer » is not the password, « logement » is not a login, « fois » is not a duplicate.
    expect(terms('rien ne se passe')).not.toEqual(expect.arrayContaining(terms('mot de passe')));
    expect(terms('je passe le ticket au national')).not.toContain(terms('mdp')[0]);
    expect(terms('logement')).not.toEqual(terms('connexion'));
    expect(terms('tapé 3 ou 4 fois')).not.toContain(terms('doublon')[0]);
    expect(terms('un nouveau site')).not.toContain(terms('enfant')[0]);
    expect(terms('département')).not.toEqual(terms('départ'));
    expect(terms('2 semaines')).not.toEqual(expect.arrayContaining(terms('niveau 2')));
  });

  it('expands the abbreviations of notes and text messages', () => {
    for (const [typed, meant] of [
      ['pb', 'problème'],
      ['asso', 'association'],
      ['tel', 'téléphone'],
      ['nb', 'nombre'],
      ['lit', 'place'],
      ['carte de séjour', 'titre de séjour'],
      ['bébé', 'enfant'],
    ]) {
      expect(terms(typed as string), typed).toEqual(terms(meant as string));
    }
  });

  it('drops what only identifies the case: dates, case and phone numbers, filler words', () => {
    const plain = index.search('la famille a été relogée, annuler la demande');
    const noisy = index.search(
      'bjr pb sur la dmd n° 458712 du 12/03, maintenant la famille a été relogée, annuler la demande',
    );
    expect(noisy[0]?.slug).toBe(plain[0]?.slug);
  });

  it('corrects typing slips but not other words', () => {
    const matcher = new VocabularyMatcher(['date', 'dates', 'faite', 'social', 'verrouille']);
    const fix = (w: string): string[] => matcher.correct(w).map((c) => c.word);
    expect(fix('verouille')).toEqual(['verrouille']);
    // Unknown words that are other words: « dame », « faute », « souci » are left alone.
    expect(fix('dame')).toEqual([]);
    expect(fix('faute')).toEqual([]);
    expect(fix('souci')).toEqual([]);
    expect(index.search('compte verouille')[0]?.slug).toBe(
      'compte-bloque-apres-trop-de-tentatives',
    );
  });

  it('finds a verb typed with the prefix of repetition', () => {
    const known = new Set(['ajouter', 'saisir']);
    const matcher = new VocabularyMatcher([...known]);
    expect([...analyzeQuery('rajouter', known, matcher).keys()]).toEqual(terms('ajouter'));
    expect([...analyzeQuery('ressaisir', known, matcher).keys()]).toEqual(terms('saisir'));
  });

  it('keeps the blind set apart: no query of another set, every expected article indexed', async () => {
    const dir = join(process.cwd(), 'tests/fixtures');
    const others = await Promise.all(
      [
        'kb-queries.json',
        'kb-queries-fresh.json',
        'kb-queries-holdout.json',
        'kb-queries-holdout2.json',
      ].map((f) => loadQueries(join(dir, f))),
    );
    const set = await loadQuerySet(join(dir, 'kb-queries-blind2.json'));
    expect(set.kind).toBe('blind');
    const blind = set.queries;
    const key = (q: string): string => normalize(q).join(' ');
    const seen = new Set(others.flat().map((q) => key(q.q)));
    expect(blind.filter((q) => seen.has(key(q.q))).map((q) => q.q)).toEqual([]);
    const slugs = new Set(index.slugs());
    for (const q of blind) for (const s of q.expected) expect(slugs.has(s), s).toBe(true);
  });
});
