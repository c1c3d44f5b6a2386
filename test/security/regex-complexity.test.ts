// Every regular expression in the server's source, checked for super-linear time on input that
// repeats one character (a run of spaces, dots, parentheses): each literal is analysed for
// backtracking between quantifiers and for matching tried from every position. The shapes
// that repeat more than one character (`<!--` × 25,000) are the hostile-line tests'.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../server/src/core';

const ROOT = path.resolve('server/src');
const sources = (readdirSync(ROOT, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => path.join(ROOT, file));

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(): { regexes: Found[]; constructed: string[] } {
  const regexes: Found[] = [];
  const constructed: string[] = [];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(ROOT, file)}:${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const slash = literal.lastIndexOf('/');
        regexes.push({ where: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
        constructed.push(`${path.relative(ROOT, file)}: ${node.arguments?.[0]?.getText().slice(0, 60)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return { regexes, constructed };
}

const verdict = ({ where, source, flags }: Found) =>
  analyse({ source, flags }).reports.map((report) => `${where} /${source}/${flags}: ${report.type} on repeated ${JSON.stringify(report.character.pick)}`);

/** Patterns built at run time, each with why its input or its shape is safe; a new one must be added here. */
const CONSTRUCTED: [RegExp, string][] = [
  [/^cli\/formatters\/printable\.ts: `\[/, 'one character class of control characters'],
  [/^core\/framework\.ts: alternatives\.join/, 'the placeholder words, escaped, as alternatives with look-arounds (analysed below)'],
  [/^core\/parse\/blockTracker\.ts: `<\/\$\{kind\}>`/, 'a closing tag from a fixed list of four names'],
  [/^core\/parse\/defuse\.ts: `\^\[ \\\\t\]\*\(\?:/, 'nesting markers, each iteration starting with its marker; applied once per line'],
  [/^core\/parse\/defuse\.ts: `\^\(\[ \\\\t\]\{/, 'indentation then one marker; applied once per line'],
  [/^core\/parse\/defuse\.ts: `\(\[\*_~/, 'a run of one delimiter, at most 64 tried from each position'],
  [/^core\/(rules\/(placeholder|cost-table-mismatch)|facts)\.ts: framework\.placeholderPattern\.source/, 'a copy of the placeholder pattern (analysed below)'],
  [/^core\/rules\/section-missing\.ts: `\$\{eol\}\$`/, 'a line ending, \\n or \\r\\n'],
  [/^core\/schemaNav\.ts: pattern/, "a patternProperties key of the framework's own schema, matched against a key name"],
  [/^import\/values\.ts: `\(\?<!\[\\\\p\{L\}\\\\p\{N\}\]\)\$\{escape\((fold\(phrase\)|abbreviation)\)\}/, 'an escaped name or abbreviation between two look-arounds'],
];

describe('regular expressions take linear time', () => {
  const { regexes, constructed } = literals();

  it('finds the literals in the source', () => {
    expect(regexes.length).toBeGreaterThan(150);
  });

  it('no literal backtracks or moves super-linearly on a repeated character', { timeout: 120_000 }, () => {
    expect(regexes.flatMap(verdict)).toEqual([]);
  });

  it('the analysis catches the patterns this replaced', () => {
    const before = [
      { where: 'normalizeTitle', source: '[\\s.:]+$', flags: '' },
      { where: 'unitMultiplier', source: '[×x*]\\s*(?:€|eur(?:o)?)?\\s*([0-9][0-9.,\\s]*)', flags: 'i' },
      { where: 'headerName', source: '\\([^)]*\\)|\\[[^\\]]*\\]', flags: 'g' },
      { where: 'yamlContext', source: '\\s+#.*$', flags: '' },
    ];
    for (const found of before) expect(verdict(found), found.where).not.toEqual([]);
  });

  it('every pattern built at run time is accounted for', () => {
    const unknown = constructed.filter((site) => !CONSTRUCTED.some(([pattern]) => pattern.test(site)));
    expect(unknown).toEqual([]);
    const stale = CONSTRUCTED.filter(([pattern]) => !constructed.some((site) => pattern.test(site))).map(([, why]) => why);
    expect(stale).toEqual([]);
  });

  it('the placeholder pattern built from the framework is linear too', () => {
    const { source, flags } = defaultFramework().placeholderPattern;
    expect(verdict({ where: 'placeholderPattern', source, flags })).toEqual([]);
  });
});
