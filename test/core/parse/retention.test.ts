// The parse caches must not keep old versions of a document alive. V8 makes a slice a view of
// the string it was cut from, so a cached part (or YAML piece) that is a slice of one
// keystroke's document holds that whole document: 100 keystrokes in the large example kept 100
// copies of it (the server then grew by the document's size on every edit).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { defaultFramework, parse } from '../../../server/src/core';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

describe('the parse caches', () => {
  it('keep no earlier version of an edited document alive', () => {
    const framework = defaultFramework();
    const lines = readFileSync('examples/large-ienw-2026-2030.iplan.md', 'utf8').split('\n');
    const bodyStart = lines.indexOf('---', 1) + 1;
    let edits = 0;
    const edit = (count: number) => {
      for (let end = edits + count; edits < end; edits++) {
        // Half in the front matter (YAML pieces), half in the body (Markdown parts).
        const i = edits;
        const line = i % 2 === 0 ? 3 + ((i * 37) % (bodyStart - 4)) : bodyStart + ((i * 7919) % (lines.length - bodyStart - 1));
        lines[line] += ' ';
        parse(lines.join('\n'), framework);
      }
    };
    // The first edits fill the caches that are bounded by count (whole front matters, plans).
    edit(100);
    const before = heapAfterGc();
    edit(100);
    const grown = heapAfterGc() - before;
    // 100 more versions kept would be 100 × the document (one byte a character); what may grow
    // is the cache of the parts and pieces the edits made new, far less.
    expect(grown).toBeLessThan(30 * lines.join('\n').length);
  });
});
