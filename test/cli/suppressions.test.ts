// Bulk suppressions through the built CLI: adopt on a repository with findings, then only what is
// new fails; --suppress-rule, --prune-suppressions, --suppressions-location, unmatched and
// malformed files.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { iplan, ROOT } from './run';

// Each test spawns the CLI several times over ten plans; on a busy 2-core machine that takes a while.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const EXAMPLES = path.join(ROOT, 'examples');
const FILE = 'iplan-suppressions.json';

interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: { ruleId: string; severity: number; line: number }[];
  suppressedMessages?: { ruleId: string; suppressions: unknown[] }[];
}

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iplan-suppress-'));
  mkdirSync(path.join(repo, 'plannen'));
  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.iplan.md'))) cpSync(path.join(EXAMPLES, name), path.join(repo, 'plannen', name));
});

const run = (...args: string[]) => iplan(args, { cwd: repo });
const json = (...args: string[]) => {
  const result = run('--format', 'json', ...args);
  return { ...result, results: JSON.parse(result.stdout) as JsonResult[] };
};
const suppressions = (file = path.join(repo, FILE)) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, { count: number }>>;
const plan = (name: string) => path.join(repo, 'plannen', name);
const edit = (name: string, change: (text: string) => string) => {
  const before = readFileSync(plan(name), 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(plan(name), after);
};
/** Takes the dashboard number from a € 7.4 million activity: exactly one new error. */
const dropDashboardNumber = (text: string) => text.replace('    dashboard_nummer: "BZK-0042"\n', '');
const reported = (results: JsonResult[]) => results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId}`));

describe('adopting with --suppress-all', () => {
  it('counts every finding per plan and rule, after which the repository passes; one new defect fails alone', () => {
    const before = json('plannen');
    expect(before.status).toBe(1);
    const expected: Record<string, Record<string, { count: number }>> = {};
    for (const result of before.results) {
      for (const message of result.messages) {
        const key = `plannen/${path.basename(result.filePath)}`;
        expected[key] ??= {};
        expected[key][message.ruleId] = { count: (expected[key][message.ruleId]?.count ?? 0) + 1 };
      }
    }
    // Every defect example, and none of the clean ones.
    expect(Object.keys(expected).sort()).toEqual(
      [
        'defect-activities',
        'defect-costs',
        'defect-frontmatter',
        'defect-ministry',
        'defect-no-cost-table',
        'defect-no-frontmatter',
        'defect-sections',
        'defect-yaml',
      ].map((name) => `plannen/${name}.iplan.md`),
    );

    const adopt = run('plannen', '--suppress-all');
    expect(adopt).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(suppressions()).toEqual(expected);
    // Nothing new to accept: the file is left as it is, not written again.
    utimesSync(path.join(repo, FILE), 0, 0);
    expect(run('plannen', '--suppress-all')).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(statSync(path.join(repo, FILE)).mtimeMs).toBe(0);
    expect(suppressions()['plannen/defect-costs.iplan.md']).toEqual({
      'cost-table-mismatch': { count: 1 },
      'cost-total-mismatch': { count: 1 },
      'cost-year-missing': { count: 2 },
      'cost-year-outside-period': { count: 1 },
    });

    const after = json('plannen');
    expect(after.status).toBe(0);
    expect(after.results.every((r) => r.messages.length === 0)).toBe(true);
    const total = (results: JsonResult[], key: 'messages' | 'suppressedMessages') => results.reduce((n, r) => n + (r[key]?.length ?? 0), 0);
    expect(total(after.results, 'suppressedMessages')).toBe(total(before.results, 'messages'));
    expect(after.results.find((r) => r.suppressedMessages)!.suppressedMessages![0].suppressions).toEqual([{ kind: 'file', justification: '' }]);
    expect(run('plannen')).toMatchObject({ status: 0, stdout: '', stderr: '' });

    edit('bzk-2026-2029.iplan.md', dropDashboardNumber);
    const broken = json('plannen');
    expect(broken.status).toBe(1);
    // On the amount of activity A2, line 88.
    expect(reported(broken.results)).toEqual(['bzk-2026-2029.iplan.md:88 large-activity-dashboard']);
    const stylish = run('plannen');
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it('reports every finding of a rule once a plan has more than its count, and says so', () => {
    expect(run('plannen', '--suppress-all').status).toBe(0);
    edit('defect-frontmatter.iplan.md', (text) => text.replace('## 1. Samenvatting\n', '## 1. Samenvatting\n\nDe inleiding volgt, TODO.\n'));
    const exceeded = json('plannen');
    expect(exceeded.status).toBe(1);
    const frontmatter = exceeded.results.find((r) => r.filePath.endsWith('defect-frontmatter.iplan.md'))!;
    expect(frontmatter.messages.map((m) => m.ruleId)).toEqual(['placeholder', 'placeholder', 'placeholder', 'placeholder']);
    expect(frontmatter.suppressedMessages!.map((m) => m.ruleId)).not.toContain('placeholder');
    expect(reported(exceeded.results).filter((r) => !r.startsWith('defect-frontmatter'))).toEqual([]);
    const stylish = run('plannen');
    expect(stylish.stdout).toContain('(placeholder: 4 found, 3 accepted in the suppressions; so all 4 are shown)');
    expect(run('plannen', '--locale', 'nl').stdout).toContain('(placeholder: 4 gevonden, 3 geaccepteerd in de onderdrukkingen; daarom staan ze er alle 4)');
  });

  it('suppresses warnings too, so --max-warnings 0 passes after adoption', () => {
    expect(run('plannen', '--max-warnings', '0').status).toBe(1);
    run('plannen', '--suppress-all');
    expect(run('plannen', '--max-warnings', '0')).toMatchObject({ status: 0, stderr: '' });
  });

  it('writes the file sorted, with relative forward-slash paths, atomically, and only when it changes', () => {
    run('plannen', '--suppress-all');
    const text = readFileSync(path.join(repo, FILE), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "plannen/defect-activities.iplan.md": {\n    "activity-undocumented": {\n      "count": 1\n    },');
    const data = suppressions();
    const files = Object.keys(data);
    expect(files).toEqual([...files].sort());
    for (const rules of Object.values(data)) expect(Object.keys(rules)).toEqual([...Object.keys(rules)].sort());
    expect(files.every((f) => f.startsWith('plannen/') && !f.includes('\\'))).toBe(true);
    expect(readdirSync(repo).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // From another folder the paths are the same: relative to the file, not to where iplan runs.
    const again = iplan(['.', '--suppress-all', '--suppressions-location', `../${FILE}`], { cwd: path.join(repo, 'plannen') });
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(repo, FILE), 'utf8')).toBe(text);
  });

  it('refuses --suppress-all with --suppress-rule or --fix-dry-run, and an unknown rule', () => {
    for (const [args, message] of [
      [['--suppress-all', '--suppress-rule', 'placeholder'], '--suppress-all and --suppress-rule exclude each other'],
      [['--suppress-all', '--fix-dry-run'], 'cannot be combined with --fix-dry-run'],
      [['--suppress-rule', 'no-such-rule'], '--suppress-rule: unknown rule "no-such-rule"'],
    ] as const) {
      const result = run('plannen', ...args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(path.join(repo, FILE))).toBe(false);
  });

  it('fixes first with --fix, and suppresses what stays', () => {
    run('plannen', '--fix', '--suppress-all');
    const data = suppressions();
    expect(data['plannen/defect-sections.iplan.md']['section-missing']).toBeUndefined();
    expect(readFileSync(plan('defect-sections.iplan.md'), 'utf8')).toContain('## Levenscyclusmanagement en legacy');
    expect(run('plannen').status).toBe(0);
  });
});

describe('--suppress-rule', () => {
  it('suppresses only the rules named, leaving the others reported and their counts alone', () => {
    const result = json('plannen', '--suppress-rule', 'placeholder', '--suppress-rule', 'section-missing');
    expect(suppressions()).toEqual({
      'plannen/defect-frontmatter.iplan.md': { placeholder: { count: 3 } },
      'plannen/defect-no-frontmatter.iplan.md': { placeholder: { count: 1 }, 'section-missing': { count: 1 } },
      'plannen/defect-sections.iplan.md': { 'section-missing': { count: 1 } },
    });
    const ids = result.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(ids).not.toContain('placeholder');
    expect(ids).not.toContain('section-missing');
    expect(ids).toContain('cost-year-missing');
    expect(result.status).toBe(1);

    // Another rule later: the earlier counts stay.
    run('plannen', '--suppress-rule', 'period-length');
    expect(suppressions()['plannen/defect-frontmatter.iplan.md']).toEqual({ 'period-length': { count: 1 }, placeholder: { count: 3 } });
  });
});

describe('suppressions that match nothing any more', () => {
  beforeEach(() => {
    run('plannen', '--suppress-all');
  });

  it('are reported and fail the run, unless passed; --prune-suppressions removes them', () => {
    edit('defect-frontmatter.iplan.md', (text) => text.replace(/^.*TODO.*\n/m, ''));
    rmSync(plan('defect-yaml.iplan.md'));
    const unmatched = run('plannen');
    expect(unmatched.status).toBe(1);
    expect(unmatched.stdout).toBe('');
    expect(unmatched.stderr).toBe(
      [
        `iplan: 2 suppressions in ${FILE} match nothing any more; clean up with --prune-suppressions:`,
        '  plannen/defect-frontmatter.iplan.md  placeholder         1 of 3 not found',
        '  plannen/defect-yaml.iplan.md         frontmatter-syntax  1, the plan no longer exists',
        '',
      ].join('\n'),
    );
    expect(run('plannen', '--locale', 'nl').stderr).toContain(`iplan: 2 onderdrukkingen in ${FILE} passen nergens meer op; ruim op met --prune-suppressions:`);
    const passed = run('plannen', '--pass-on-unpruned-suppressions');
    expect(passed.status).toBe(0);
    expect(passed.stderr).toBe(unmatched.stderr);

    const before = suppressions();
    const pruned = run('plannen', '--prune-suppressions');
    expect(pruned).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const after = suppressions();
    expect(after['plannen/defect-frontmatter.iplan.md'].placeholder).toEqual({ count: 2 });
    expect(after['plannen/defect-yaml.iplan.md']).toBeUndefined();
    delete before['plannen/defect-yaml.iplan.md'];
    before['plannen/defect-frontmatter.iplan.md'].placeholder = { count: 2 };
    expect(after).toEqual(before);
    expect(run('plannen')).toMatchObject({ status: 0, stderr: '' });
  });

  it('a run over some plans judges only those, and plans that are gone', () => {
    edit('defect-frontmatter.iplan.md', (text) => text.replace(/^.*TODO.*\n/m, ''));
    expect(run('plannen/bzk-2026-2029.iplan.md')).toMatchObject({ status: 0, stderr: '' });
    expect(run('plannen/defect-frontmatter.iplan.md').stderr).toContain('plannen/defect-frontmatter.iplan.md  placeholder  1 of 3 not found');
    rmSync(plan('defect-yaml.iplan.md'));
    expect(run('plannen/bzk-2026-2029.iplan.md').stderr).toContain('plannen/defect-yaml.iplan.md  frontmatter-syntax  1, the plan no longer exists');
  });

  it('a plan fixed completely loses its entry on --suppress-all', () => {
    writeFileSync(plan('defect-yaml.iplan.md'), readFileSync(plan('bzk-2026-2029.iplan.md'), 'utf8'));
    run('plannen', '--suppress-all');
    expect(suppressions()['plannen/defect-yaml.iplan.md']).toBeUndefined();
  });
});

describe('--suppressions-location', () => {
  it('reads and writes the file named, creating its folder', () => {
    const location = path.join('ci', 'iplan', 'accepted.json');
    expect(run('plannen', '--suppress-all', '--suppressions-location', location).status).toBe(0);
    expect(existsSync(path.join(repo, FILE))).toBe(false);
    const data = suppressions(path.join(repo, location));
    expect(Object.keys(data).every((key) => key.startsWith('../../plannen/'))).toBe(true);
    expect(run('plannen', '--suppressions-location', location).status).toBe(0);
    expect(run('plannen').status).toBe(1);
  });

  it('pruning without a file creates none', () => {
    expect(run('plannen/bzk-2026-2029.iplan.md', '--prune-suppressions')).toMatchObject({ status: 0, stderr: '' });
    expect(existsSync(path.join(repo, FILE))).toBe(false);
  });
});

describe('a malformed suppressions file', () => {
  it('stops the run with exit 2 and one line that names the file, the place and what is wrong, and is never written over', () => {
    for (const [content, message] of [
      ['{ "plannen/a.iplan.md": ', `${path.join(repo, FILE)}: is not valid JSON`],
      ['{ "plannen/a.iplan.md": { "placeholder": { "count": 0 } } }', `${path.join(repo, FILE)} /plannen~1a.iplan.md/placeholder/count: must be a whole number of at least 1 (got 0)`],
    ]) {
      writeFileSync(path.join(repo, FILE), content);
      const result = run('plannen', '--suppress-all');
      expect(result).toMatchObject({ status: 2, stdout: '' });
      expect(result.stderr.startsWith(`iplan: invalid suppressions file: ${message}`)).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(path.join(repo, FILE), 'utf8')).toBe(content);
    }
    expect(run('plannen', '--locale', 'nl').stderr).toMatch(/^iplan: ongeldig bestand met onderdrukkingen: /);
  });
});
