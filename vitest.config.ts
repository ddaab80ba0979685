import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/closing-line-reporter.ts'],
    include: ['actions/*/test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores on CI: the end-to-end tests spawn node and git, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
  },
});
