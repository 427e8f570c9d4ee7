/**
 * Knowledge-base search benchmark: fuse.js with its default options over the raw extracted text
 * (the baseline the issue measured) against the tuned pipeline, on the shared corpus and the eval
 * queries; then the tuned pipeline on a synthetic corpus 100× larger, typed keystroke by keystroke.
 */
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { KbArticle } from '../../utils/core/search/article';
import { KbIndex } from '../../utils/core/search/kb-index';
import {
  evaluate,
  loadCorpus,
  loadQueries,
  percentile,
  WARM_UP,
  type EvalQuery,
} from '../tools/kb-eval';
import type { BenchEntry } from './bench-entry';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = `${ROOT}tests/demo/kb-corpus`;
/** Each set says its kind in its file (tuning, development, blind); reported under that kind. */
const QUERIES = `${ROOT}tests/fixtures/kb-queries.json`;
/** Development: written apart, then looked at (the thesaurus grew on their misses). */
const DEVELOPMENT_SETS = ['fresh', 'holdout', 'holdout2'].map(
  (name) => [name, `${ROOT}tests/fixtures/kb-queries-${name}.json`] as const,
);
/** Blind: only its aggregate is printed, here and by `kb eval`; never used to choose a change. */
const BLIND_QUERIES = `${ROOT}tests/fixtures/kb-queries-blind2.json`;

/** A small deterministic PRNG (mulberry32), so the synthetic corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `factor`× the corpus: each new article keeps a real article's title and summary and mixes its
 * sections with sections drawn from others, so vocabulary and lengths stay realistic. */
export function syntheticCorpus(articles: readonly KbArticle[], factor: number): KbArticle[] {
  const rnd = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const out: KbArticle[] = [];
  for (let i = 0; i < articles.length * factor; i++) {
    const base = articles[i % articles.length] as KbArticle;
    const sections = base.sections.map((s) => (rnd() < 0.5 ? s : pick(pick(articles).sections)));
    const slug = `${base.slug}-${i}`;
    out.push({
      ...base,
      slug,
      url: base.url.replace(base.slug, slug),
      title: `${base.title} ${i % 7 === 0 ? pick(pick(articles).sections).heading : ''}`.trim(),
      sections,
      text: sections.map((s) => `${s.heading}\n${s.text}`).join('\n\n'),
    });
  }
  return out;
}

/** Every prefix of a query, as typed one character at a time. */
function keystrokes(q: string): string[] {
  return Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)).filter(
    (p) => p.trim().length >= 2,
  );
}

function timeEach(inputs: readonly string[], run: (q: string) => unknown): number[] {
  for (const q of WARM_UP) run(q);
  return inputs.map((q) => {
    const t0 = performance.now();
    run(q);
    return performance.now() - t0;
  });
}

type Eval = ReturnType<typeof evaluate>;

/** Relevance and latency figures of one engine; targets and baselines only for the tuned one. */
function relevance(prefix: string, r: Eval, base?: Eval): BenchEntry[] {
  const entry = (
    name: keyof Eval,
    unit: string,
    better: 'lower' | 'higher',
    target?: number,
  ): BenchEntry => ({
    name: `${prefix}.${name === 'hit1' ? 'hit@1' : name === 'hit3' ? 'hit@3' : `${name}${unit === 'ms' ? '_ms' : ''}`}`,
    value: r[name] as number,
    unit,
    better,
    ...(base ? { baseline: base[name] as number } : {}),
    ...(base && target !== undefined ? { target } : {}),
  });
  return [
    entry('hit1', 'ratio', 'higher'),
    entry('hit3', 'ratio', 'higher', 0.95),
    entry('mrr', 'ratio', 'higher', 0.85),
    entry('p50', 'ms', 'lower'),
    entry('p95', 'ms', 'lower', 5),
  ];
}

/** Relevance on a development or blind set, reported apart: no target (the unit test holds the
 * development floors), fuse.js defaults as the baseline. */
