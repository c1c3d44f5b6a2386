/**
 * Bulk suppressions, for adopting iplan on plans that already have findings (after ESLint's):
 * `iplan-suppressions.json` counts the accepted findings per plan and rule, and a later run
 * reports only what goes beyond those counts. Counts rather than places, so that editing a plan
 * around an accepted finding does not make it new. Read by the CLI and the editor alike.
 *
 *   { "plannen/bzk.iplan.md": { "placeholder": { "count": 3 } } }
 *
 * Paths are relative to the folder of the file, with forward slashes, so the file means the same
 * whichever folder the CLI runs in and wherever the editor opens the repository. Read through a
 * FileSystem: the disk for the CLI and the desktop server, the editor's files in the browser.
 */
import type { ErrorObject } from 'ajv';
import suppressionsSchema from '../../../schemas/suppressions.schema.json';
import { compileSchema, describeAjvError, FrameworkError, pointerSegment, type Finding } from '../core';
import { FileReadError, READ_LIMITS, type FileSystem } from './fileSystem';
import { readJsonFrom } from './frameworkFiles';

export const SUPPRESSIONS_FILE = 'iplan-suppressions.json';

/** Rule id → accepted count. */
export type RuleCounts = ReadonlyMap<string, number>;

/** A suppressions file that is not what it should be: the file, the JSON pointer, what is wrong. */
export class SuppressionsError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly detail: string,
  ) {
    super(`${file}${pointer ? ` ${pointer}` : ''}: ${detail}`);
    this.name = 'SuppressionsError';
  }
}

let validate: ReturnType<typeof compileSchema> | undefined;

function describe(error: ErrorObject): { pointer: string; detail: string } {
  // ajv names the offending key of a `propertyNames` failure on the error itself.
  const name = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (name !== undefined) {
    const pointer = `${error.instancePath}/${pointerSegment(name)}`;
    return { pointer, detail: error.instancePath === '' ? 'must be a relative path with forward slashes' : 'must be a rule id (lower-case letters, digits and hyphens)' };
  }
  if (error.keyword === 'minimum' || (error.keyword === 'type' && error.params.type === 'integer')) {
    return { pointer: error.instancePath, detail: `must be a whole number of at least 1 (got ${JSON.stringify(error.data)})` };
  }
  if (error.keyword === 'additionalProperties') return { pointer: `${error.instancePath}/${pointerSegment(error.params.additionalProperty)}`, detail: 'unknown key (only "count")' };
  return { pointer: error.instancePath || '/', detail: describeAjvError(error).replace(/^[^:]*: /, '') };
}

/** The accepted counts of one suppressions file. Keys are kept in Maps: `__proto__` is a path like any other. */
export class Suppressions {
  private readonly byFile: Map<string, Map<string, number>>;

  constructor(
    /** Where the file is (it need not exist yet), as `files` names it: a disk path or a URI. */
    readonly location: string,
    /** What plans and the file are read from; its `exists` tells which plans are gone. */
    private readonly fileSystem: FileSystem,
    entries: Iterable<[string, Map<string, number>]> = [],
  ) {
    this.byFile = new Map(entries);
  }

  /** The file at `location`; none there is no suppressions. A malformed or unreadable file is a SuppressionsError. */
  static read(location: string, files: FileSystem): Suppressions {
    let raw: unknown;
    try {
      raw = readJsonFrom(files, location, READ_LIMITS.suppressions);
    } catch (error) {
      if (error instanceof FileReadError && error.problem === 'missing') return new Suppressions(location, files);
      if (error instanceof FrameworkError) throw new SuppressionsError(location, '', error.message.replace(`${location}: `, ''));
      if (error instanceof FileReadError) throw new SuppressionsError(location, '', error.detail.en);
      throw error;
    }
    validate ??= compileSchema(suppressionsSchema);
    if (!validate(raw)) {
      const { pointer, detail } = describe(validate.errors![0]);
      throw new SuppressionsError(location, pointer, detail);
    }
    const entries: [string, Map<string, number>][] = Object.entries(raw as Record<string, Record<string, { count: number }>>).map(([file, rules]) => [
      file,
      new Map(Object.entries(rules).map(([ruleId, { count }]) => [ruleId, count])),
    ]);
    return new Suppressions(location, files, entries);
  }

  /** The key of a plan: its path relative to the file's folder, with forward slashes. */
  keyOf(file: string): string {
    const paths = this.fileSystem.paths;
    return paths.relative(paths.dirname(this.location), file).split(paths.sep).join('/');
  }

  get isEmpty(): boolean {
    return this.byFile.size === 0;
  }

  /** The accepted counts for a plan (absolute path). */
  countsFor(file: string): RuleCounts | undefined {
    return this.byFile.get(this.keyOf(file));
  }

  /** The plans the file names (absolute paths). */
  files(): string[] {
    const folder = this.fileSystem.paths.dirname(this.location);
    return [...this.byFile.keys()].map((key) => this.fileSystem.paths.resolve(folder, key));
  }

