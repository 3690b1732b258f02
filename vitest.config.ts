import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        // As the extension is built (wxt.config.ts): RegExp literals stay literals.
        esbuild: { target: 'es2024' },
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/hostile/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          // A loaded CI machine is slower than 1 s (vitest's default) at times: a poll is a wait, not a timing.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts', 'tests/hostile/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
          // What the browsers said, kept for a failing test (tests/e2e/journal.ts).
          setupFiles: ['tests/e2e/failure-log.ts'],
        },
      },
    ],
  },
});
