import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the long end-to-end runs (SIGKILLs, the fuzz set, Chromium prints of real
// pages, about a minute on a fresh machine), after `npm test` in CI (.ci/run).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // one file at a time: each times itself against a clean run, and two at once on two cores skew both
    fileParallelism: false,
  },
});
