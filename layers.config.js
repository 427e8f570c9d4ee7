/**
 * The layers of the source tree, lowest first, and the layers each may import besides itself.
 * One table for eslint.config.js (the editor's import rules) and tests/tools/import-graph.ts
 * (the test of the layers and the graph of docs/architecture.md).
 */
export const LAYERS = {
  'utils/i18n': [],
  'utils/core': ['utils/i18n'],
  'utils/sites': ['utils/core', 'utils/i18n'],
  'utils/config': ['utils/sites', 'utils/core', 'utils/i18n'],
  'utils/ext': ['utils/config', 'utils/sites', 'utils/core', 'utils/i18n'],
  // Presentational: props in, events out, never a browser API (so never utils/ext).
  components: ['utils/config', 'utils/sites', 'utils/core', 'utils/i18n'],
  entrypoints: [
    'components',
    'utils/ext',
    'utils/config',
    'utils/sites',
    'utils/core',
    'utils/i18n',
  ],
};
