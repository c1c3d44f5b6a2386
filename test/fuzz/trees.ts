// Generated folder trees full of special files — FIFOs, links to devices, files and folders in and
// out of the tree, dangling and looping links, huge sparse files, folders named like plans — for
// the regression suite and `npm run fuzz`: the walk the CLI and the server share finds exactly the
// regular Markdown files, and reading and checking each ends with findings, never a hang, a throw
// or a word from a file outside the tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { lintText } from '../../server/src/core';
import { expandPaths } from '../../server/src/cli/files';
import { readListedPlan } from '../../server/src/cli/lintFile';
import { ConfigResolver } from '../../server/src/node/config';
import { relativePosix } from '../../server/src/node/paths';
import { readFolder } from '../../server/src/node/walk';

export const TREE_SECRET = 'ghp_TREE_SECRET_987654321';
const PLAN = readFileSync(path.resolve('examples', 'defect-costs.iplan.md'), 'utf8');

type Kind =
  | 'plan'
  | 'note'
  | 'binary'
  | 'fifo'
  | 'sparse'
  | 'folder'
  | 'link-device'
  | 'link-inside'
  | 'link-outside'
  | 'link-folder'
  | 'link-up'
  | 'link-dangling'
  | 'link-loop';

export interface TreeEntry {
  /** Folder names below the root, then the entry's own name. */
  at: string[];
  kind: Kind;
}

const NAMES = ['a.iplan.md', 'b.md', 'c.markdown', 'd.txt', 'plan.iplan.md', 'x.iplan.md', '.hidden.iplan.md', 'node_modules', '.git', '.cache', 'sub', 'dir.iplan.md'];
const KINDS: Kind[] = ['plan', 'note', 'binary', 'fifo', 'sparse', 'folder', 'link-device', 'link-inside', 'link-outside', 'link-folder', 'link-up', 'link-dangling', 'link-loop'];

export const specialTree: fc.Arbitrary<TreeEntry[]> = fc.array(
  fc.record({ at: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }), kind: fc.constantFrom(...KINDS) }),
  { minLength: 1, maxLength: 14 },
);

/** Makes the tree under a fresh folder (later entries that collide with earlier ones are left out). */
function build(entries: TreeEntry[]): { root: string; outside: string; regular: string[] } {
  const base = mkdtempSync(path.join(tmpdir(), 'iplan-tree-'));
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.iplan.md'), `---\niplan: x\ntitel: ${TREE_SECRET}\n---\n${TREE_SECRET}\n`);
  mkdirSync(path.join(outside, 'folder.md'));
  writeFileSync(path.join(outside, 'folder.md', 'leak.iplan.md'), PLAN.replace('## ', `${TREE_SECRET}\n\n## `));
  const taken = new Map<string, Kind>();
  const fifos: string[] = [];
  const regular: string[] = [];
  for (const { at, kind } of entries) {
    const parents = at.slice(0, -1);
    // Every parent must be a real folder made here (or made now).
    let ok = true;
    for (let i = 1; i <= parents.length; i++) {
      const key = parents.slice(0, i).join('/');
      const existing = taken.get(key);
      if (existing === undefined) taken.set(key, 'folder');
      else if (existing !== 'folder') ok = false;
    }
    const key = at.join('/');
    if (!ok || taken.has(key)) continue;
    taken.set(key, kind);
    const file = path.join(root, ...at);
    mkdirSync(path.dirname(file), { recursive: true });
    switch (kind) {
      case 'plan':
        writeFileSync(file, PLAN);
        break;
      case 'note':
        writeFileSync(file, '# Notes\n\nNo plan here.\n');
        break;
      case 'binary':
        writeFileSync(file, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff]));
        break;
      case 'fifo':
        fifos.push(file);
        break;
      case 'sparse':
        writeFileSync(file, '---\niplan: x\n---\n');
        truncateSync(file, 2 ** 40);
        break;
      case 'folder':
        mkdirSync(file, { recursive: true });
        taken.set(key, 'folder');
        break;
      case 'link-device':
        symlinkSync('/dev/zero', file);
        break;
      case 'link-inside':
        writeFileSync(path.join(root, 'target.iplan.md'), PLAN);
        taken.set('target.iplan.md', 'plan');
        symlinkSync(path.relative(path.dirname(file), path.join(root, 'target.iplan.md')), file);
        break;
      case 'link-outside':
        symlinkSync(path.join(outside, 'secret.iplan.md'), file);
        break;
      case 'link-folder':
        symlinkSync(path.join(outside, 'folder.md'), file);
        break;
      case 'link-up':
        symlinkSync('..', file);
        break;
      case 'link-dangling':
        symlinkSync('nowhere.iplan.md', file);
        break;
      case 'link-loop':
        symlinkSync(path.basename(file), file);
        break;
    }
  }
  if (fifos.length > 0) execFileSync('mkfifo', fifos);
  // What a walk must find: regular Markdown files, under folders it walks into.
  const walked = (parts: string[]) => parts.slice(0, -1).every((name) => name !== 'node_modules' && !name.startsWith('.'));
  for (const [key, kind] of taken) {
    const parts = key.split('/');
    if ((kind === 'plan' || kind === 'note' || kind === 'binary' || kind === 'sparse') && /\.(?:md|markdown)$/.test(parts[parts.length - 1]) && walked(parts)) {
      regular.push(path.join(root, ...parts));
    }
  }
  return { root, outside: base, regular: regular.sort() };
}

/** The server's walk: readFolder a folder at a time. */
function serverWalk(folder: string, into: string[]): string[] {
  const listed = readFolder(folder);
  if (!listed) return into;
  into.push(...listed.files);
  for (const sub of listed.folders) serverWalk(sub, into);
  return into;
}

/** The properties every generated tree must have; throws with a description when one fails. */
export function assertTreeSound(entries: TreeEntry[]): void {
  const { root, outside, regular } = build(entries);
  try {
    const cli = expandPaths([root], root);
    if (JSON.stringify(cli) !== JSON.stringify(regular)) throw new Error(`the CLI walk found ${JSON.stringify(cli)}, expected ${JSON.stringify(regular)}`);
    const server = serverWalk(root, []).sort();
    if (JSON.stringify(server) !== JSON.stringify(regular)) throw new Error(`the server walk found ${JSON.stringify(server)}, expected ${JSON.stringify(regular)}`);
    const resolver = new ConfigResolver(root);
    for (const file of cli) {
      const config = resolver.forFile(file);
      const screened = readListedPlan(file, config, root);
      const findings =
        screened.kind === 'text'
          ? lintText(screened.text, config.framework, { relativePath: relativePosix(config.baseDir, file), planGlobs: config.planGlobs }).findings
          : screened.findings;
      const said = JSON.stringify(findings);
      if (said.includes(TREE_SECRET)) throw new Error(`${file}: a finding quotes a file outside the tree`);
      if (file.endsWith('.iplan.md') && screened.kind === 'unfit' && screened.findings.length !== 1) throw new Error(`${file}: expected one finding for an unreadable plan`);
    }
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
}
