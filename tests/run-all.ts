// `npm test`: every check CI runs, in order, then one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

interface Step {
  name: string;
  cmd: string[];
  /** Vitest JSON report to count tests from. */
  report?: string;
  env?: Record<string, string>;
}

const reports = path.resolve('.output/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitest = (config: string, name: string): Step => ({
  name,
  cmd: [
    'npx',
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/${name}.json`,
  ],
  report: `${reports}/${name}.json`,
});

const steps: Step[] = [
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  vitest('tests/vitest.config.ts', 'unit'),
  // `wxt zip` builds chrome-mv3 and firefox-mv3 and packs the store zips the build checks read.
  { name: 'build-and-zip', cmd: ['npm', 'run', '--silent', 'zip'] },
  { name: 'build-demo', cmd: ['npm', 'run', '--silent', 'build:demo'] },
  vitest('tests/build/vitest.config.ts', 'build-checks'),
  vitest('tests/e2e/vitest.config.ts', 'e2e'),
  // The README's first command, played headless on the demo build: it must keep working.
  { name: 'demo', cmd: ['npx', 'tsx', 'tests/demo/run-demo.ts'], env: { DISPLAY: '' } },
  // Every benchmark, printed against its target and baseline. Fails only on a size over budget:
  // timings are reported, never asserted (the machines are noisy).
  { name: 'bench', cmd: ['npm', 'run', '--silent', 'bench'] },
];

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
/** Repeated after the last step: the end of a long CI log is often all that is read. */
const failedTests: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0] ?? 'npx', step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    try {
      const r = JSON.parse(readFileSync(step.report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        testResults?: {
          name: string;
          message?: string;
          assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[];
        }[];
      };
      passed += r.numPassedTests;
      failed += r.numFailedTests;
      for (const file of r.testResults ?? []) {
        const where = path.relative(process.cwd(), file.name);
        const failures = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
        for (const a of failures) {
          const why = (a.failureMessages?.[0] ?? '')
            .split('\n')
            .slice(0, 3)
            .join(' ')
            .slice(0, 600);
          failedTests.push(`${step.name} · ${where} › ${a.fullName}\n    ${why}`);
        }
        if (!failures.length && file.message) {
          failedTests.push(`${step.name} · ${where}\n    ${file.message.slice(0, 600)}`);
        }
      }
    } catch {
      /* the step's own failure is counted below */
    }
  }
  if (run.status !== 0) {
    failedSteps.push(step.name);
    if (!step.report) failed += 1;
    console.log(`=== ${step.name} FAILED (${seconds} s)`);
  } else {
    if (!step.report) passed += 1;
    console.log(`=== ${step.name} ok (${seconds} s)`);
  }
}
if (failedTests.length)
  console.log(`\nFailed tests:\n${failedTests.map((t) => `  ✗ ${t}`).join('\n')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
