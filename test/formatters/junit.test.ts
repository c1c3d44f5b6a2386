import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, junit } from '../../server/src/cli/formatters/junit';
import { bzkPath, cleanPath, context, NASTY, oddPath, relative, results, rules } from './fixtures';

interface Failure {
  '#text': string;
  type: string;
  message: string;
}
interface TestCase {
  classname: string;
  name: string;
  file: string;
  failure?: Failure;
  'system-out'?: string;
}
interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase: TestCase[];
}
interface Report {
  testsuites: { name: string; tests: string; failures: string; errors: string; testsuite?: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Decodes character references such as &#10; (XML's own five entities are always decoded).
  htmlEntities: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

/** XML 1.0's Char production: everything else is not allowed anywhere in a document. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const xml = junit(results, context);
const report = (): Report => parser.parse(xml);
const suite = (filePath: string) => report().testsuites.testsuite!.find((s) => s.name === relative(filePath))!;
const testcase = (filePath: string, ruleId: string) => suite(filePath).testcase.find((c) => c.name === ruleId)!;
/**
 * What a reader gets back from NASTY: one finding a line, so its line breaks and control
 * characters are written as visible escapes (`\n`, `\u0001`).
 */
const NASTY_READ = NASTY.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace('\u0001', '\\u0001');

describe('junit formatter', () => {
  it('is a well-formed XML 1.0 document', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).not.toMatch(NOT_XML_CHAR);
    // Every ampersand starts a reference, and no attribute value holds a raw '<'.
    expect(xml.match(/&[^;]*;?/g)!.every((ref) => /^&(amp|lt|gt|quot|apos|#\d+);$/.test(ref))).toBe(true);
    expect(xml).not.toMatch(/="[^"]*</);
    expect(XMLValidator.validate(junit([], context))).toBe(true);
  });

  it('has one testsuite per file and one testcase per rule, with the totals', () => {
    const { testsuites } = report();
    expect(testsuites.name).toBe('iplan');
    expect(testsuites.testsuite!.map((s) => s.name)).toEqual([relative(bzkPath), relative(oddPath), relative(cleanPath)]);
    // Every catalogue rule is a test case; a rule outside the catalogue that reported is one too.
    const ids = rules.map((r) => r.id);
    expect(suite(bzkPath).testcase.map((c) => c.name)).toEqual(ids);
    expect(suite(oddPath).testcase.map((c) => c.name)).toEqual([...ids, 'unused-disable']);
    expect(suite(cleanPath).testcase.map((c) => c.name)).toEqual(ids);
    for (const s of testsuites.testsuite!) {
      expect(s.tests).toBe(String(s.testcase.length));
      expect(s.failures).toBe(String(s.testcase.filter((c) => c.failure).length));
      expect(s.errors).toBe('0');
      for (const c of s.testcase) {
        expect(c.classname).toBe(s.name);
        expect(c.file).toBe(s.name);
      }
    }
    expect([suite(bzkPath).failures, suite(oddPath).failures, suite(cleanPath).failures]).toEqual(['3', '1', '0']);
    expect(testsuites.tests).toBe('16');
    expect(testsuites.failures).toBe('4');
    expect(testsuites.errors).toBe('0');
  });

  it('fails a rule for its errors, one `line:column message` per finding', () => {
    const missing = testcase(bzkPath, 'section-missing').failure!;
    expect(missing.type).toBe('error');
    expect(missing['#text']).toBe('1:1 Section "Financiën" is missing.');
    expect(missing.message).toBe(missing['#text']);
    // Escaping round-trips <&"'>, %, commas and colons; line breaks and controls are shown escaped.
    const nasty = testcase(bzkPath, 'placeholder').failure!;
    expect(nasty['#text']).toBe(`30:2 ${NASTY_READ}`);
    expect(nasty.message).toBe(`30:2 ${NASTY_READ}`);
  });

  it('passes warning-only rules and lists their warnings in system-out', () => {
    const period = testcase(oddPath, 'period-length');
    expect(period.failure).toBeUndefined();
    expect(period['system-out']).toBe('warning 6:12 The period is 7 years, more than 5.');
    // A rule with both: the errors fail it, the warnings stay in system-out.
    expect(testcase(bzkPath, 'placeholder')['system-out']).toBe(
      'warning 20:3 Placeholder "TODO" left in the text.\nwarning 25:1 Placeholder "TODO" left in the text.',
    );
    // Rules without findings are plain passed test cases.
    const passed = testcase(cleanPath, 'section-missing');
    expect(passed.failure).toBeUndefined();
    expect(passed['system-out']).toBeUndefined();
  });

  it('round-trips names with characters XML must escape', () => {
    const odd = suite(oddPath);
    expect(odd.name).toBe('plans/sub dir/a, b: c <&"\'>% ü.iplan.md');
    expect(testcase(oddPath, 'section-missing').failure!['#text']).toBe(`1:1 ${NASTY_READ}`);
  });

  it('escapes text and attributes', () => {
    expect(escapeXmlText('a<b>&c\r\n\u0000\uFFFE\uD800x😀')).toBe('a&lt;b&gt;&amp;c&#13;\n\uFFFD\uFFFD\uFFFDx😀');
    expect(escapeXmlAttribute('"\'<>&\t\n\r\u001b')).toBe('&quot;&apos;&lt;&gt;&amp;&#9;&#10;&#13;\uFFFD');
  });
});
