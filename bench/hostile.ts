// One line of work per size: the time to check a normal plan with one hostile line added,
// against the same plan with a benign line of the same length, for every shape in
// test/fuzz/hostile.ts and several lengths. Parse and check (and, in the front matter,
// completion and hover at the end of the line) run in this process, hostile and benign
// alternating, each plan text new to the caches; the figure is the ratio of the medians. Time is
// the process's CPU time, not the clock's: on a shared machine the clock also counts the time
// other processes had the core.
import { defaultFramework, lintText } from '../server/src/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { frontMatterCompletion, planFacts } from '../server/src/lsp/completion';
import { documentLines } from '../server/src/lsp/documentLines';
import { hover } from '../server/src/lsp/hover';
import { benignLine, hostileShapes, planWithLine, type HostileShape } from '../test/fuzz/hostileLines';

export interface HostileFigure {
  shape: string;
  placement: string;
  length: number;
  hostileMs: number;
  benignMs: number;
  ratio: number;
  /** A hostile sample took longer than the cap: measured once, longer lengths skipped. */
  capped?: boolean;
}

export interface HostileOptions {
  lengths?: number[];
  rounds?: number;
  /** A hostile sample slower than this stops the shape. */
  capMs?: number;
  /** Only the shapes whose name matches. */
  only?: RegExp;
  log?: (line: string) => void;
}

const framework = defaultFramework();
let round = 0;

function timeOnce(shape: HostileShape, line: string): number {
  const { text, line: lineNumber, character } = planWithLine(shape.placement, line, ++round);
  const start = process.cpuUsage();
  const outcome = lintText(text, framework, { relativePath: 'plan.iplan.md' });
  if (shape.placement === 'frontMatter') {
    const position = { line: lineNumber, character };
    frontMatterCompletion(documentLines(TextDocument.create('file:///plan.iplan.md', 'markdown', 1, text)), position, { framework, locale: 'nl', facts: planFacts(outcome.plan, framework), year: 2026 });
    hover(position, { plan: outcome.plan, framework, locale: 'nl' });
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function measureHostileLines(options: HostileOptions = {}): { figures: HostileFigure[]; worst: HostileFigure } {
  const { lengths = [1_000, 10_000, 100_000], rounds = 5, capMs = 5_000, only, log = () => {} } = options;
  // Warm the parser and checker up, so the first shape is not charged for it.
  for (let i = 0; i < 5; i++) timeOnce(hostileShapes[0], benignLine(hostileShapes[0], 1000));
  const figures: HostileFigure[] = [];
  for (const shape of hostileShapes) {
    if (only && !only.test(shape.name)) continue;
    for (const length of lengths) {
      const hostileLine = shape.make(length);
      const benign = benignLine(shape, length);
      const hostile: number[] = [];
      const plain: number[] = [];
      let capped = false;
      for (let r = 0; r < rounds && !capped; r++) {
        // Alternating which goes first, so neither always runs on a warmer machine.
        if (r % 2 === 1) plain.push(timeOnce(shape, benign));
        hostile.push(timeOnce(shape, hostileLine));
        if (r % 2 === 0) plain.push(timeOnce(shape, benign));
        capped = hostile[hostile.length - 1] > capMs;
      }
      const figure: HostileFigure = {
        shape: shape.name,
        placement: shape.placement,
        length,
        hostileMs: +median(hostile).toFixed(2),
        benignMs: +median(plain).toFixed(2),
        ratio: +(median(hostile) / median(plain)).toFixed(2),
        ...(capped ? { capped } : {}),
      };
      figures.push(figure);
      log(`${figure.shape.padEnd(46)} ${String(length).padStart(7)}  ${figure.hostileMs.toFixed(1).padStart(9)} ms  ${figure.benignMs.toFixed(1).padStart(8)} ms  ×${figure.ratio.toFixed(2)}${capped ? ' (capped)' : ''}`);
      if (capped) break;
    }
  }
  const worst = figures.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { figures, worst };
}
