/**
 * A repository's worth of special files for the walk tests of the CLI and the server: next to the
 * plan `plannen/<plan>`, a FIFO, links to devices, to `.git/config`, to a folder outside, to the
 * plan itself, dangling and looping links, a sparse terabyte and a folder named like a plan.
 * The regular Markdown files among them, which every walk must find, are returned.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export function addSpecialFiles(repository: string, plan: string, planText: string): string[] {
  const plans = path.join(repository, 'plannen');
  execFileSync('mkfifo', [path.join(plans, 'pipe.iplan.md')]);
  symlinkSync('/dev/zero', path.join(plans, 'zero.iplan.md'));
  symlinkSync('/dev/urandom', path.join(plans, 'random.md'));
  symlinkSync('../.git/config', path.join(plans, 'notes.iplan.md'));
  symlinkSync('does-not-exist.md', path.join(plans, 'dangling.iplan.md'));
  symlinkSync(plan, path.join(plans, 'alias.iplan.md'));
  mkdirSync(path.join(repository, 'elsewhere.md'));
  writeFileSync(path.join(repository, 'elsewhere.md', 'outside.iplan.md'), planText);
  symlinkSync('../elsewhere.md', path.join(plans, 'folder.md'));
  symlinkSync('.', path.join(plans, 'loop'));
  symlinkSync('..', path.join(plans, 'up'));
  writeFileSync(path.join(plans, 'sparse.iplan.md'), '');
  truncateSync(path.join(plans, 'sparse.iplan.md'), 2 ** 40);
  // A folder named like a plan is walked, like any folder.
  mkdirSync(path.join(plans, 'bundle.iplan.md'));
  writeFileSync(path.join(plans, 'bundle.iplan.md', 'inner.iplan.md'), planText);
  // Hidden folders are not walked.
  mkdirSync(path.join(repository, '.github'), { recursive: true });
  writeFileSync(path.join(repository, '.github', 'hidden.iplan.md'), planText);
  return ['elsewhere.md/outside.iplan.md', 'plannen/bundle.iplan.md/inner.iplan.md', `plannen/${plan}`, 'plannen/sparse.iplan.md'];
}
