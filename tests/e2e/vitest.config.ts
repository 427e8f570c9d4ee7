import { defineConfig } from 'vitest/config';

// Journeys in real browsers: one at a time (2 cores), generous timeouts, no retries that hide flakes.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
