import { defineConfig } from 'vitest/config';

// The default suite (`npm test`): fast, under 90 s on two cores. The long runs (wall-clock
// SIGKILLs, the fuzz set) are in test/e2e, run by `npm run test:e2e` (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
