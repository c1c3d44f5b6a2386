/** Shared value types of the checking core. No I/O, no editor types. */

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** End-exclusive range. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';
export type Locale = 'nl' | 'en';

/** A user-facing text in every supported language. */
export type Localized = Record<Locale, string>;

export function localized(nl: string, en: string): Localized {
  return { nl, en };
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
}

interface RelatedLocation {
  range: Range;
  message: Localized;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Range;
  message: Localized;
  /** The other place a cross-layer finding ties to (a table cell and its front-matter year). */
  related?: RelatedLocation[];
  /** A safe, mechanical repair the editor and `--fix` may apply. */
  fix?: Fix;
  /** Set when the finding reports a fault of iplan itself (a rule that threw), not of the plan. */
  internal?: true;
}

/** Thrown when the caller's `shouldAbandon` said to stop (an editor's time budget ran out). */
export class CheckAbandoned extends Error {
  constructor() {
    super('the check was abandoned');
    this.name = 'CheckAbandoned';
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    comparePositions(a.range.start, b.range.start) ||
    comparePositions(a.range.end, b.range.end) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0)
  );
}
