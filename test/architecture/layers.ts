/**
 * The rooms of the code and the direction imports may take between them. Lower rooms know
 * nothing of higher ones:
 *
 *   core  ←  render, import  ←  node  ←  cli, lsp  ←  client
 *
 * Rooms on one level are siblings and do not import each other.
 */
import type { Module } from './sources';

export const ROOMS: readonly { room: string; folder: string; level: number }[] = [
  { room: 'core', folder: 'server/src/core/', level: 0 },
  { room: 'render', folder: 'server/src/render/', level: 1 },
  { room: 'import', folder: 'server/src/import/', level: 1 },
  { room: 'node', folder: 'server/src/node/', level: 2 },
  { room: 'cli', folder: 'server/src/cli/', level: 3 },
  { room: 'lsp', folder: 'server/src/lsp/', level: 3 },
  { room: 'client', folder: 'client/src/', level: 4 },
];

export function roomOf(file: string): (typeof ROOMS)[number] | undefined {
  return ROOMS.find((r) => file.startsWith(r.folder));
}

/** Imports that go up a level or sideways into a sibling room, as `from:line → to`. */
export function upwardImports(modules: readonly Module[]): string[] {
  const wrong: string[] = [];
  for (const module of modules) {
    const from = roomOf(module.file);
    if (!from) continue;
    for (const { target, local, line } of module.imports) {
      const to = local ? roomOf(target) : undefined;
      if (!to || to.room === from.room || to.level < from.level) continue;
      wrong.push(`${module.file}:${line} (${from.room}) → ${target} (${to.room})`);
    }
  }
  return wrong;
}

/** Every import cycle between files, each as the files on it (Tarjan's strongly connected components). */
export function importCycles(modules: readonly Module[]): string[][] {
  const edges = new Map(modules.map((m) => [m.file, [...new Set(m.imports.filter((i) => i.local).map((i) => i.target))].filter((t) => t !== m.file)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  // Iterative, so a long chain of imports cannot overflow the stack.
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { file: string; next: number }[] = [{ file: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.file) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!edges.has(target)) continue;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ file: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.file, Math.min(low.get(frame.file)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.file, Math.min(low.get(parent.file)!, low.get(frame.file)!));
      if (low.get(frame.file) === index.get(frame.file)) {
        const component: string[] = [];
        let file: string;
        do {
          file = stack.pop()!;
          onStack.delete(file);
          component.push(file);
        } while (file !== frame.file);
        if (component.length > 1) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

/** Packages a room may not import: the core and the renderer do no I/O and know no editor. */
export const FORBIDDEN_PACKAGES: readonly { rooms: readonly string[]; pattern: RegExp; why: string }[] = [
  { rooms: ['core', 'render', 'import'], pattern: /^(?:node:)?(?:fs|fs\/promises|child_process|worker_threads|net|http|https|http2|dgram|dns|tls|os|readline)$/, why: 'no I/O' },
  { rooms: ['core', 'render', 'import', 'node', 'cli'], pattern: /^vscode(?:$|-)/, why: 'no editor' },
  { rooms: ['lsp'], pattern: /^vscode$|^vscode-languageclient$/, why: 'the server is no VS Code extension' },
];

export function forbiddenPackages(modules: readonly Module[]): string[] {
  const wrong: string[] = [];
  for (const module of modules) {
    const from = roomOf(module.file);
    if (!from) continue;
    for (const { target, local, line } of module.imports) {
      if (local) continue;
      for (const rule of FORBIDDEN_PACKAGES) {
        if (rule.rooms.includes(from.room) && rule.pattern.test(target)) wrong.push(`${module.file}:${line} imports ${target} (${from.room}: ${rule.why})`);
      }
    }
  }
  return wrong;
}
