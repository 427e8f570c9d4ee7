import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  forbiddenEdges,
  importSpecifiers,
  layerEdges,
  layerOf,
  mermaid,
  withGraph,
  LAYERS as LAYERS_FOR_TEST,
} from '../tools/import-graph';

const root = path.resolve(__dirname, '../..');

describe('the layers of the source tree', () => {
  it('reads static, dynamic and re-exported relative imports, not packages', () => {
    const src = [
      `import { a } from '../core/a';`,
      `import type { B } from "./b";`,
      `export { c } from '../../sites/c';`,
      `const d = await import('../ext/d');`,
      `import React from 'react';`,
      `import '../../components/theme.css';`,
    ].join('\n');
    expect(importSpecifiers(src)).toEqual([
      '../core/a',
      './b',
      '../../sites/c',
      '../ext/d',
      '../../components/theme.css',
    ]);
  });

  it('places a file in its layer', () => {
    expect(layerOf('utils/core/search/rank.ts')).toBe('utils/core');
    expect(layerOf('utils/config/resolve.ts')).toBe('utils/config');
    expect(layerOf('entrypoints/background/index.ts')).toBe('entrypoints');
    expect(layerOf('tests/unit/x.test.ts')).toBeNull();
    expect(layerOf('utils/elsewhere/x.ts')).toBeNull();
  });

  it('finds a core → sites import forbidden', () => {
    const bad = forbiddenEdges([
      { from: 'utils/core', to: 'utils/sites', count: 1, example: 'utils/core/x.ts' },
      { from: 'utils/sites', to: 'utils/core', count: 3, example: 'utils/sites/y.ts' },
      { from: 'components', to: 'utils/ext', count: 1, example: 'components/Z.tsx' },
    ]);
    expect(bad.map((e) => `${e.from}→${e.to}`)).toEqual([
      'utils/core→utils/sites',
      'components→utils/ext',
    ]);
  });

  it('holds in the code: no import goes up or sideways', () => {
    const edges = layerEdges(root);
    expect(edges.length).toBeGreaterThan(10);
    expect(forbiddenEdges(edges).map((e) => `${e.from} → ${e.to} (${e.example})`)).toEqual([]);
  });

  it('is drawn as it is in docs/architecture.md', () => {
    const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
    // Redraw with `npm run --silent graph -- --write` when this fails.
    expect(withGraph(doc, mermaid(layerEdges(root)))).toBe(doc);
  });

  it('gives every layer a paragraph in docs/architecture.md', () => {
    const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
    const headings = [...doc.matchAll(/^## `([^`]+)`/gm)].map((m) => m[1]);
    expect(headings.sort()).toEqual(Object.keys(LAYERS_FOR_TEST).sort());
  });
});
