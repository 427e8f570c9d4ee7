/**
 * Pure budget logic of `npm run bench`: give each figure its target from the budgets, find the
 * figures that miss, and decide which misses fail the command. Sizes fail (a build is
 * deterministic); timings never do (machines are noisy), nor do relevance figures (their own
 * unit tests guard them).
 */
import type { BenchEntry } from './bench-entry';
import type { Budget } from './budgets';

export type EntryKind = 'size' | 'timing' | 'quality';

/** A figure as the report holds it: which benchmark it comes from and what kind of figure it is. */
export type ReportEntry = BenchEntry & {
  section: string;
  kind: EntryKind;
  /** Key of the budget in `budgets.ts` that sets the target, when one does. */
  budget?: string;
  note?: string;
};

export interface Miss {
  section: string;
  name: string;
  value: number;
  target: number;
  unit: string;
  kind: EntryKind;
  /** Whether this miss makes the command exit 1: only sizes do. */
  fails: boolean;
}

/** The kind of a figure that no budget names: milliseconds are timings, the rest quality. */
export function kindOf(entry: Pick<BenchEntry, 'unit'>): EntryKind {
  return entry.unit === 'ms' ? 'timing' : 'quality';
}

/** Sets target, direction and kind from the budget each entry names; unknown budgets throw. */
export function applyBudgets(
  entries: readonly ReportEntry[],
  budgets: Readonly<Record<string, Budget>>,
): ReportEntry[] {
  return entries.map((e) => {
    if (e.budget === undefined) return e;
    const b = budgets[e.budget];
    if (!b) throw new Error(`bench: unknown budget "${e.budget}" for "${e.name}"`);
    return { ...e, target: b.max, better: 'lower', kind: b.kind };
  });
}

function misses(e: BenchEntry): boolean {
  if (e.target === undefined || !Number.isFinite(e.value)) return false;
  return e.better === 'lower' ? e.value > e.target : e.value < e.target;
}

/** Entries (after budgets are applied) whose value is on the wrong side of their target. */
export function findMisses(
  entries: readonly ReportEntry[],
  budgets: Readonly<Record<string, Budget>>,
): Miss[] {
  return applyBudgets(entries, budgets)
    .filter(misses)
    .map((e) => ({
      section: e.section,
      name: e.name,
      value: e.value,
      target: e.target as number,
      unit: e.unit,
      kind: e.kind,
      fails: e.kind === 'size',
    }));
}

/** Exit code of the command: 1 when a size is over budget, whatever the timings say. */
export function exitCode(found: readonly Miss[]): 0 | 1 {
  return found.some((m) => m.fails) ? 1 : 0;
}

function num(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/** value ÷ baseline, e.g. "0.04× base" for a latency 25 times lower than the baseline's. */
export function ratioText(e: Pick<BenchEntry, 'value' | 'baseline'>): string {
  if (e.baseline === undefined || e.baseline === 0 || !Number.isFinite(e.value)) return '';
  return `${(e.value / e.baseline).toFixed(e.value / e.baseline < 0.1 ? 3 : 2)}× base`;
}

/** The readable table: one row per figure, the target and the baseline side by side. */
export function formatTable(entries: readonly ReportEntry[], found: readonly Miss[]): string {
  const missed = new Set(found.map((m) => `${m.section}\u0000${m.name}`));
  const rows = entries.map((e) => {
    const status = missed.has(`${e.section}\u0000${e.name}`)
      ? e.kind === 'size'
        ? 'FAIL'
        : 'miss'
      : e.target === undefined
        ? ''
        : 'ok';
    const target =
      e.target === undefined ? '' : `${e.better === 'lower' ? '≤' : '≥'} ${num(e.target)}`;
    return [
      e.section,
      e.name,
      `${num(e.value)} ${e.unit}`,
      target,
      e.baseline === undefined ? '' : num(e.baseline),
      ratioText(e),
      status,
    ];
  });
  const head = ['section', 'figure', 'value', 'target', 'baseline', 'ratio', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        i === 2 || i === 3 || i === 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
