/**
 * The GitHub Action (action.yml at the repository root): runs the CLI bundled beside it on the
 * step's inputs, then annotates the findings on the lines the pull request (or push) changed,
 * writes the job summary and the step's outputs, and exits with the CLI's exit code.
 *
 * GitHub hands a JavaScript action its inputs as INPUT_<NAME> variables and files to write to
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY); the event that started the run is in GITHUB_EVENT_PATH.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { escapeData, github } from '../formatters/github';
import type { LintResult } from '../results';
import { TOOL_VERSION } from '../../node/version';
import { baseCommit, changedSince, type ChangedLines } from './changedLines';
import { summary } from './summary';
import { relativePosix } from '../../node/paths';

type Scope = 'changed' | 'all' | 'off';

interface Inputs {
  paths: string[];
  formats: string[];
  maxWarnings?: string;
  sarifFile?: string;
  annotations: Scope;
  locale?: string;
}

/** GitHub's name for an input's variable: INPUT_ and the name in capitals, spaces as underscores. */
const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

function readInputs(env: NodeJS.ProcessEnv): Inputs {
  const get = (name: string) => (env[inputVariable(name)] ?? '').trim();
  const list = (name: string) => get(name).split(/[\s,]+/).filter(Boolean);
  const annotations = get('annotations') || 'changed';
  if (!['changed', 'all', 'off'].includes(annotations)) throw new Error(`input annotations must be changed, all or off, got "${annotations}"`);
  return {
    paths: list('paths').length > 0 ? list('paths') : ['.'],
    formats: list('formats'),
    maxWarnings: get('max-warnings') || undefined,
    sarifFile: get('sarif-file') || undefined,
    annotations: annotations as Scope,
    locale: get('locale') || undefined,
  };
}

/** Appends `name=value` lines to the file GitHub reads the step's outputs from. */
function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): void {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
}

function readEvent(env: NodeJS.ProcessEnv): Record<string, any> | undefined {
  try {
    return env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/** The findings to annotate: all of them, or those on a changed line of their file. */
function onChangedLines(results: LintResult[], changed: { root: string; lines: ChangedLines }): LintResult[] {
  return results.map((result) => {
    const lines = changed.lines.get(relativePosix(changed.root, result.filePath));
    const messages = result.messages.filter((m) => {
      if (!lines) return false;
      for (let line = m.line; line <= Math.max(m.line, m.endLine); line++) if (lines.has(line)) return true;
      return false;
    });
    return { ...result, messages, errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length };
  });
}

function runAction(env: NodeJS.ProcessEnv, log: (text: string) => void): number {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  let inputs: Inputs;
  try {
    inputs = readInputs(env);
  } catch (error) {
    log(`::error title=iplan::${(error as Error).message}\n`);
    return 2;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'iplan-action-'));
  try {
    const report = path.join(scratch, 'results.json');
    const args = [
      ...inputs.paths,
      '--format',
      `json:${report}`,
      ...(inputs.sarifFile ? ['--format', `sarif:${inputs.sarifFile}`] : []),
      ...inputs.formats.flatMap((format) => ['--format', format]),
      ...(inputs.maxWarnings ? ['--max-warnings', inputs.maxWarnings] : []),
      ...(inputs.locale ? ['--locale', inputs.locale] : []),
    ];
    const cli = spawnSync(process.execPath, [path.join(__dirname, 'cli.js'), ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (cli.stdout) log(cli.stdout);
    const status = cli.status ?? 2;
    if (status === 2 || !existsSync(report)) {
      const problem = (cli.stderr || cli.error?.message || 'the check did not finish').trim();
      log(`::error title=iplan::${escapeData(problem)}\n`);
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `## iplan could not run\n\n\`\`\`\n${problem}\n\`\`\`\n`);
      return 2;
    }
    if (cli.stderr) log(cli.stderr);

    const results = JSON.parse(readFileSync(report, 'utf8')) as LintResult[];
    const base = inputs.annotations === 'changed' ? baseCommit(env.GITHUB_EVENT_NAME, readEvent(env)) : undefined;
    const changed = base ? changedSince(base, cwd) : undefined;
    const scope: Scope = inputs.annotations === 'changed' && !changed ? 'all' : inputs.annotations;
    const annotated = scope === 'off' ? [] : changed ? onChangedLines(results, changed) : results;
    log(github(annotated, { cwd, locale: 'en', rules: [], toolVersion: TOOL_VERSION }));

    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    setOutputs(env, { 'error-count': String(errors), 'warning-count': String(warnings), 'sarif-file': inputs.sarifFile ?? '' });
    if (env.GITHUB_STEP_SUMMARY) {
      const docs = (ruleId: string) => `https://github.com/iplan-rijk/iplan/blob/v${TOOL_VERSION}/docs/rules.md#${ruleId}`;
      const count = annotated.reduce((n, r) => n + r.messages.length, 0);
      appendFileSync(env.GITHUB_STEP_SUMMARY, summary({ results, cwd, docs, annotated: count, scope, sarifFile: inputs.sarifFile }));
    }
    return status;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  process.exitCode = runAction(process.env, (text) => process.stdout.write(text));
}
