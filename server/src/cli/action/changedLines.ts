/**
 * The lines a pull request (or a push) changed, per file, from `git diff`: where the Action puts
 * its annotations, so a reviewer sees the findings on what the author touched.
 */
import { execFileSync } from 'node:child_process';

/** Repository-relative path (forward slashes) → changed line numbers (1-based, new side). */
export type ChangedLines = Map<string, Set<number>>;

/** The commit to compare the working tree with, from the event GitHub describes; undefined for "everything". */
export function baseCommit(eventName: string | undefined, event: Record<string, any> | undefined): string | undefined {
  if (!event) return undefined;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return event.pull_request?.base?.sha;
  if (eventName === 'push' && typeof event.before === 'string' && !/^0+$/.test(event.before)) return event.before;
  return undefined;
}

/** Reads `git diff --unified=0` output: the new side's line numbers of every hunk, per file. */
function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = undefined;
      if (target === '/dev/null') continue;
      const file = unquote(target).replace(/^b\//, '');
      current = changed.get(file) ?? new Set();
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return changed;
}

/** git quotes a path with unusual characters in C style: "b/plan \"x\".md". */
function unquote(target: string): string {
  if (!target.startsWith('"')) return target;
  return JSON.parse(target.replace(/\\([0-7]{3})/g, (_, octal: string) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`));
}

const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });

/**
 * The lines changed since `base` in the working tree at `cwd`. A shallow checkout may lack the
 * base commit: it is fetched (one commit deep). Undefined when git cannot tell.
 */
export function changedSince(base: string, cwd: string): { root: string; lines: ChangedLines } | undefined {
  try {
    const root = git(['rev-parse', '--show-toplevel'], cwd).trim();
    try {
      git(['cat-file', '-e', `${base}^{commit}`], cwd);
    } catch {
      git(['fetch', '--no-tags', '--depth=1', 'origin', base], cwd);
    }
    const diff = git(['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', base, '--'], cwd);
    return { root, lines: parseUnifiedDiff(diff) };
  } catch {
    return undefined;
  }
}
