import { describe, expect, it } from 'vitest';
import { runMigrations, type MigrationPlan } from '../../utils/core/migrations/run';

const plan: MigrationPlan = {
  version: 3,
  steps: {
    2: (v) => ({ ...(v as object), two: true }),
    3: (v) => ({ ...(v as object), three: true }),
  },
};

describe('runMigrations', () => {
  it('applies each step in order from the stored version', () => {
    expect(runMigrations({ a: 1 }, 1, plan)).toEqual({
      ok: true,
      value: { a: 1, two: true, three: true },
      version: 3,
      applied: [2, 3],
    });
    expect(runMigrations({ a: 1 }, 2, plan)).toMatchObject({ ok: true, applied: [3] });
  });

  it('returns a current value as is', () => {
    const value = { a: 1 };
    const result = runMigrations(value, 3, plan);
    expect(result).toEqual({ ok: true, value, version: 3, applied: [] });
  });

  it('refuses a version from the future or an invalid one, keeping the value', () => {
    expect(runMigrations('x', 4, plan)).toMatchObject({ ok: false, value: 'x', version: 4 });
    const r = runMigrations('x', 0, plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('version enregistrée invalide : 0');
  });

  it('reports a missing step in French with the value reached so far', () => {
    const gap: MigrationPlan = { version: 3, steps: { 3: (v) => v } };
    expect(runMigrations({ a: 1 }, 1, gap)).toEqual({
      ok: false,
      error: 'migration vers la version 2 absente',
      version: 1,
      value: { a: 1 },
    });
  });

  it('turns a throwing step into a failure, never an exception', () => {
    const bad: MigrationPlan = {
      version: 3,
      steps: {
        2: (v) => ({ ...(v as object), two: true }),
        3: () => {
          throw new Error('format inconnu');
        },
      },
    };
    expect(runMigrations({ a: 1 }, 1, bad)).toEqual({
      ok: false,
      error: 'migration vers la version 3 impossible : format inconnu',
      version: 2,
      value: { a: 1, two: true },
    });
  });
});
