import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { z } from 'zod';
import type { KbArticle } from '../../utils/core/search/article';
import { extractArticle } from '../../utils/sites/kb/extract';

/** Where the corpus pages pretend to live; only the origin matters to extraction. */
export const CORPUS_ORIGIN = 'https://kb.demo.invalid';

const ManifestSchema = z.object({
  articles: z.array(z.object({ slug: z.string(), path: z.string(), file: z.string() })).min(1),
});

/** A query of the eval set; a hit is any expected slug. `holdout` ones were never looked at. */
export const QuerySchema = z.object({
  q: z.string().min(1),
  expected: z.array(z.string().min(1)).min(1),
  holdout: z.boolean().optional(),
});
export type EvalQuery = z.infer<typeof QuerySchema>;

/** A French message for the command line: what went wrong and with which file. */
export class UsageError extends Error {}

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`${what} est introuvable : ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} n'est pas du JSON valide (${file}) : ${(e as Error).message}`);
  }
}

/** Parses one page the way the extension does: a DOM (happy-dom here), then extractArticle. */
export async function extractHtml(html: string, url: string): Promise<KbArticle> {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  try {
    window.document.write(html);
    const out = extractArticle(window.document as unknown as Document, url);
    if (!out.ok) throw new UsageError(`article illisible ${url} : ${out.reason}`);
    return out.article;
  } finally {
    // Awaited so that no window teardown runs later, in the middle of timed searches.
    await window.happyDOM.close();
  }
}

/** Reads every article listed in the corpus manifest and extracts it. */
export async function loadCorpus(dir: string): Promise<KbArticle[]> {
  const parsed = ManifestSchema.safeParse(
    await readJson(join(dir, 'manifest.json'), 'Le manifeste du corpus'),
  );
  if (!parsed.success)
    throw new UsageError(`manifeste du corpus invalide : ${join(dir, 'manifest.json')}`);
  const out: KbArticle[] = [];
  for (const a of parsed.data.articles) {
    let html: string;
    try {
      html = await readFile(join(dir, a.file), 'utf8');
    } catch {
      throw new UsageError(`page d'article introuvable : ${join(dir, a.file)}`);
    }
    out.push(await extractHtml(html, new URL(a.path, CORPUS_ORIGIN).href));
  }
  return out;
}

/** Reads and validates a query file (a JSON array of { q, expected }). */
/**
 * What a query set is, said in its file (issue 20): `tuning` (looked at, tuned on), `development`
 * (measured often, looked at), `blind` (written by someone who saw neither the search code nor the
 * other sets; only its aggregate is ever printed, never used to choose a change).
 */
export const QuerySetKindSchema = z.enum(['tuning', 'development', 'blind']);
export type QuerySetKind = z.infer<typeof QuerySetKindSchema>;

export const QuerySetSchema = z.object({
  kind: QuerySetKindSchema,
  about: z.string().min(1),
  queries: z.array(QuerySchema).min(1),
});
export type QuerySet = z.infer<typeof QuerySetSchema>;

/** A query set with its kind; a file that does not say what it is is refused. */
export async function loadQuerySet(file: string): Promise<QuerySet> {
  const parsed = QuerySetSchema.safeParse(await readJson(file, 'Le fichier de requêtes'));
  if (!parsed.success) {
    throw new UsageError(
      `fichier de requêtes invalide (${file}) : attendu {"kind": "tuning" | "development" | "blind", "about": "…", "queries": [{"q": "…", "expected": ["slug"]}]}`,
    );
  }
  return parsed.data;
}

/** The queries of a set (its kind checked by `loadQuerySet`). */
export async function loadQueries(file: string): Promise<EvalQuery[]> {
  return (await loadQuerySet(file)).queries;
}

export type EvalResult = {
  hit1: number;
  hit3: number;
  mrr: number;
  p50: number;
  p95: number;
  n: number;
  misses: { q: string; expected: string[]; got: string[] }[];
};

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Queries run untimed before measuring, none from the eval set: the first searches of a process
 * pay for JIT compilation (10–20 ms here), which the side panel pays once when it loads the
 * index (`KbIndex.warmUp`, which callers run first as the panel does), not on every keystroke.
 * Per-query caches stay cold for the eval's own words.
 */
export const WARM_UP = [
  'aide conexion au compte',
  'statut du dosier en cours',
  'liste des structures du departement',
  'xyzzy plop',
  'famille hebergee ce soir',
  'tdb et extracion mensuelle',
  'personne agee sans papiers',
  'message rouge quand je valide',
  'droit acces donnees',
  'place hotel 115 urgence nuit',
  'formation referent webinaire',
  'changer adresse courriel',
].flatMap((q) => [q, q.slice(0, -3), q]);

/** Runs every query through `search` (returning ranked slugs) and scores the ranking. */
export function evaluate(
  queries: readonly EvalQuery[],
  search: (q: string) => string[],
): EvalResult {
  for (const q of WARM_UP) search(q);
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const times: number[] = [];
  const misses: EvalResult['misses'] = [];
  for (const { q, expected } of queries) {
    const t0 = performance.now();
    const got = search(q);
    times.push(performance.now() - t0);
    const rank = got.findIndex((s) => expected.includes(s));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses.push({ q, expected, got: got.slice(0, 3) });
  }
  const n = queries.length;
  return {
    hit1: hit1 / n,
    hit3: hit3 / n,
    mrr: rr / n,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    n,
    misses,
  };
}

/** The summary line, exactly as the issue specifies it. */
export function formatResult(r: EvalResult): string {
  return (
    `hit@1=${r.hit1.toFixed(2)} hit@3=${r.hit3.toFixed(2)} mrr=${r.mrr.toFixed(3)} ` +
    `p50_ms=${r.p50.toFixed(2)} p95_ms=${r.p95.toFixed(2)} n=${r.n}`
  );
}
