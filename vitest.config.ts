import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Two workers on this 2-core machine: the integration files (in-process, CPU-bound) run beside
    // the end-to-end ones (mostly waiting on Chromium and the server), not after them.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One module graph and one Chromium per worker, not per file: each file still starts its
          // own portal, and opens fresh browser contexts (decision 0070).
          isolate: false,
          // A failed test runs once more before it fails the run; tests/support/flaky-reporter.ts
          // lists each one that needed it (decision 0084).
          retry: 1,
          // A journey of many pages took up to 90 s with the machine loaded by other work.
          testTimeout: 240_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
