import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../server/src/cli/formatters/sarif';
import { bzkPath, context, cwd, NASTY, oddPath, relative, results, rules, shifted } from './fixtures';

/**
 * The SARIF 2.1.0 schema and the SARIF validator both come from the npm package
 * @microsoft/sarif-multitool (its per-platform package ships sarif-2.1.0.json next to the
 * Sarif.Multitool binary), so nothing is fetched at test time.
 */
const require = createRequire(import.meta.url);
const multitoolPackage = `@microsoft/sarif-multitool-${process.platform}`;
const schema = JSON.parse(readFileSync(require.resolve(`${multitoolPackage}/sarif-2.1.0.json`), 'utf8'));

/** The validator binary is built for x64; elsewhere only the schema check runs. */
const multitoolBinary: string | undefined = process.arch === 'x64' ? require(multitoolPackage) : undefined;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: string };
  properties?: { criterion: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

const log = (input = results): SarifLog => JSON.parse(sarif(input, context));
const fingerprints = (input = results) => log(input).runs[0].results.map((r) => Object.values(r.partialFingerprints)[0]);

describe('sarif formatter', () => {
  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log()), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(log([])), ajv.errorsText(validate.errors)).toBe(true);
    // The schema does reject a broken log, so the check above means something.
    const broken = log();
    (broken.runs[0].results[0] as { level: string }).level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  const binary = multitoolBinary;
  it.skipIf(!binary)('passes the SARIF multitool validator, with GitHub Advanced Security rules', () => {
    // The package's postinstall makes the binary executable; fail plainly if that did not happen.
    accessSync(binary!, constants.X_OK);
    const dir = mkdtempSync(path.join(tmpdir(), 'iplan-sarif-'));
    try {
      const input = path.join(dir, 'iplan.sarif');
      const output = path.join(dir, 'validation.sarif');
      writeFileSync(input, sarif(results, context));
      execFileSync(binary!, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'], {
        stdio: 'pipe',
        timeout: 60_000,
      });
      const validation = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string }[] }[] };
      const findings = (validation.runs[0].results ?? []).map((r) => `${r.level ?? 'warning'} ${r.ruleId}`);
      // SARIF2005 asks for tool.driver.informationUri, which the format context does not carry.
      expect(findings.filter((f) => f !== 'warning SARIF2005')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('describes the tool and every rule', () => {
    const run = log().runs[0];
    expect(run.tool.driver.name).toBe('iplan');
    expect(run.tool.driver.version).toBe('0.1.0');
    const described = run.tool.driver.rules;
    expect(described.map((r) => r.id)).toEqual([...rules.map((r) => r.id), 'unused-disable']);
    const first = described[0];
    expect(first).toMatchObject({
      id: 'section-missing',
      name: 'SectionMissing',
      shortDescription: { text: 'Description of section-missing' },
      fullDescription: { text: 'Why section-missing <&"\'> matters.' },
      helpUri: 'https://example.org/iplan/rules/section-missing',
      defaultConfiguration: { level: 'error' },
      properties: { criterion: 'K1' },
    });
    expect(described.find((r) => r.id === 'period-length')?.defaultConfiguration?.level).toBe('warning');
    // A one-word id would make name equal to id, which SARIF forbids.
    expect(described.find((r) => r.id === 'placeholder')?.name).toBeUndefined();
    // The texts follow the locale.
    const dutch: SarifLog = JSON.parse(sarif(results, { ...context, locale: 'nl' }));
    expect(dutch.runs[0].tool.driver.rules[0].shortDescription.text).toBe('Beschrijving van section-missing');
  });

  it('reports every finding with rule, level, message and region', () => {
    const run = log().runs[0];
    expect(run.results).toHaveLength(8);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.locations).toHaveLength(1);
    }
    const [missing, mismatch] = run.results;
    expect(missing).toMatchObject({
      ruleId: 'section-missing',
      level: 'error',
      message: { text: 'Section "Financiën" is missing.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'plans/bzk.iplan.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4 },
          },
        },
      ],
    });
    expect(run.results.filter((r) => r.level === 'warning').map((r) => r.ruleId)).toEqual([
      'placeholder',
      'placeholder',
      'period-length',
      'unused-disable',
    ]);
    // The related location, linked from the message as SARIF embedded links do it.
    expect(mismatch.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'kosten\\[1\\].vernieuwing in the front matter' },
        physicalLocation: {
          artifactLocation: { uri: 'plans/bzk.iplan.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 20, endLine: 12, endColumn: 28 },
        },
      },
    ]);
    expect(mismatch.message.text).toBe(
      'Table says 12.500.000 for 2026, front matter says 12.000.000. ([kosten\\[1\\].vernieuwing in the front matter](1))',
    );
    // Literal brackets are escaped; everything else is JSON's business.
    const nasty = run.results.find((r) => r.ruleId === 'placeholder' && r.level === 'error')!;
    expect(nasty.message.text).toBe(NASTY.replace(/[[\]]/g, '\\$&'));
  });

  it('writes URIs relative to %SRCROOT%, the cwd', () => {
    const run = log().runs[0];
    const base = run.originalUriBaseIds['%SRCROOT%'].uri;
    expect(base.endsWith('/')).toBe(true);
    expect(path.resolve(fileURLToPath(base))).toBe(cwd);
    const uris = [...new Set(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))];
    expect(uris).toEqual(['plans/bzk.iplan.md', "plans/sub%20dir/a%2C%20b%3A%20c%20%3C%26%22'%3E%25%20%C3%BC.iplan.md"]);
    for (const uri of uris) {
      expect(uri).not.toMatch(/[\\\s]/);
      // Resolving against the base gives back the very file.
      expect(fileURLToPath(new URL(uri, base))).toBe(uri.startsWith('plans/bzk') ? bzkPath : oddPath);
      expect(decodeURIComponent(uri)).toBe(relative(uri.startsWith('plans/bzk') ? bzkPath : oddPath));
    }
  });

  it('uses an absolute file URI for a file outside the cwd', () => {
    const outside = path.resolve(cwd, '..', 'elsewhere', 'x.iplan.md');
    const input = [{ ...results[0], filePath: outside }];
    const location = log(input).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location.uriBaseId).toBeUndefined();
    expect(fileURLToPath(location.uri)).toBe(outside);
  });

  it('fingerprints are unique, survive moved lines and follow the message', () => {
    const prints = fingerprints();
    expect(new Set(prints).size).toBe(prints.length);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprints(shifted(7))).toEqual(prints);
    const reworded = results.map((r, i) =>
      i === 0 ? { ...r, messages: r.messages.map((m, j) => (j === 0 ? { ...m, message: 'Another text.' } : m)) } : r,
    );
    const changed = fingerprints(reworded);
    expect(changed[0]).not.toBe(prints[0]);
    expect(changed.slice(1)).toEqual(prints.slice(1));
  });
});
