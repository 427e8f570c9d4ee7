import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS } from '../../layers.config.js';

/**
 * The import graph between the layers of layers.config.js, computed from the code. docs/
 * architecture.md shows it (`npm run --silent graph -- --write` redraws it), and
 * tests/unit/architecture.test.ts fails when an import leaves the layers or the picture is out of
 * date.
 */
/** A layer's folder: `utils/core`, `components`… */
export type Layer = string;
export { LAYERS };

const SOURCE_ROOTS = ['utils', 'components', 'entrypoints'];
const GRAPH_START = '<!-- import-graph:start (npm run --silent graph -- --write) -->';
const GRAPH_END = '<!-- import-graph:end -->';

/** The layer a path (relative to the project, with /) belongs to, or null outside the source. */
export function layerOf(file: string): Layer | null {
  const [top, second] = file.split('/');
  const name = top === 'utils' ? `utils/${second ?? ''}` : (top ?? '');
  return name in LAYERS ? name : null;
}

/** Relative import specifiers of a TypeScript source (static, dynamic, re-exports). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    found.push(m[1]!);
  }
  return found;
}

export interface Edge {
  from: Layer;
  to: Layer;
  /** How many imports make this edge, and the first file that does (for messages). */
  count: number;
  example: string;
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(root, rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Every import that crosses a layer, grouped by (from, to). */
export function layerEdges(root: string): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of SOURCE_ROOTS.flatMap((d) => sourceFiles(root, d))) {
    const from = layerOf(file);
    if (!from) continue;
    for (const spec of importSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = layerOf(target);
      if (!to || to === from) continue;
      const key = `${from} ${to}`;
      const edge = edges.get(key) ?? { from, to, count: 0, example: file };
      edge.count++;
      edges.set(key, edge);
    }
  }
  return [...edges.values()].sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`));
}

/** The edges a layer may not have. */
export function forbiddenEdges(edges: readonly Edge[]): Edge[] {
  return edges.filter((e) => !(LAYERS[e.from] ?? []).includes(e.to));
}

const nodeId = (layer: string) => layer.replace(/\W/g, '_');

/** The graph as a Mermaid block, drawn from the code. */
export function mermaid(edges: readonly Edge[]): string {
  const lines = ['```mermaid', 'flowchart BT'];
  for (const layer of Object.keys(LAYERS)) lines.push(`  ${nodeId(layer)}["${layer}"]`);
  for (const e of edges) lines.push(`  ${nodeId(e.from)} --> ${nodeId(e.to)}`);
  lines.push('```');
  return lines.join('\n');
}

/** The document with its graph block replaced by `graph`; throws if the markers are missing. */
export function withGraph(doc: string, graph: string): string {
  const start = doc.indexOf(GRAPH_START);
  const end = doc.indexOf(GRAPH_END);
  if (start < 0 || end < start) throw new Error('docs/architecture.md: graph markers not found');
  return `${doc.slice(0, start + GRAPH_START.length)}\n\n${graph}\n\n${doc.slice(end)}`;
}

const DOC = 'docs/architecture.md';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const edges = layerEdges(root);
  const bad = forbiddenEdges(edges);
  for (const e of bad)
    console.error(`forbidden: ${e.from} → ${e.to} (${e.count}×, e.g. ${e.example})`);
  if (process.argv.includes('--write')) {
    const file = path.join(root, DOC);
    writeFileSync(file, withGraph(readFileSync(file, 'utf8'), mermaid(edges)));
    console.log(`${DOC}: graph redrawn (${edges.length} edges)`);
  } else {
    console.log(mermaid(edges));
  }
  if (bad.length) process.exitCode = 1;
}
