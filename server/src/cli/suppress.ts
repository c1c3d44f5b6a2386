/**
 * The CLI's side of bulk suppressions (node/suppressions.ts): the options, updating the file
 * (`--suppress-all`, `--suppress-rule`, `--prune-suppressions`) and telling which suppressions
 * match nothing any more.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { ruleCatalogue, type Finding, type Locale } from '../core';
import { writeFileAtomic } from '../node/atomicWrite';
import { NODE_FILES } from '../node/nodeFiles';
import { applySuppressions, SUPPRESSIONS_FILE, Suppressions, type CheckedPlan, type Suppressed, type UnusedSuppression } from '../node/suppressions';
import { UsageError } from './errors';
import { printable, printablePath } from './formatters/printable';

export const SUPPRESSION_ARGUMENTS = {
  'suppress-all': { type: 'boolean', default: false },
  'suppress-rule': { type: 'string', multiple: true },
  'prune-suppressions': { type: 'boolean', default: false },
  'suppressions-location': { type: 'string' },
  'pass-on-unpruned-suppressions': { type: 'boolean', default: false },
} as const;

export const SUPPRESSION_HELP = `      --suppress-all            accept every finding there is now: write their counts per plan
                                and rule to ${SUPPRESSIONS_FILE}; later runs report only what is new
      --suppress-rule <id>      the same for one rule (repeatable)
      --prune-suppressions      remove suppressions that match nothing any more
      --suppressions-location <file>
                                where the suppressions are (default: ${SUPPRESSIONS_FILE})
      --pass-on-unpruned-suppressions
                                do not fail when suppressions match nothing any more`;

export interface SuppressionOptions {
  suppressAll: boolean;
  suppressRules: string[];
  prune: boolean;
  location?: string;
  passOnUnpruned: boolean;
}

export function suppressionOptions(
  values: {
    'suppress-all': boolean;
    'suppress-rule'?: string[];
    'prune-suppressions': boolean;
    'suppressions-location'?: string;
    'pass-on-unpruned-suppressions': boolean;
    'fix-dry-run': boolean;
  },
): SuppressionOptions {
  const suppressRules = values['suppress-rule'] ?? [];
  if (values['suppress-all'] && suppressRules.length > 0) throw new UsageError('--suppress-all and --suppress-rule exclude each other');
  const known = new Set(ruleCatalogue.map((rule) => rule.id));
  for (const ruleId of suppressRules) {
    if (!known.has(ruleId)) throw new UsageError(`--suppress-rule: unknown rule "${ruleId}"`, `--suppress-rule: onbekende regel "${ruleId}"`);
  }
  if ((values['suppress-all'] || suppressRules.length > 0) && values['fix-dry-run']) {
    // The counts would be those of fixed text that is not written.
    throw new UsageError('--suppress-all and --suppress-rule cannot be combined with --fix-dry-run (use --fix)');
  }
  if (values['suppressions-location'] === '') throw new UsageError('--suppressions-location: missing file name');
  return {
    suppressAll: values['suppress-all'],
    suppressRules,
    prune: values['prune-suppressions'],
    location: values['suppressions-location'],
    passOnUnpruned: values['pass-on-unpruned-suppressions'],
  };
}

/** One run's suppressions: read before the check (a malformed file stops the run at once), settled after it. */
export class RunSuppressions {
  private constructor(
    private readonly options: SuppressionOptions,
    private readonly suppressions: Suppressions,
    private readonly text: string | undefined,
  ) {}

  static open(options: SuppressionOptions, cwd: string): RunSuppressions {
    const suppressions = Suppressions.read(path.resolve(cwd, options.location ?? SUPPRESSIONS_FILE), NODE_FILES);
    return new RunSuppressions(options, suppressions, suppressions.isEmpty ? undefined : suppressions.serialize());
  }

  /** Writes what the options ask for: the counts of now, and/or without what matches nothing. */
  settle(checked: readonly CheckedPlan[]): void {
    const { suppressAll, suppressRules, prune } = this.options;
    if (suppressAll || suppressRules.length > 0) this.suppressions.suppress(checked, suppressAll ? undefined : new Set(suppressRules));
    if (prune) this.suppressions.prune(checked);
    if (!suppressAll && suppressRules.length === 0 && !prune) return;
    // Pruning nothing away does not create the file.
    if (this.text === undefined && this.suppressions.isEmpty && !suppressAll && suppressRules.length === 0) return;
    const text = this.suppressions.serialize();
    if (text === this.text) return;
    mkdirSync(path.dirname(this.suppressions.location), { recursive: true });
    writeFileAtomic(this.suppressions.location, text);
  }

  apply<F extends Finding>(file: string, findings: readonly F[]): Suppressed<F> {
    return applySuppressions(findings, this.suppressions.countsFor(file));
  }

  /**
   * What matches nothing any more, as lines for standard error, and whether that fails the run
   * (as in ESLint, unless pruned or passed).
   */
  unused(checked: readonly CheckedPlan[], locale: Locale, cwd: string): { text: string; fails: boolean } | undefined {
    const unused = this.suppressions.unused(checked);
    if (unused.length === 0) return undefined;
    const shown = printablePath(path.relative(cwd, this.suppressions.location) || this.suppressions.location);
    const nl = locale === 'nl';
    const head = nl
      ? `iplan: ${unused.length} ${unused.length === 1 ? 'onderdrukking' : 'onderdrukkingen'} in ${shown} ${unused.length === 1 ? 'past' : 'passen'} nergens meer op; ruim op met --prune-suppressions:`
      : `iplan: ${unused.length} ${unused.length === 1 ? 'suppression' : 'suppressions'} in ${shown} ${unused.length === 1 ? 'matches' : 'match'} nothing any more; clean up with --prune-suppressions:`;
    const rows = unused.map((u) => [printablePath(u.key), printable(u.ruleId), describeUnused(u, nl)]);
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
    const lines = rows.map(([key, ruleId, what]) => `  ${key.padEnd(widths[0])}  ${ruleId.padEnd(widths[1])}  ${what}`);
    return { text: `${[head, ...lines].join('\n')}\n`, fails: !this.options.passOnUnpruned };
  }
}

function describeUnused(unused: UnusedSuppression, nl: boolean): string {
  if (unused.gone) return nl ? `${unused.of}, het plan bestaat niet meer` : `${unused.of}, the plan no longer exists`;
  return nl ? `${unused.count} van ${unused.of} niet gevonden` : `${unused.count} of ${unused.of} not found`;
}
