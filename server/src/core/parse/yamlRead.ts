/**
 * What reading the front matter's YAML gives, in offsets from the start of the YAML read: the
 * shape both readers (the yaml package's, yaml.ts, and the one for plain shapes, plainYaml.ts) return.
 */
export type Span = [start: number, end: number];

export interface OffsetLocation {
  key?: Span;
  value: Span;
}

export interface YamlRead {
  syntaxErrors: { message: string; span: Span }[];
  data: unknown;
  /** JSON pointer → where the node is written; `''` is the root. */
  locations: Map<string, OffsetLocation>;
  comments: { span: Span; text: string }[];
  /** Spans of string scalars. */
  scalars: Span[];
}

export const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