function setRelevance(r: Eval, base: Eval, set: string): BenchEntry[] {
  const entry = (name: 'hit1' | 'hit3' | 'mrr', label: string): BenchEntry => ({
    name: `${set}.${label}`,
    value: r[name],
    unit: 'ratio',
    better: 'higher',
    baseline: base[name],
  });
  return [
    entry('hit1', 'hit@1'),
    entry('hit3', 'hit@3'),
    entry('mrr', 'mrr'),
    { name: `${set}.queries`, value: r.n, unit: 'queries', better: 'higher' },
  ];
}

/** Runs the benchmark and returns its figures (the caller prints or compares them). */
export async function runSearchBench(): Promise<BenchEntry[]> {
  const articles = await loadCorpus(CORPUS);
  const queries: EvalQuery[] = await loadQueries(QUERIES);

  const fuse = new Fuse(articles, { keys: ['text'] });
  const baseline = evaluate(queries, (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.slug));
  const index = KbIndex.build(articles);
  index.warmUp(); // as the side panel does once the index is loaded
  const tuned = evaluate(queries, (q) => index.search(q, { limit: 10 }).map((h) => h.slug));
  const measured = async (file: string) => {
    const set = await loadQueries(file);
    return {
      r: evaluate(set, (q) => index.search(q, { limit: 10 }).map((h) => h.slug)),
      base: evaluate(set, (q) => fuse.search(q, { limit: 10 }).map((r) => r.item.slug)),
    };
  };
  const development: BenchEntry[] = [];
  for (const [name, file] of DEVELOPMENT_SETS) {
    const { r, base } = await measured(file);
    development.push(...setRelevance(r, base, `development.${name}`));
  }
  const blind = await measured(BLIND_QUERIES);

  const big = syntheticCorpus(articles, 100);
  let t0 = performance.now();
  const bigIndex = KbIndex.build(big);
  const buildMs = performance.now() - t0;
  const json = JSON.stringify(bigIndex.toJSON());
  t0 = performance.now();
  KbIndex.fromJSON(JSON.parse(json));
  const loadMs = performance.now() - t0;
  const typed = queries.filter((_, i) => i % 3 === 0).flatMap((q) => keystrokes(q.q));
  const perKey = timeEach(typed, (q) => bigIndex.search(q, { limit: 5, prefix: true }));
  const perQuery = timeEach(
    queries.map((q) => q.q),
    (q) => bigIndex.search(q, { limit: 5 }),
  );

  return [
    ...relevance('baseline', baseline),
    ...relevance('tuned', tuned, baseline),
    ...development,
    ...setRelevance(blind.r, blind.base, 'blind'),
    {
      name: 'tuned.index_kb',
      value: JSON.stringify(index.toJSON()).length / 1024,
      unit: 'KiB',
      better: 'lower',
    },
    { name: 'x100.articles', value: big.length, unit: 'articles', better: 'higher' },
    { name: 'x100.build_ms', value: buildMs, unit: 'ms', better: 'lower' },
    { name: 'x100.load_ms', value: loadMs, unit: 'ms', better: 'lower' },
    { name: 'x100.index_kb', value: json.length / 1024, unit: 'KiB', better: 'lower' },
    { name: 'x100.query_p95_ms', value: percentile(perQuery, 95), unit: 'ms', better: 'lower' },
    { name: 'x100.keystroke_p50_ms', value: percentile(perKey, 50), unit: 'ms', better: 'lower' },
    {
      name: 'x100.keystroke_p95_ms',
      value: percentile(perKey, 95),
      unit: 'ms',
      better: 'lower',
      target: 30,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const e of await runSearchBench()) {
    const base = e.baseline === undefined ? '' : ` (baseline ${e.baseline.toFixed(3)})`;
    const target = e.target === undefined ? '' : ` target ${e.target}`;
    console.log(`${e.name.padEnd(24)} ${e.value.toFixed(3)} ${e.unit}${base}${target}`);
  }
}
