import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'tests/demo/kb-corpus/**', 'tests/demo/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core must run anywhere (tests, CLI, service worker): no browser API, no React.
    files: ['utils/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*'], message: 'utils/core stays free of browser APIs.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'utils/core stays free of React.' },
          ],
        },
      ],
    },
  },
);
