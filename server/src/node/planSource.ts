/**
 * One version of a plan to compare: a file, or `<git-ref>:<path>` read from the repository with
 * git itself (any ref git knows: a branch, a tag, `HEAD~1`, a commit). Git runs without a shell,
 * with the object name written to its standard input, so nothing in a name can become an option
 * or a command. The same limits as for a checked file apply: at most `maxFileSize` bytes, and
 * UTF-8 text. Whatever goes wrong is a `PlanSourceError` that says what and where.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../core';
import { decodeText, FileReadError, readRegularFile } from './readFile';

export class PlanSourceError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'PlanSourceError';
  }
}

type PlanSpec = { kind: 'file'; file: string } | { kind: 'git'; ref: string; path: string };

export interface PlanSource {
  /** As the user wrote it: the name reports use for this version. */
  label: string;
  /** The file on disk this version is of (for a git object: its path in the working tree), for its configuration. */
  file: string;
  text: string;
}

/** A file that exists is a file; otherwise `ref:path` is a git object (git forbids `:` in ref names). */
function parsePlanSpec(spec: string, cwd: string): PlanSpec {
  const file = path.resolve(cwd, spec);
  let exists = false;
  try {
    exists = statSync(file).isFile();
  } catch {
    exists = false;
  }
  const colon = spec.indexOf(':');
  if (exists || colon <= 0) return { kind: 'file', file };
  return { kind: 'git', ref: spec.slice(0, colon), path: spec.slice(colon + 1) };
}

function decode(bytes: Uint8Array, label: string): string {
  const decoded = decodeText(bytes);
  if ('notText' in decoded) throw new PlanSourceError({ nl: `${label} is geen UTF-8-tekst`, en: `${label} is not UTF-8 text` });
  return decoded.text;
}

const tooLarge = (label: string, size: number, max: number) =>
  new PlanSourceError({
    nl: `${label} is ${size} bytes, groter dan maxFileSize (${max} bytes)`,
    en: `${label} is ${size} bytes, larger than maxFileSize (${max} bytes)`,
  });

/** Through the one bounded reader: a regular file only, never more than `maxBytes`. */
function readFile(file: string, label: string, maxBytes: number): string {
  try {
    return decode(readRegularFile(file, { maxBytes }), label);
  } catch (error) {
    if (error instanceof FileReadError) throw new PlanSourceError({ nl: `${label}: ${error.detail.nl}`, en: `${label}: ${error.detail.en}` });
    throw error;
  }
}

function git(args: string[], cwd: string, options: { input?: string; maxBuffer?: number } = {}): Buffer {
  try {
    return execFileSync('git', args, { cwd, input: options.input, maxBuffer: options.maxBuffer ?? 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT') throw new PlanSourceError({ nl: 'git is niet gevonden (nodig voor <ref>:<pad>)', en: 'git was not found (needed for <ref>:<path>)' });
    const said = failure.stderr?.toString('utf8').trim().split('\n')[0] ?? failure.message;
    throw new PlanSourceError({ nl: `git: ${said}`, en: `git: ${said}` });
  }
}

/** `<sha> <type> <size>` of an object name, or undefined when git does not know it. */
function objectInfo(name: string, cwd: string): { sha: string; type: string; size: number } | undefined {
  const line = git(['cat-file', '--batch-check'], cwd, { input: `${name}\n` }).toString('utf8').trim();
  const match = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
  return match ? { sha: match[1], type: match[2], size: Number(match[3]) } : undefined;
}

function readGit(spec: Extract<PlanSpec, { kind: 'git' }>, label: string, cwd: string, maxBytesFor: (file: string) => number): PlanSource {
  if (/[\r\n]/.test(label) || spec.ref.startsWith('-')) {
    throw new PlanSourceError({ nl: `${JSON.stringify(label)} is geen geldige <ref>:<pad>`, en: `${JSON.stringify(label)} is not a valid <ref>:<path>` });
  }
  const top = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  // As git reads the path: from the repository's top, or from here when it starts with ./ or ../.
  const file = path.resolve(/^\.\.?(?:\/|$)/.test(spec.path) ? cwd : top, spec.path);
  const maxBytes = maxBytesFor(file);
  const info = objectInfo(label, cwd);
  if (!info) {
    if (!objectInfo(spec.ref, cwd)) {
      throw new PlanSourceError({ nl: `git kent de revisie ‘${spec.ref}’ niet (in ${label})`, en: `git does not know the revision ‘${spec.ref}’ (in ${label})` });
    }
    throw new PlanSourceError({ nl: `‘${spec.path}’ bestaat niet in ${spec.ref} (in ${label})`, en: `‘${spec.path}’ does not exist in ${spec.ref} (in ${label})` });
  }
  if (info.type !== 'blob') throw new PlanSourceError({ nl: `${label} is geen bestand maar een ${info.type}`, en: `${label} is not a file but a ${info.type}` });
  if (info.size > maxBytes) throw tooLarge(label, info.size, maxBytes);
  const bytes = git(['cat-file', 'blob', info.sha], cwd, { maxBuffer: info.size + 1 });
  return { label, file, text: decode(bytes, label) };
}

/** Reads one version; `maxBytes` is asked per file, as the limit comes from its configuration. */
export function readPlanSource(spec: string, cwd: string, maxBytesFor: (file: string) => number): PlanSource {
  const parsed = parsePlanSpec(spec, cwd);
  if (parsed.kind === 'file') return { label: spec, file: parsed.file, text: readFile(parsed.file, spec, maxBytesFor(parsed.file)) };
  return readGit(parsed, spec, cwd, maxBytesFor);
}
