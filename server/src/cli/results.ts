/**
 * The CLI's result shape: ESLint's, one object per file (docs/format.md §8). Every formatter is a
 * pure function of these results; nothing here knows about parsing or rules' internals.
 */
import type { Locale } from '../core';
import type { RuleDescriptor } from '../node/ruleDocs';
import type { ExceededSuppression } from '../node/suppressions';

/** 1-based lines and columns, end exclusive (docs/format.md §8). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface RelatedSpan extends Span {
  message: string;
}

export interface LintMessage extends Span {
  ruleId: string;
  /** 2 = error, 1 = warning */
  severity: 1 | 2;
  message: string;
  /** The other place a cross-layer finding ties to; not part of the json format. */
  related?: RelatedSpan[];
}

export interface LintResult {
  /** Absolute path. */
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: LintMessage[];
  /** Findings the suppressions file accepts (iplan-suppressions.json); absent when there are none. */
  suppressedMessages?: LintMessage[];
  /** Rules whose accepted count this plan exceeds: all their findings are in `messages`. */
  exceededSuppressions?: ExceededSuppression[];
}

export interface FormatContext {
  /** Paths in reports are relative to this folder where a format wants relative paths. */
  cwd: string;
  locale: Locale;
  rules: RuleDescriptor[];
  toolVersion: string;
  /** Whether the report may use the terminal's colours (only `stylish` has any); off when absent. */
  color?: boolean;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;
