/**
 * Sizes of the production builds (`npm run build` → `.output/chrome-mv3`, `.output/firefox-mv3`),
 * gzipped at level 9 one file at a time. Extensions are not served compressed: gzip stands for the
 * amount of code parsed, with less noise from minifier naming than raw bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ReportEntry } from './check';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILDS = ['chrome-mv3', 'firefox-mv3'] as const;

/** Gzipped bytes of a file (level 9, deterministic). */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The JS a page loads before it can render: its module script, its modulepreload links and,
 * recursively, the static imports of those chunks. Dynamic `import()` (the xlsx export) is lazy
 * and left out.
 */
export function pageScripts(buildDir: string, html: string): string[] {
  const page = readFileSync(path.join(buildDir, html), 'utf8');
  const queue = [...page.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(buildDir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), m[1] as string));
    }
  }
  return [...seen];
}

/** What is measured in each build, and the budget (see budgets.ts) each figure is held to. */
const ARTEFACTS = [
  {
    name: 'SI SIAO content script (sisiao.js)',
    files: ['content-scripts/sisiao.js'],
    budget: 'size.sisiao-content',
  },
  {
    name: 'main-world script (sisiao-main.js)',
    files: ['content-scripts/sisiao-main.js'],
    budget: 'size.sisiao-main',
  },
  {
    name: 'knowledge-base content script (kb.js)',
    files: ['content-scripts/kb.js'],
    budget: 'size.kb-content',
  },
  { name: 'side panel JS (sidepanel.html)', page: 'sidepanel.html', budget: 'size.sidepanel' },
  { name: 'background (background.js)', files: ['background.js'], budget: 'size.background' },
] as const;

/** One gzip-size entry per artefact and build; `skipped` names the builds that are missing. */
export function runSizeBench(outputDir = path.join(ROOT, '.output')): {
  entries: ReportEntry[];
  skipped: string[];
} {
  const entries: ReportEntry[] = [];
  const skipped: string[] = [];
  for (const build of BUILDS) {
    const dir = path.join(outputDir, build);
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      skipped.push(`${build}: no production build in ${dir} — run \`npm run build\` first`);
      continue;
    }
    for (const a of ARTEFACTS) {
      const files = 'page' in a ? pageScripts(dir, a.page) : [...a.files];
      const gzip = files.reduce((sum, f) => sum + gzipBytes(path.join(dir, f)), 0);
      const raw = files.reduce((sum, f) => sum + readFileSync(path.join(dir, f)).length, 0);
      entries.push({
        section: `size ${build}`,
        name: `${a.name} gzip`,
        value: gzip,
        unit: 'bytes',
        better: 'lower',
        kind: 'size',
        budget: a.budget,
        note: `${raw} bytes raw${files.length > 1 ? ` in ${files.length} files: ${files.join(', ')}` : ''}`,
      });
    }
  }
  return { entries, skipped };
}

/**
 * Which packages weigh most in the SI SIAO content script, from an esbuild metafile of its entry
 * (minified bytes, before gzip). esbuild tree-shakes less than the production Rollup build, so the
 * total is larger than sisiao.js: read the shares, not the bytes.
 */
export async function contentScriptWeights(top = 6): Promise<string[]> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(ROOT, 'entrypoints/sisiao.content/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    outfile: 'sisiao.js',
    define: { __DEMO__: 'false' },
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  if (!output) return [];
  const byModule = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const inPackage = file.split('node_modules/').pop() ?? file;
    const parts = inPackage.split('/');
    const key = file.includes('node_modules/')
      ? parts.slice(0, inPackage.startsWith('@') ? 2 : 1).join('/')
      : parts.slice(0, 3).join('/');
    byModule.set(key, (byModule.get(key) ?? 0) + bytesInOutput);
  }
  return [...byModule]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([key, bytes]) =>
        `${key}: ${((100 * bytes) / output.bytes).toFixed(1)} % (${bytes} bytes minified)`,
    );
}
