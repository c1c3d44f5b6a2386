/**
 * `--format html[:file]`: the reviewer's report. Not a formatter of results: it shows the plans
 * themselves, so the CLI hands the renderer each plan with its findings as the core gave them
 * (both languages; the page is written in the run's language).
 */
import * as path from 'node:path';
import { parse, type Finding, type Locale, type Plan } from '../core';
import type { ResolvedConfig } from '../node/config';
import { relativePosix } from '../node/paths';
import { loadRenderer } from '../node/renderer';
import type { ReportEntry } from '../render';
import { formatters } from './formatters';
import { lintFile } from './lintFile';
import type { RuleDescriptor } from '../node/ruleDocs';

export const HTML_REPORT = 'html';

/** Every `--format` name: the formatters and the report. */
export function formatNames(): string[] {
  return [...Object.keys(formatters), HTML_REPORT];
}

export function isFormat(name: string): boolean {
  return name === HTML_REPORT || Object.hasOwn(formatters, name);
}

/**
 * A plan for the report: the one the check parsed, or parsed from the (fixed) text; after a
 * cache hit or a worker (which keep no plan) the file is read again. A file that is not text
 * has no plan: the report shows its findings only.
 */
export function reportEntry({
  file,
  findings,
  source,
  config,
  cwd,
  toolVersion,
}: {
  file: string;
  findings: readonly Finding[];
  /** What the check had of the file: its (fixed) text, its parsed plan. */
  source: { text?: string; plan?: Plan };
  config: ResolvedConfig;
  cwd: string;
  toolVersion: string;
}): ReportEntry {
  const shown = relativePosix(cwd, file) || path.basename(file);
  const text = source.plan ? undefined : (source.text ?? lintFile(file, config, { toolVersion, cwd }).text);
  const plan = source.plan ?? (text === undefined ? undefined : parse(text, config.framework));
  return { file: shown, findings, plan, framework: config.framework };
}

export function htmlReport(entries: readonly ReportEntry[], options: { locale: Locale; rules: readonly RuleDescriptor[]; toolVersion: string }): string {
  const helpUri = new Map(options.rules.map((rule) => [rule.id, rule.helpUri]));
  return loadRenderer().renderReport(entries, {
    locale: options.locale,
    toolVersion: options.toolVersion,
    docsUri: (ruleId) => helpUri.get(ruleId),
    rules: options.rules,
  });
}
