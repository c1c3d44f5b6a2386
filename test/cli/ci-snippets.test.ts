// The README's CI snippets use the integrations this repository ships, with inputs they have and
// the version they are released with. (Each integration is run as written in test/ci/.)
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { ROOT } from './run';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

/** The README's YAML block that mentions `marker`, parsed. */
function snippet(marker: string) {
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes(marker));
  if (!block) throw new Error(`no YAML block in the README mentions ${marker}`);
  return parseYaml(block);
}

describe('README CI snippets', () => {
  it('GitHub: the Action at this version, with inputs action.yml has, and the SARIF upload', () => {
    const inputs = Object.keys(parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).inputs);
    const steps = snippet('upload-sarif').jobs.iplan.steps as { uses?: string; with?: Record<string, unknown> }[];
    const step = steps.find((s) => s.uses?.startsWith('iplan-rijk/iplan@'));
    expect(step?.uses).toBe(`iplan-rijk/iplan@v${version}`);
    expect(Object.keys(step!.with!).filter((name) => !inputs.includes(name))).toEqual([]);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe(step!.with!['sarif-file']);
  });

  it('GitLab: the component at this version, with inputs its spec has', () => {
    const [spec] = parseAllDocuments(readFileSync(path.join(ROOT, 'templates', 'iplan.yml'), 'utf8'));
    const inputs = Object.keys(spec.toJS().spec.inputs);
    const include = snippet('component:').include[0] as { component: string; inputs?: Record<string, unknown> };
    expect(include.component).toBe(`gitlab.com/iplan-rijk/iplan/iplan@${version}`);
    expect(Object.keys(include.inputs ?? {}).filter((name) => !inputs.includes(name))).toEqual([]);
  });

  it('pre-commit: the hook this repository defines, at this version', () => {
    const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[];
    const config = snippet('id: iplan').repos[0];
    expect(config).toEqual({ repo: 'https://github.com/iplan-rijk/iplan', rev: `v${version}`, hooks: [{ id: hooks[0].id }] });
  });

  it('shows no bare `npx iplan` in a CI file: a job gets iplan from an integration', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.filter((b) => /^\s*-? ?(run|script):.*npx iplan/m.test(b))).toEqual([]);
  });
});
