import { describe, expect, it } from 'vitest';
import type { Budget } from '../bench/budgets';
import { BUDGETS } from '../bench/budgets';
import {
  applyBudgets,
  exitCode,
  findMisses,
  formatTable,
  kindOf,
  ratioText,
  type ReportEntry,
} from '../bench/check';

const budgets: Record<string, Budget> = {
  'size.script': { max: 15 * 1024, unit: 'bytes', kind: 'size' },
  'timing.render': { max: 1000, unit: 'ms', kind: 'timing' },
};

const size = (value: number): ReportEntry => ({
  section: 'size chrome-mv3',
  name: 'script gzip',
  value,
  unit: 'bytes',
  better: 'lower',
  kind: 'size',
  budget: 'size.script',
});
const timing = (value: number, extra: Partial<ReportEntry> = {}): ReportEntry => ({
  section: 'browser',
  name: 'render p95',
  value,
  unit: 'ms',
  better: 'lower',
  kind: 'timing',
  ...extra,
});

describe('bench budgets', () => {
  it('gives each entry the target of the budget it names, and leaves the others alone', () => {
    const [s, t] = applyBudgets([size(100), timing(5, { target: 2 })], budgets);
    expect(s).toMatchObject({ target: 15360, better: 'lower', kind: 'size' });
    expect(t?.target).toBe(2);
    expect(() => applyBudgets([{ ...size(1), budget: 'size.nope' }], budgets)).toThrow(
      /size\.nope/,
    );
  });

  it('a size over its budget is a miss that fails the command', () => {
    const misses = findMisses([size(56_644)], budgets);
    expect(misses).toEqual([
      expect.objectContaining({
        name: 'script gzip',
        value: 56_644,
        target: 15_360,
        kind: 'size',
        fails: true,
      }),
    ]);
    expect(exitCode(misses)).toBe(1);
  });

  it('a size exactly at its budget holds', () => {
    expect(findMisses([size(15 * 1024)], budgets)).toEqual([]);
  });

  it('a timing over its target is printed as a miss but never fails', () => {
    const misses = findMisses(
      [timing(2500, { budget: 'timing.render' }), timing(9.5, { name: 'detect p95', target: 2 })],
      budgets,
    );
    expect(misses.map((m) => [m.name, m.fails])).toEqual([
      ['render p95', false],
      ['detect p95', false],
    ]);
    expect(exitCode(misses)).toBe(0);
  });

  it('checks the direction: a relevance figure below its target misses, above holds, without failing', () => {
    const hit3 = (value: number): ReportEntry => ({
      section: 'search',
      name: 'tuned.hit@3',
      value,
      unit: 'ratio',
      better: 'higher',
      target: 0.95,
      kind: 'quality',
    });
    expect(findMisses([hit3(0.98)], budgets)).toEqual([]);
    const misses = findMisses([hit3(0.9)], budgets);
    expect(misses).toHaveLength(1);
    expect(exitCode(misses)).toBe(0);
  });

  it('ignores entries without a target and values that could not be measured', () => {
    expect(findMisses([timing(12), timing(NaN, { target: 1 })], budgets)).toEqual([]);
  });

  it('timings still fail nothing when a size also misses: only the size decides', () => {
    expect(exitCode(findMisses([timing(9, { target: 1 }), size(1)], budgets))).toBe(0);
    expect(exitCode(findMisses([timing(9, { target: 1 }), size(20_000)], budgets))).toBe(1);
  });

  it('infers the kind of unbudgeted figures from their unit', () => {
    expect(kindOf({ unit: 'ms' })).toBe('timing');
    expect(kindOf({ unit: 'ratio' })).toBe('quality');
  });

  it('prints the baseline ratio and marks size failures apart from timing misses', () => {
    expect(ratioText({ value: 1.25, baseline: 6.86 })).toBe('0.18× base');
    expect(ratioText({ value: 1 })).toBe('');
    const entries = applyBudgets([size(56_644), timing(2, { target: 1, baseline: 8 })], budgets);
    const table = formatTable(entries, findMisses(entries, budgets));
    expect(table).toMatch(/script gzip\s+56,644 bytes\s+≤ 15,360\s+FAIL/);
    expect(table).toMatch(/render p95.*0\.25× base\s+miss/);
  });

  it('every budget of the project is a positive maximum, sizes in bytes and timings in ms', () => {
    for (const [key, b] of Object.entries(BUDGETS)) {
      expect(b.max, key).toBeGreaterThan(0);
      expect(b.unit, key).toBe(b.kind === 'size' ? 'bytes' : 'ms');
      expect(key.startsWith(`${b.kind}.`), key).toBe(true);
    }
    expect(BUDGETS['size.sisiao-content']?.max).toBe(15 * 1024);
  });
});
