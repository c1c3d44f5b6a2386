/** Which files are I-plans (docs/format.md §1): an `iplan` key in the front matter, or a matching path. */
import picomatch from 'picomatch';
import type { Framework } from './framework';
import type { Plan } from './plan';

/** The paths that are I-plans when neither the configuration nor the framework says otherwise. */
export const DEFAULT_PLAN_GLOBS: readonly string[] = ['**/*.iplan.md'];

/** The plan globs in force: the configured ones, else the framework's, else the default. */
export function planGlobsFor(framework: Framework, configured?: readonly string[]): readonly string[] {
  return configured ?? framework.definition.planGlobs ?? DEFAULT_PLAN_GLOBS;
}

const MARKER = /^iplan[ \t]*:/m;

/** Whether the front matter names the framework, also while it is half-typed and does not parse. */
export function hasPlanMarker(plan: Plan): boolean {
  const fm = plan.frontMatter;
  if (!fm) return false;
  if (fm.data && typeof fm.data === 'object' && !Array.isArray(fm.data)) return 'iplan' in fm.data;
  return MARKER.test(fm.yaml);
}

/** A cheap test on raw text, before parsing: could this file be an I-plan by its marker? */
export function mayHaveMarker(text: string): boolean {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return false;
  const end = text.search(/^(?:---|\.\.\.)[ \t]*$/m);
  const head = text.slice(start + 3, end > start ? end : Math.min(text.length, 65536));
  return MARKER.test(head);
}

const matcherCache = new Map<string, (path: string) => boolean>();

/**
 * Paths are matched with forward slashes, relative to the workspace or repository root. A file
 * outside that root (`../elsewhere/x.iplan.md`) is matched on the part below the `..` steps,
 * so the default glob still finds it.
 */
export function matchesPlanGlobs(relativePath: string, globs: readonly string[]): boolean {
  const key = globs.join('\0');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = picomatch(globs as string[], { dot: true });
    matcherCache.set(key, matcher);
  }
  return matcher(relativePath.replace(/\\/g, '/').replace(/^(?:\.\.\/)+/, ''));
}
