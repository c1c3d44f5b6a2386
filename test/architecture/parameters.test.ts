// A function or constructor takes at most five positional parameters: beyond that a call site
// no longer says which argument is which (a callback in seventh place, a `true` in sixth), and
// an options object names them.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceModules } from './sources';

const MAX_PARAMETERS = 5;

/** `file:line name (count)` of every function-like declaration with too many parameters. */
function longParameterLists(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && node.parameters.length > MAX_PARAMETERS) {
      const name = ts.isConstructorDeclaration(node) ? 'constructor' : node.name ? node.name.getText(source) : '(anonymous)';
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1} ${name} (${node.parameters.length})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('parameter lists', () => {
  it('no function or constructor in the sources takes more than five positional parameters', () => {
    const found = sourceModules().flatMap(({ file }) => longParameterLists(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check finds a long list in a constructor, a method and an arrow function, and accepts five', () => {
    const text = [
      'class A { constructor(a, b, c, d, e, f) {} m(a, b, c, d, e) {} }',
      'const g = (a, b, c, d, e, f, h) => a;',
      'function ok(a, b, c, d, e) {}',
    ].join('\n');
    expect(longParameterLists('x.ts', text)).toEqual(['x.ts:1 constructor (6)', 'x.ts:2 (anonymous) (7)']);
  });
});
