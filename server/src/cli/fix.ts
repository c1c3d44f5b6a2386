/** `--fix`: apply the safe fixes until none is left (at most a few passes), never half-writing a file. */
import { createTwoFilesPatch } from 'diff';
import { applyEdits, fixEdits, lintText, LineIndex, type Finding } from '../core';
import type { ResolvedConfig } from '../node/config';

const MAX_PASSES = 10;

interface FixOutcome {
  text: string;
  findings: Finding[];
  changed: boolean;
}

/** Applies every fix, re-checks, and repeats while fixes still change the text. */
export function fixText(text: string, findings: Finding[], config: ResolvedConfig, relativePath: string): FixOutcome {
  let current = text;
  let currentFindings = findings;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = fixEdits(currentFindings);
    if (edits.length === 0) break;
    const { text: next } = applyEdits(current, new LineIndex(current), edits);
    if (next === current) break;
    current = next;
    currentFindings = lintText(current, config.framework, { relativePath, planGlobs: config.planGlobs, rules: config.rules }).findings;
  }
  return { text: current, findings: currentFindings, changed: current !== text };
}

export function unifiedDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, '', '', { context: 3 });
}
