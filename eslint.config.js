import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LAYERS } from './layers.config.js';

/** Import patterns that name another layer's folder (relative imports: `../../sites/…`). */
function layerPatterns(layer) {
  const allowed = new Set([layer, ...LAYERS[layer]]);
  return Object.keys(LAYERS)
    .filter((other) => !allowed.has(other))
    .map((other) => {
      const folder = other.split('/').pop();
      return {
        group: [`**/${folder}`, `**/${folder}/**`],
        message: `${layer} may not import ${other} (layers: layers.config.js, docs/architecture.md).`,
      };
    });
}

const browserFree = [
  {
    group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*'],
    message: 'utils/core stays free of browser APIs.',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'utils/core stays free of React.',
  },
];

const SOURCES = ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'];

const storageRules = [
  {
    selector:
      "MemberExpression[object.property.name='storage'][property.name=/^(local|session|sync|managed)$/]",
    message: 'Browser storage is read and written in utils/ext/storage/ only.',
  },
  {
    selector: "MemberExpression[object.name='indexedDB'], Identifier[name='IDBKeyRange']",
    message: 'IndexedDB is opened in utils/ext/storage/idb.ts only.',
  },
  {
    selector: 'ImportDeclaration[source.value=/^(wxt\\/utils\\/storage|@wxt-dev\\/storage)$/]',
    message: 'WXT storage items are defined in utils/ext/storage/ only.',
  },
];

const sendRule = {
  selector:
    "MemberExpression[object.property.name=/^(runtime|tabs)$/][property.name='sendMessage']",
  message: 'Messages are sent through utils/ext/protocol/ only (declared, typed, parsed).',
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'tests/demo/kb-corpus/**',
      'tests/demo/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // One storage module and one protocol: browser storage is touched in utils/ext/storage/ only,
  // messages are sent in utils/ext/protocol/ only (declared, typed, parsed).
  {
    files: SOURCES,
    ignores: ['utils/ext/storage/**', 'utils/ext/protocol/**'],
    rules: { 'no-restricted-syntax': ['error', ...storageRules, sendRule] },
  },
  { files: ['utils/ext/storage/**/*.ts'], rules: { 'no-restricted-syntax': ['error', sendRule] } },
  {
    files: ['utils/ext/protocol/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...storageRules] },
  },
  // Each layer imports only the layers below it; the pure core also no browser API and no React.
  ...Object.keys(LAYERS).map((layer) => ({
    files: [`${layer}/**/*.ts`, `${layer}/**/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...(layer === 'utils/core' ? browserFree : []), ...layerPatterns(layer)] },
      ],
    },
  })),
);
