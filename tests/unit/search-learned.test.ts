import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KbIndex } from '../../utils/core/search/kb-index';
import {
  EMPTY_LEARNED,
  HALF_LIFE_DAYS,
  MAX_BOOST,
  MAX_PAIRS,
  MAX_PER_ARTICLE,
  decayed,
  forgetUse,
  learnKey,
  learnedBoost,
  mergeLearned,
  recordUse,
  validateLearnedImport,
  type Learned,
} from '../../utils/core/search/learned';
import { loadCorpus } from '../tools/kb-eval';
import { say } from '../../utils/i18n';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

const learn = (times: number, query: string, slug: string, at = NOW, from = EMPTY_LEARNED) => {
  let l: Learned = from;
  for (let i = 0; i < times; i++) l = recordUse(l, query, slug, at);
  return l;
};

describe('learnKey', () => {
  it('keeps the normalised words of the problem, not the letter form nor the names', () => {
    const key = learnKey("Bonjour, Mme DIALLO Awa ne voit plus sa demande. Merci d'avance, Julie");
    expect(key).not.toMatch(/diallo|awa|julie|bonjour|merci/);
    expect(key).toBe(learnKey('ne voit plus sa demande'));
    expect(learnKey('demande voit plus')).toBe(learnKey('voit plus demande'));
  });
});

describe('recording and decay', () => {
  it('grows with each use up to its cap, and halves every half-life', () => {
    const l = learn(
      10,
      'retirer quelqu’un du dossier',
      'modifier-la-composition-familiale-d-un-menage',
    );
    expect(l.pairs).toHaveLength(1);
    const pair = l.pairs[0]!;
    expect(pair.weight).toBe(4);
    expect(decayed(pair, NOW + HALF_LIFE_DAYS * DAY)).toBeCloseTo(2);
    const boostNow = learnedBoost(l, 'retirer quelqu’un du dossier', NOW);
    const boostLater = learnedBoost(l, 'retirer quelqu’un du dossier', NOW + 200 * DAY);
    const slug = 'modifier-la-composition-familiale-d-un-menage';
    expect(boostNow.get(slug)).toBeGreaterThan(boostLater.get(slug)!);
    expect(boostNow.get(slug)).toBeLessThanOrEqual(1 + MAX_BOOST);
  });

  it('takes a use back', () => {
    const l = learn(1, 'page blanche', 'incidents-en-cours-et-maintenance-programmee');
    expect(
      forgetUse(l, 'page blanche', 'incidents-en-cours-et-maintenance-programmee', NOW).pairs,
    ).toEqual([]);
  });

  it('keeps within its bounds, in all and per article', () => {
    let l: Learned = EMPTY_LEARNED;
    for (let i = 0; i < MAX_PAIRS + 50; i++) {
      l = recordUse(l, `mot${i} chose${i}`, `article-${i % 40}`, NOW + i);
    }
    expect(l.pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
    let one: Learned = EMPTY_LEARNED;
    for (let i = 0; i < MAX_PER_ARTICLE + 10; i++)
      one = recordUse(one, `terme${i} motif`, 'a', NOW);
    expect(one.pairs.length).toBe(MAX_PER_ARTICLE);
  });
});

describe('the ranking learns, within bounds', () => {
  let index: KbIndex;
  beforeAll(async () => {
    index = KbIndex.build(await loadCorpus(join(process.cwd(), 'tests/demo/kb-corpus')));
  }, 60_000);
  const top = (q: string, learned?: Learned, now = NOW) =>
    index.search(q, { limit: 5, learned: learned && { pairs: learned, now } }).map((h) => h.slug);

  it('moves the article referents open for a query, and the move fades with time', () => {
    const q = "retirer quelqu'un du dossier";
    const chosen = 'modifier-la-composition-familiale-d-un-menage';
    expect(top(q)[0]).not.toBe(chosen);
    const l = learn(2, q, chosen);
    expect(top(q, l)[0]).toBe(chosen);
    // A close wording benefits too.
    expect(top("retirer quelqu'un de son dossier", l)[0]).toBe(chosen);
    // A year later without use, the association has faded.
    expect(top(q, l, NOW + 365 * DAY)[0]).not.toBe(chosen);
  });

  it('never buries a clearly better match', () => {
    const q = 'mot de passe oublié';
    const l = learn(50, q, 'compte-bloque-apres-trop-de-tentatives');
    expect(top(q, l)[0]).toBe('mot-de-passe-oublie-ou-expire');
  });
});

describe('team file import', () => {
  it('merges a colleague’s pairs at half weight, the same file twice counting once', () => {
    const theirs = learn(4, 'page blanche', 'incidents-en-cours-et-maintenance-programmee');
    const once = mergeLearned(EMPTY_LEARNED, theirs, NOW);
    expect(once.pairs[0]?.weight).toBe(2);
    expect(mergeLearned(once, theirs, NOW)).toEqual(once);
  });

  it('refuses a poisoned or huge file with a French sentence', () => {
    const pair = { key: 'blanch page', slug: 'a', weight: 1, at: NOW };
    const cases: unknown[] = [
      { version: 1, pairs: [{ ...pair, weight: 1000 }] },
      { version: 1, pairs: [{ ...pair, slug: 'javascript:alert(1)' }] },
      { version: 1, pairs: [{ ...pair, key: '<img src=x onerror=alert(1)>' }] },
      { version: 1, pairs: [{ ...pair, at: NOW + 30 * DAY }] },
      { version: 1, pairs: Array.from({ length: 40 }, (_, i) => ({ ...pair, key: `mot${i}` })) },
      {
        version: 1,
        pairs: Array.from({ length: MAX_PAIRS + 1 }, (_, i) => ({ ...pair, slug: `s${i}` })),
      },
      { version: 1, pairs: [{ ...pair, key: 'x'.repeat(200_000) }] },
      'pas un objet',
    ];
    for (const value of cases) {
      const r = validateLearnedImport(value, NOW);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(say(r.error)).toMatch(/fichier refusé/);
    }
    expect(validateLearnedImport({ version: 1, pairs: [pair] }, NOW).ok).toBe(true);
  });
});
