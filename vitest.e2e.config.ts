import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against browser mode; one file at a time keeps
// two headless browsers from fighting over this machine's two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
