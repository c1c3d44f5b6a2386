import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findingFingerprints } from './fingerprint';
import { jsonForLogs } from './printable';
import type { FormatContext, Formatter, LintResult, Span } from '../results';
import type { RuleDescriptor } from '../../node/ruleDocs';

/**
 * SARIF 2.1.0, one run, in the subset GitHub code scanning ingests: every result has a ruleId
 * (with a `tool.driver.rules` entry), a non-empty message text and a physical location with a
 * region; paths are relative to `%SRCROOT%` (the cwd), which is what `upload-sarif` resolves
 * against the checkout.
 */

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** A versioned key, as SARIF recommends; GitHub's upload adds its own primaryLocationLineHash. */
const FINGERPRINT_KEY = 'iplanFindingHash/v1';
/** Our own cap on rule descriptions, which GitHub shows at the top of every alert. */
const MAX_DESCRIPTION = 1024;

/** A path relative to cwd as a URI reference: forward slashes, each segment percent-encoded. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    // Outside the source root (or on another drive): an absolute file URI, no base.
    return { uri: pathToFileURL(filePath).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The file URI of a folder, with the trailing slash SARIF requires of a base URI. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Our spans and SARIF regions agree: 1-based, end exclusive. Guard against inverted ends. */
function region(span: Span) {
  const endLine = Math.max(span.endLine, span.line);
  const endColumn = endLine === span.line ? Math.max(span.endColumn, span.column) : Math.max(span.endColumn, 1);
  return { startLine: span.line, startColumn: span.column, endLine, endColumn };
}

/** Literal square brackets would read as embedded links (SARIF §3.11.6). */
const escapeMessage = (text: string) => text.replace(/[[\]]/g, (c) => `\\${c}`);

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const pascalCase = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');

const level = (severity: 1 | 2) => (severity === 2 ? 'error' : 'warning');

function ruleDescriptor(rule: RuleDescriptor, context: FormatContext) {
  const short = rule.description[context.locale];
  const full = rule.rationale[context.locale];
  return {
    ...identity(rule.id),
    shortDescription: { text: clip(short || rule.id, MAX_DESCRIPTION) },
    fullDescription: { text: clip(full || short || rule.id, MAX_DESCRIPTION) },
    helpUri: rule.helpUri,
    // GitHub shows `help` beside each alert (and requires it); helpUri is often a local file.
    help: { text: full || short || rule.id },
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: { criterion: rule.criterion },
  };
}

/** `name` must differ from `id` (SARIF §3.49.7), so a one-word id gets none. */
function identity(id: string): { id: string; name?: string } {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? { id } : { id, name };
}

/**
 * A rule that reports but is not in the catalogue handed to us (e.g. an internal error), with
 * the descriptions GitHub requires of every rule.
 */
const bareDescriptor = (id: string) => ({
  ...identity(id),
  shortDescription: { text: id },
  fullDescription: { text: id },
  help: { text: id },
});


function sarifResults(result: LintResult, context: FormatContext, ruleIndex: Map<string, number>) {
  const artifact = artifactLocation(result.filePath, context.cwd);
  const fingerprints = findingFingerprints(result.messages, artifact.uri);
  return result.messages.map((m, i) => {
    const related = m.related ?? [];
    const links = related.map((r, id) => ` ([${escapeMessage(r.message || String(id + 1))}](${id + 1}))`).join('');
    return {
      ruleId: m.ruleId,
      ruleIndex: ruleIndex.get(m.ruleId),
      level: level(m.severity),
      message: { text: escapeMessage(m.message || m.ruleId) + links },
      locations: [{ physicalLocation: { artifactLocation: artifact, region: region(m) } }],
      ...(related.length > 0 && {
        relatedLocations: related.map((r, id) => ({
          id: id + 1,
          message: { text: escapeMessage(r.message || m.ruleId) },
          physicalLocation: { artifactLocation: artifact, region: region(r) },
        })),
      }),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
    };
  });
}

export const sarif: Formatter = (results, context) => {
  const rules: object[] = context.rules.map((rule) => ruleDescriptor(rule, context));
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  for (const m of results.flatMap((r) => r.messages)) {
    if (!ruleIndex.has(m.ruleId)) {
      ruleIndex.set(m.ruleId, rules.length);
      rules.push(bareDescriptor(m.ruleId));
    }
  }
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'iplan', version: context.toolVersion, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(context.cwd) } },
        // Our columns count UTF-16 code units (JavaScript strings), not SARIF's default code points.
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => sarifResults(result, context, ruleIndex)),
      },
    ],
  };
  return jsonForLogs(log, 2) + '\n';
};
