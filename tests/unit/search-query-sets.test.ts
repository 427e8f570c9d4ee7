import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuerySet } from '../tools/kb-eval';

/**
 * Honest figures (issue 20): every query set says what it is, and a blind set never shows its
 * queries — `kb eval` prints one aggregate line per set with its kind.
 */
const dir = join(process.cwd(), 'tests/fixtures');
const files = readdirSync(dir).filter((f) => /^kb-queries.*\.json$/.test(f));

describe('knowledge-base query sets', () => {
  it.each(files)('%s says its kind and what it is', async (f) => {
    const set = await loadQuerySet(join(dir, f));
    expect(['tuning', 'development', 'blind']).toContain(set.kind);
    expect(set.about.length).toBeGreaterThan(20);
  });

  it('kb eval prints one aggregate line per set, and no query of a blind set', () => {
    const out = execFileSync(
      'npx',
      [
        'tsx',
        'tests/tools/kb.ts',
        'eval',
        '--corpus',
        'tests/demo/kb-corpus',
        '--queries',
        'tests/fixtures/kb-queries-holdout.json',
        '--queries',
        'tests/fixtures/kb-queries-blind2.json',
      ],
      { encoding: 'utf8' },
    );
    const lines = out.trim().split('\n');
    expect(
      lines.filter((l) => /^development kb-queries-holdout\.json \(\d+\) : hit@1=/.test(l)),
    ).toHaveLength(1);
    expect(
      lines.filter((l) => /^blind kb-queries-blind2\.json \(\d+\) : hit@1=/.test(l)),
    ).toHaveLength(1);
    // The blind set is last: nothing but its aggregate after the development set's line.
    expect(lines.at(-1)).toMatch(/^blind /);
    expect(lines.at(-2)).toMatch(/^development /);
  }, 120_000);
});
