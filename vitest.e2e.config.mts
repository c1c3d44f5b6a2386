import { defineConfig } from 'vitest/config';

// The real-editor end-to-end run: slow, needs Chromium and code-server (scripts/e2e.sh sets up both).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
