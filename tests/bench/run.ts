/**
 * `npm run bench [-- --only sizes|search|dupes|detect|browser[,…]]`: every benchmark of the project
 * in one report. Writes bench-results.json, prints a table (targets and baselines side by side),
 * then the figures that miss. Exits 1 only when a size is over its budget (see check.ts).
 * The `browser` part launches Chromium and the demo server: run it under the shared lock
 * (`flock /tmp/ars-browser.lock npm run bench`).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchEntry } from './bench-entry';
import { BUDGETS } from './budgets';
import { applyBudgets, exitCode, findMisses, formatTable, kindOf, type ReportEntry } from './check';

const PARTS = ['sizes', 'search', 'dupes', 'detect', 'browser'] as const;
type Part = (typeof PARTS)[number];

function parseOnly(argv: readonly string[]): Part[] {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return [...PARTS];
  const value = argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  const asked = (value ?? '').split(',').filter(Boolean);
  const unknown = asked.filter((p) => !(PARTS as readonly string[]).includes(p));
  if (!asked.length || unknown.length) {
    throw new Error(`--only takes ${PARTS.join('|')} (comma-separated); got "${value ?? ''}"`);
  }
  return asked as Part[];
}

const tag = (section: string, entries: readonly BenchEntry[]): ReportEntry[] =>
  entries.map((e) => ({ ...e, section, kind: kindOf(e) }));

/** Runs one part; its notes (skips, module weights) are printed before the table. */
async function runPart(part: Part, notes: string[]): Promise<ReportEntry[]> {
  switch (part) {
    case 'sizes': {
      const { runSizeBench, contentScriptWeights } = await import('./size-bench');
      const { entries, skipped } = runSizeBench();
      notes.push(...skipped);
      const weights = await contentScriptWeights().catch((err: unknown) => [
        `(no weights: ${String(err)})`,
      ]);
      notes.push(`sisiao.js: heaviest modules (esbuild estimate):\n    ${weights.join('\n    ')}`);
      return entries;
    }
    case 'search': {
      const { runSearchBench } = await import('./search-bench');
      return tag('search', await runSearchBench());
    }
    case 'dupes': {
      const { runDupesBench } = await import('./dupes-bench');
      return tag('dupes', await runDupesBench());
    }
    case 'detect': {
      const { runDetectBench } = await import('./detect-bench');
      return tag('detect (happy-dom)', await runDetectBench());
    }
    case 'browser': {
      const { runBrowserBench } = await import('./browser-bench');
      const { entries, notes: browserNotes } = await runBrowserBench();
      notes.push(...browserNotes);
      return entries;
    }
  }
}

async function main(): Promise<number> {
  const parts = parseOnly(process.argv.slice(2));
  const notes: string[] = [];
  const raw: ReportEntry[] = [];
  const failed: Part[] = [];
  for (const part of parts) {
    const t0 = performance.now();
    try {
      raw.push(...(await runPart(part, notes)));
    } catch (err) {
      failed.push(part);
      notes.push(`${part}: failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    console.error(`bench: ${part} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const entries = applyBudgets(raw, BUDGETS);
  const misses = findMisses(entries, BUDGETS);
  const out = fileURLToPath(new URL('../../bench-results.json', import.meta.url));
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: {
          node: process.version,
          cpus: os.cpus().length,
          platform: `${os.platform()} ${os.arch()}`,
        },
        parts,
        entries,
        misses,
        notes,
      },
      null,
      2,
    )}\n`,
  );

  for (const n of notes) console.log(`note: ${n}`);
  console.log(`\n${formatTable(entries, misses)}\n`);
  for (const e of entries.filter((x) => x.note))
    console.log(`  · ${e.section} / ${e.name}: ${e.note}`);
  console.log(`\nWritten: ${out}`);
  if (!misses.length) console.log('All figures within their targets.');
  else {
    console.log(`\n${misses.length} figure(s) miss their target:`);
    for (const m of misses) {
      const how = m.fails ? 'FAIL (size)' : `miss (${m.kind}, does not fail)`;
      console.log(
        `  ${how}: ${m.section} / ${m.name}: ${+m.value.toFixed(3)} ${m.unit}, target ${m.target}`,
      );
    }
  }
  if (failed.length) console.log(`\nFailed to run: ${failed.join(', ')} (see the notes above).`);
  // Sizes that could not be measured cannot be said to hold: that fails like a size over budget.
  return failed.includes('sizes') ? 1 : exitCode(misses);
}

process.exitCode = await main();
