import { defineConfig } from 'vitest/config';

// The default suite (`npm test`): fast, 1½–2 minutes on two cores. The long runs (wall-clock
// SIGKILLs, the fuzz set) are in test/e2e, run by `npm run test:e2e` (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two forks even on two cores (vitest's default there is one): many tests wait on a
    // spawned CLI or Chromium, and the other fork runs meanwhile.
    maxWorkers: 2,
    // A fork keeps its modules from one test file to the next: the parser, the gazetteer and
    // MuPDF load once per fork, not once per file (import time was a third of the suite).
    // No test relies on a fresh module: none mocks a module or leaves global state behind.
    isolate: false,
  },
});