  /**
   * Accepts what the plans have now: for each checked plan, the count of every rule (or of the
   * given rules only) becomes its current count; a rule that no longer occurs is dropped. Plans
   * not checked in this run keep their counts, unless they no longer exist.
   */
  suppress(checked: readonly CheckedPlan[], rules?: ReadonlySet<string>, exists: (file: string) => boolean = (file) => this.fileSystem.exists(file)): void {
    for (const plan of checked) {
      const key = this.keyOf(plan.file);
      const found = countByRule(plan.findings);
      const counts = new Map(this.byFile.get(key));
      for (const ruleId of new Set([...counts.keys(), ...found.keys()])) {
        if (rules && !rules.has(ruleId)) continue;
        const count = found.get(ruleId) ?? 0;
        if (count > 0) counts.set(ruleId, count);
        else counts.delete(ruleId);
      }
      this.setCounts(key, counts);
    }
    if (!rules) for (const file of this.files()) if (!exists(file)) this.byFile.delete(this.keyOf(file));
  }

  /** Removes what matches nothing any more: counts come down to what is found, gone plans go. */
  prune(checked: readonly CheckedPlan[], exists: (file: string) => boolean = (file) => this.fileSystem.exists(file)): void {
    for (const { key, ruleId, count } of this.unused(checked, exists)) {
      const counts = new Map(this.byFile.get(key));
      const left = (counts.get(ruleId) ?? 0) - count;
      if (left > 0) counts.set(ruleId, left);
      else counts.delete(ruleId);
      this.setCounts(key, counts);
    }
  }

  /**
   * Suppressions that match nothing: in a checked plan, what a count has beyond the findings of
   * its rule (a count that is exceeded suppresses nothing, but it is in use: the findings are
   * reported); a plan that no longer exists, whole. Plans not checked in this run are not judged.
   */
  unused(checked: readonly CheckedPlan[], exists: (file: string) => boolean = (file) => this.fileSystem.exists(file)): UnusedSuppression[] {
    const unused: UnusedSuppression[] = [];
    const checkedKeys = new Map(checked.map((plan) => [this.keyOf(plan.file), plan]));
    for (const [key, counts] of this.byFile) {
      const plan = checkedKeys.get(key);
      const found = plan ? countByRule(plan.findings) : undefined;
      if (!plan && exists(this.fileSystem.paths.resolve(this.fileSystem.paths.dirname(this.location), key))) continue;
      for (const [ruleId, count] of counts) {
        const missing = count - (found?.get(ruleId) ?? 0);
        if (missing > 0) unused.push({ key, ruleId, count: missing, of: count, gone: !plan });
      }
    }
    return unused.sort((a, b) => compare(a.key, b.key) || compare(a.ruleId, b.ruleId));
  }

  /** The file's text: files and rules in code-point order, two-space indent, so diffs stay small. */
  serialize(): string {
    const sorted: Record<string, Record<string, { count: number }>> = {};
    for (const key of [...this.byFile.keys()].sort(compare)) {
      const counts = this.byFile.get(key)!;
      const rules: Record<string, { count: number }> = {};
      for (const ruleId of [...counts.keys()].sort(compare)) defineOwn(rules, ruleId, { count: counts.get(ruleId)! });
      defineOwn(sorted, key, rules);
    }
    return `${JSON.stringify(sorted, null, 2)}\n`;
  }

  private setCounts(key: string, counts: Map<string, number>): void {
    if (counts.size > 0) this.byFile.set(key, counts);
    else this.byFile.delete(key);
  }
}

/** A plan checked in this run (absolute path) and all its findings, before any suppression. */
export interface CheckedPlan {
  file: string;
  findings: readonly Pick<Finding, 'ruleId'>[];
}

export interface UnusedSuppression {
  /** The plan as the file names it. */
  key: string;
  ruleId: string;
  /** How many of the accepted findings were not found. */
  count: number;
  /** The accepted count. */
  of: number;
  /** The plan no longer exists. */
  gone: boolean;
}

function countByRule(findings: readonly Pick<Finding, 'ruleId'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

export interface Suppressed<F> {
  /** What is reported: every finding of a rule whose count is exceeded, and of rules without one. */
  reported: F[];
  /** What the counts accept. */
  suppressed: F[];
  /** Rules with more findings than their count (all of them reported). */
  exceeded: ExceededSuppression[];
}

export interface ExceededSuppression {
  ruleId: string;
  accepted: number;
  found: number;
}

/**
 * A plan's findings against its accepted counts. A rule with no more findings than its count is
 * suppressed whole; a rule with more has all its findings reported, as ESLint does: counts say
 * how many, not which, so the new one cannot be told from the old ones.
 */
export function applySuppressions<F extends Pick<Finding, 'ruleId'>>(findings: readonly F[], counts: RuleCounts | undefined): Suppressed<F> {
  if (!counts || counts.size === 0) return { reported: [...findings], suppressed: [], exceeded: [] };
  const found = countByRule(findings);
  const accepted = (ruleId: string) => (found.get(ruleId) ?? 0) <= (counts.get(ruleId) ?? 0);
  const exceeded = [...found]
    .filter(([ruleId, count]) => counts.has(ruleId) && count > counts.get(ruleId)!)
    .map(([ruleId, count]) => ({ ruleId, accepted: counts.get(ruleId)!, found: count }))
    .sort((a, b) => compare(a.ruleId, b.ruleId));
  return { reported: findings.filter((f) => !accepted(f.ruleId)), suppressed: findings.filter((f) => accepted(f.ruleId)), exceeded };
}

/** Code-point order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An own data property, also for a key such as `__proto__`. */
function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
