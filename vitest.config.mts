import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    // Spawned CLIs and language servers need a little more than the default on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
