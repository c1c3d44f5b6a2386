/**
 * The parsed plan: everything the rules need, with exact source ranges, and nothing that ties
 * them to Markdown or YAML syntax. Built once per document version by `parse`.
 */
import type { LineIndex } from './lines';
import type { Range } from './types';

export interface Plan {
  /** The text as checked: a leading byte-order mark removed. */
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  /** Every heading of the body, in document order (the outline). */
  headings: Heading[];
  /** Level-2 sections in document order, each with the framework section it matched. */
  sections: Section[];
  /** Every GFM table of the body. */
  tables: Table[];
  /** Cost tables found in the `financien` section, first one first. */
  costTables: CostTable[];
  /** Source spans of prose (text outside code), for word-level rules. */
  prose: ProseSpan[];
  /** HTML comments in the body (inline `iplan-disable` directives live here). */
  comments: Comment[];
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing delimiter line. */
  range: Range;
  /** Range of the opening delimiter line, where document-level front-matter findings go. */
  openerRange: Range;
  /** Offset in `Plan.text` of the first character of the YAML. */
  contentOffset: number;
  yaml: string;
  /** Present when the YAML does not parse; then `data` is undefined. */
  syntaxErrors: SyntaxError[];
  data: unknown;
  /** JSON pointer (`/kosten/0/jaar`, root is ``) → where that node is written. */
  locations: Map<string, NodeLocation>;
  /** YAML comments with their ranges (`# TODO`, `# iplan-disable-next-line …`). */
  comments: Comment[];
  /** Source spans of string scalars, for word-level rules. */
  scalars: ProseSpan[];
}

export interface SyntaxError {
  message: string;
  range: Range;
}

export interface NodeLocation {
  /** The key, for a map entry. */
  key?: Range;
  /** The value node (for a collection: all of it). */
  value: Range;
}

export interface Heading {
  depth: number;
  /** Plain text of the heading, without the `#` markers. */
  text: string;
  /** The whole heading line(s). */
  range: Range;
  /** Offset of the heading in `Plan.text`. */
  offset: number;
}

export interface Section {
  heading: Heading;
  /** The framework section this heading is, if any. */
  frameworkId?: string;
  /** From the heading to the last content before the next heading of depth ≤ 2. */
  range: Range;
  /** Offset in `Plan.text` where the section (and the next insertion point) ends. */
  endOffset: number;
  /** Content blocks below the heading (sub-headings included), in order. */
  blocks: Block[];
}

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'code' | 'html' | 'blockquote' | 'other';

export interface Block {
  kind: BlockKind;
  range: Range;
  /** Plain text of the block (for html: the raw HTML). */
  text: string;
}

export interface Table {
  range: Range;
  rows: TableRow[];
  /** Index in `Plan.sections` of the section the table is in, if any. */
  sectionIndex?: number;
}

interface TableRow {
  range: Range;
  cells: TableCell[];
}

export interface TableCell {
  range: Range;
  text: string;
}

interface ProseSpan {
  /** Offset in `Plan.text`. */
  offset: number;
  /** The source text of the span, exactly as written. */
  source: string;
}

interface Comment {
  range: Range;
  /** The comment's text without its delimiters, trimmed. */
  text: string;
}

export type CostComponent = 'renewal' | 'maintenance' | 'total';

/** A cost table in the `financien` section, with every amount read into euros. */
export interface CostTable {
  table: Table;
  /**
   * Where the year and each component found are: column indexes, or, in a transposed table
   * (years as columns), row indexes of the components (the years are then in row 0).
   */
  columns: { year: number } & Partial<Record<CostComponent, number>>;
  /** Years as columns and the components as rows. */
  transposed: boolean;
  /** Marked as the cost table by a comment `<!-- iplan: kostentabel -->` just above it. */
  marked: boolean;
  /** One per year (and total) in the order written, whichever way the table runs. */
  rows: CostRow[];
}

export interface CostRow {
  kind: 'year' | 'total' | 'other';
  year?: number;
  /** The table row that holds the year (in a transposed table: the header row). */
  row: TableRow;
  /** The cell that names the year or the total, where there is one. */
  label?: TableCell;
  amounts: Partial<Record<CostComponent, AmountCell>>;
}

export interface AmountCell {
  cell: TableCell;
  /** Undefined when the cell is empty or cannot be read as an amount. */
  amount?: Amount;
  /** Where the unit the cell is read in comes from: the cell itself, the table's header, the text above the table, or none (euros). */
  unitFrom: 'cell' | 'header' | 'above' | 'none';
  /** The multiplier of that unit (1000 for × € 1.000). */
  unit: number;
}

export interface Amount {
  /** In euros. */
  value: number;
  /** Half the unit of the last digit written (12,5 mln → € 50 000): rounding the author may do. */
  tolerance: number;
}
