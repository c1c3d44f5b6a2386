import { defineConfig } from 'vitest/config';

/** Tests that drive programs from Debian's packages; their project installs them when missing. */
export const DEBIAN_TESTS = ['test/browser/**/*.test.ts'];

// Spawned CLIs and language servers need a little more than the default on a 2-core machine.
const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    // Runs once per run: the projects below do not inherit it.
    globalSetup: ['test/setup/build.ts'],
    projects: [
      { test: { ...timeouts, name: 'unit', include: ['test/**/*.test.ts'], exclude: DEBIAN_TESTS } },
      // Its global setup runs only when the run includes one of its files.
      { test: { ...timeouts, name: 'debian', include: DEBIAN_TESTS, globalSetup: ['test/setup/debian.ts'] } },
    ],
  },
});
