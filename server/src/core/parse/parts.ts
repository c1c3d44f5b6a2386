/**
 * What one part of the body reads to: headings, blocks, tables, prose and comments, with offsets
 * relative to the part. Written by markdown.ts and by the plain-table reader (pipeTables.ts).
 */
import type { BlockKind } from '../plan';

/** Offsets relative to the start of the part they were read from. */
export interface PartHeading {
  depth: number;
  text: string;
  start: number;
  end: number;
}
export interface PartBlock {
  kind: BlockKind;
  start: number;
  end: number;
  text: string;
  /** For a heading block. */
  depth?: number;
}
export interface PartCell {
  start: number;
  end: number;
  text: string;
}
interface PartRow {
  start: number;
  end: number;
  cells: PartCell[];
}
export interface PartTable {
  start: number;
  end: number;
  rows: PartRow[];
}
export interface PartComment {
  start: number;
  end: number;
  text: string;
}
export interface ParsedPart {
  headings: PartHeading[];
  blocks: PartBlock[];
  tables: PartTable[];
  /** [start, end) of prose text nodes. */
  prose: [number, number][];
  comments: PartComment[];
}
