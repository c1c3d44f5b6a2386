import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../server/src/cli/formatters/github';
import { bzkPath, context, NASTY, oddPath, relative, results } from './fixtures';

/**
 * A workflow-command reader that follows the Actions runner: `::name key=value,…::data`,
 * properties split on ',' and the first '=', then unescaped (%0D, %0A, %3A, %2C, and %25 last).
 */
function parseCommand(line: string) {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
  const unescapeProperty = (s: string) =>
    s
      .replace(/%0D/gi, '\r')
      .replace(/%0A/gi, '\n')
      .replace(/%3A/gi, ':')
      .replace(/%2C/gi, ',')
      .replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1], properties, message: unescapeData(match[3]) };
}

const output = github(results, context);
const commands = () => output.trimEnd().split('\n').map(parseCommand);

describe('github formatter', () => {
  it('writes one command per finding, one per line', () => {
    expect(output.endsWith('\n')).toBe(true);
    expect(output.trimEnd().split('\n')).toHaveLength(8);
    for (const line of output.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=[^:]*::/);
    expect(github([results[2]], context)).toBe('');
  });

  it('parses back to the same file, position, title and message', () => {
    const parsed = commands();
    expect(parsed[0]).toEqual({
      command: 'error',
      properties: { file: 'plans/bzk.iplan.md', line: '1', endLine: '1', col: '1', endColumn: '3', title: 'section-missing' },
      message: 'Section "Financiën" is missing.',
    });
    expect(parsed.map((c) => c.command)).toEqual(['error', 'error', 'warning', 'warning', 'error', 'warning', 'warning', 'error']);
    const flat = results.flatMap((r) => r.messages.map((m) => ({ file: relative(r.filePath), ...m })));
    parsed.forEach((c, i) => {
      expect(c.properties.file).toBe(flat[i].file);
      expect(c.properties.title).toBe(flat[i].ruleId);
      expect(c.properties.line).toBe(String(flat[i].line));
      expect(c.message).toBe(flat[i].message);
    });
    // Percent signs, CR, LF, commas and colons in the message and the path survive.
    expect(parsed[4].message).toBe(NASTY);
    expect(parsed[7].properties.file).toBe(relative(oddPath));
    expect(parsed[7].properties.file).toBe('plans/sub dir/a, b: c <&"\'>% ü.iplan.md');
    expect(relative(bzkPath)).toBe('plans/bzk.iplan.md');
  });

  it('gives inclusive ends, and columns only on one-line annotations', () => {
    const parsed = commands();
    // 40:15–40:25 end-exclusive is columns 15 to 24.
    expect(parsed[1].properties).toMatchObject({ line: '40', endLine: '40', col: '15', endColumn: '24' });
    // 25:1–26:1 is all of line 25.
    expect(parsed[3].properties).toEqual({ file: 'plans/bzk.iplan.md', line: '25', endLine: '25', title: 'placeholder' });
    // A real multi-line span: lines only.
    expect(parsed[4].properties).toEqual({ file: 'plans/bzk.iplan.md', line: '30', endLine: '32', title: 'placeholder' });
  });

  it('escapes as the runner expects', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    // Already-escaped-looking text is not unescaped by the reader.
    expect(parseCommand(`::warning title=${escapeProperty('%0A')}::${escapeData('%3A%25')}`)).toEqual({
      command: 'warning',
      properties: { title: '%0A' },
      message: '%3A%25',
    });
  });
});
