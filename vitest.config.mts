import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Style sheets are imported as text (`import css from './x.css' with { type: 'text' }`), which
 * esbuild bundles as a string. Vite does not read import attributes and would load a `.css` file
 * as a style sheet; here it gets the text, under an id Vite's CSS handling leaves alone.
 */
function cssAsText(): Plugin {
  const prefix = '\0css-text:';
  const suffix = '.txt';
  return {
    name: 'iplan-css-as-text',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && source.endsWith('.css')) return `${prefix}${path.resolve(path.dirname(importer), source)}${suffix}`;
    },
    load(id) {
      if (id.startsWith(prefix)) return `export default ${JSON.stringify(readFileSync(id.slice(prefix.length, -suffix.length), 'utf8'))};`;
    },
  };
}

/** Tests that drive programs from Debian's packages; their project installs them when missing. */
export const DEBIAN_TESTS = ['test/browser/**/*.test.ts', 'test/ci/pre-commit.test.ts'];

// Spawned CLIs and language servers need a little more than the default on a 2-core machine.
const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  plugins: [cssAsText()],
  test: {
    // Runs once per run: the projects below do not inherit it.
    globalSetup: ['test/setup/build.ts'],
    projects: [
      // Projects inherit neither the root's plugins nor its setup: each names the style-sheet plugin
      // (without it the renderer's style sheet is an empty string in tests, and pages go unstyled).
      { plugins: [cssAsText()], test: { ...timeouts, name: 'unit', include: ['test/**/*.test.ts'], exclude: DEBIAN_TESTS } },
      // Its global setup runs only when the run includes one of its files.
      { plugins: [cssAsText()], test: { ...timeouts, name: 'debian', include: DEBIAN_TESTS, globalSetup: ['test/setup/debian.ts'] } },
    ],
  },
});
