import { defineConfig } from 'vitest/config';

/**
 * The real-browser suite: Debian's Chromium driven by playwright-core against the production
 * build, served by scripts/serve-dist.mjs. Run through scripts/e2e.mjs, which finds the
 * browser first (or says why the suite was skipped).
 */
export default defineConfig({
  test: {
    name: 'browser',
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the machine has two cores, and timings stay honest.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
