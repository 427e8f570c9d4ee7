import { defineConfig } from 'vitest/config';

// Checks of the built extension (manifests, web-ext lint, sizes): they need `npm run build` first.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
