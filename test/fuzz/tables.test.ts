// Pipe tables read without micromark (core/parse/pipeTables) must give exactly what micromark's
// GFM parse gives: the same blocks, cells, cell spans, prose and comments, in every context a
// table can stand in, and for rows holding any inline syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePart } from '../../server/src/core/parse/markdown';
import { liftTables } from '../../server/src/core/parse/pipeTables';
import { assertTablesAsGfm, tablesInContext } from './tables';

const IN_CONTEXT = { numRuns: 1000, seed: 11 };

describe('pipe tables read without micromark', () => {
  it(`give what a GFM parse gives, in any context (seed ${IN_CONTEXT.seed}, ${IN_CONTEXT.numRuns.toLocaleString('en')} runs)`, () => {
    fc.assert(fc.property(tablesInContext, assertTablesAsGfm), IN_CONTEXT);
  }, 120_000);

  it('are lifted in the plain case plans are written in', () => {
    const text = '## 7. Financiën\n\n| Jaar | Vernieuwing | Beheer |\n| --- | ---: | ---: |\n| 2026 | 1,2 | 0,4 |\n| 2027 | **1,3** | 0,5 |\n\nTekst.\n';
    // A row with inline syntax goes to the row reader; when it refuses, micromark reads the table.
    expect(liftTables(text, () => undefined)).toBeUndefined();
    const plainText = text.replace('**1,3**', '1,3');
    const plain = liftTables(plainText, () => undefined);
    expect([...plain!.tables.keys()]).toEqual([plainText.indexOf('| Jaar')]);
    expect(plain!.masked.length).toBe(plainText.length);
    expect(parsePart(text)).toEqual(parsePart(text, { gfm: true }));
  });

  it('leave a table to micromark when it does not end at a blank line', () => {
    expect(liftTables('| a |\n| - |\n| 1 |\nlazy row\n', () => undefined)).toBeUndefined();
    expect(liftTables('Text\n| a |\n| - |\n', () => undefined)).toBeUndefined();
    expect(liftTables('```\n\n| a |\n| - |\n```\n', () => undefined)).toBeUndefined();
  });
});
