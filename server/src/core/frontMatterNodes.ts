/**
 * Which front-matter node a position is in, in logarithmic time: the node locations as a tree
 * (a node's key and value hold its children's; siblings do not overlap), built once per front
 * matter. A plan with 20,000 cost entries and a finding on each would otherwise scan every
 * location for every finding.
 */
import type { FrontMatter } from './plan';
import { comparePositions, type Position } from './types';

interface Node {
  pointer: string;
  start: Position;
  end: Position;
  /** Sorted by start. */
  children: Node[];
}

const trees = new WeakMap<FrontMatter, Node>();

function treeOf(fm: FrontMatter): Node {
  let root = trees.get(fm);
  if (root) return root;
  const whole = fm.locations.get('')?.value ?? fm.range;
  root = { pointer: '', start: whole.start, end: whole.end, children: [] };
  const nodes = new Map<string, Node>([['', root]]);
  for (const [pointer, location] of fm.locations) {
    if (pointer !== '') nodes.set(pointer, { pointer, start: (location.key ?? location.value).start, end: location.value.end, children: [] });
  }
  for (const node of nodes.values()) {
    if (node === root) continue;
    const parent = nodes.get(node.pointer.slice(0, node.pointer.lastIndexOf('/'))) ?? root;
    parent.children.push(node);
  }
  for (const node of nodes.values()) node.children.sort((a, b) => comparePositions(a.start, b.start));
  trees.set(fm, root);
  return root;
}

/** The last child that starts at or before `at` (by position, or by line only). */
function lastStartingBefore(children: readonly Node[], fits: (node: Node) => boolean): Node | undefined {
  let low = 0;
  let high = children.length - 1;
  let found: Node | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(children[middle])) {
      found = children[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The JSON pointer of the deepest node (key and value) that holds the position; when none does
 * (the position is in the indentation before a key, or after a value), the deepest one written
 * on the position's line. Undefined outside every node.
 */
export function frontMatterPointerAt(fm: FrontMatter, position: Position): string | undefined {
  const root = treeOf(fm);
  const descend = (startsBefore: (node: Node) => boolean, holds: (node: Node) => boolean): Node | undefined => {
    let found: Node | undefined;
    for (let node = root; ; ) {
      const child = lastStartingBefore(node.children, startsBefore);
      if (!child || !holds(child)) return found;
      found = child;
      node = child;
    }
  };
  const byPosition = descend(
    (node) => comparePositions(node.start, position) <= 0,
    (node) => comparePositions(position, node.end) <= 0,
  );
  const found =
    byPosition ??
    descend(
      (node) => node.start.line <= position.line,
      (node) => position.line <= node.end.line,
    );
  return found?.pointer;
}
