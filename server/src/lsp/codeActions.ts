/**
 * Code actions: the core's fixes as quick fixes, "disable this rule here" for every diagnostic,
 * and `source.fixAll.iplan` with every safe fix of the document at once.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { checkTimeout, nonOverlappingEdits, ruleCatalogue, type Finding, type Plan } from '../core';
import type { Analysis } from './analysis';
import { t } from './messages';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.iplan`;

// A time-out is no finding about the text: there is nothing to switch off in the plan.
const RULE_IDS = new Set(ruleCatalogue.filter((rule) => rule !== checkTimeout).map((rule) => rule.id));

/** Whether the client asked for this kind (or did not narrow the kinds at all). */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

const sameRange = (a: Diagnostic['range'], b: Finding['range']) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The finding a diagnostic was made from: same rule, same place, same text. */
function findingOf(analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  const candidates = analysis.findings.filter((f) => f.ruleId === diagnostic.code && sameRange(diagnostic.range, f.range));
  return candidates.find((f) => f.message[analysis.locale] === diagnostic.message) ?? (candidates.length === 1 ? candidates[0] : undefined);
}

export function codeActions(params: CodeActionParams, analysis: Analysis): CodeAction[] {
  const { plan } = analysis;
  if (!analysis.isPlan || !plan) return [];
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const locale = analysis.locale;

  if (wanted(only, CodeActionKind.QuickFix)) {
    const disables = new Set<string>();
    const diagnostics = params.context.diagnostics.filter((d) => d.source === 'iplan' && typeof d.code === 'string');
    for (const diagnostic of diagnostics) {
      const finding = findingOf(analysis, diagnostic);
      if (finding?.fix) {
        actions.push({
          title: finding.fix.title[locale],
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [uri]: finding.fix.edits } },
        });
      }
    }
    for (const diagnostic of diagnostics) {
      const ruleId = diagnostic.code as string;
      const key = `${ruleId}\0${diagnostic.range.start.line}`;
      if (!RULE_IDS.has(ruleId) || disables.has(key)) continue;
      disables.add(key);
      const disable = disableAction(plan, ruleId, diagnostic.range.start.line);
      actions.push({
        title: t(locale, disable.title, ruleId),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: disable.edits } },
      });
    }
  }

  if (wanted(only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(plan, analysis.findings);
    if (edits.length > 0) {
      actions.push({ title: t(locale, 'fixAll'), kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
    }
  }
  return actions;
}

/**
 * Every fix of the document as one list of edits: whole fixes only, none overlapping another,
 * inserts at the same place kept in the order of their findings.
 */
function fixAllEdits(plan: Plan, findings: readonly Finding[]): TextEdit[] {
  let accepted: TextEdit[] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits?.length) continue;
    const candidate = [...accepted, ...edits];
    if (nonOverlappingEdits(plan.lines, candidate).length === candidate.length) accepted = candidate;
  }
  return nonOverlappingEdits(plan.lines, accepted);
}

interface DisableEdit {
  title: 'disableLine' | 'disableTable' | 'disableFile';
  edits: TextEdit[];
}

/**
 * The comment that switches a rule off where its finding is:
 * - in the front matter, `# iplan-disable-next-line id` above the line, at its indentation;
 * - on the front matter's first line (findings about the whole plan), `<!-- iplan-disable-file id -->`
 *   right after the front matter, since nothing can stand above `---`;
 * - in a table, a disable/enable pair around the table (a comment between rows would end the table);
 * - elsewhere in the body, `<!-- iplan-disable-next-line id -->` above the line, at its indentation.
 */
function disableAction(plan: Plan, ruleId: string, line: number): DisableEdit {
  const eol = plan.lines.eol;
  const indent = /^[ \t]*/.exec(plan.lines.lineText(line))![0];
  const insertAt = (atLine: number, text: string): TextEdit => {
    if (atLine >= plan.lines.lineCount) {
      const end = plan.lines.positionAt(plan.text.length);
      return { range: { start: end, end }, newText: eol + text };
    }
    const at = { line: atLine, character: 0 };
    return { range: { start: at, end: at }, newText: text + eol };
  };
  const fm = plan.frontMatter;
  if (fm) {
    const first = fm.range.start.line;
    const last = fm.range.end.line;
    if (line === first || (fm.range.end.line === fm.openerRange.end.line && line <= last)) {
      const after = fm.range.end.line === fm.openerRange.end.line ? first + 1 : last + 1;
      return { title: 'disableFile', edits: [insertAt(after, `<!-- iplan-disable-file ${ruleId} -->`)] };
    }
    if (line > first && line <= last) {
      return { title: 'disableLine', edits: [insertAt(line, `${indent}# iplan-disable-next-line ${ruleId}`)] };
    }
  }
  const table = plan.tables.find((t) => line > t.range.start.line && line <= t.range.end.line);
  if (table) {
    const tableIndent = /^[ \t]*/.exec(plan.lines.lineText(table.range.start.line))![0];
    return {
      title: 'disableTable',
      edits: [
        insertAt(table.range.start.line, `${tableIndent}<!-- iplan-disable ${ruleId} -->`),
        insertAt(table.range.end.line + 1, `${tableIndent}<!-- iplan-enable ${ruleId} -->`),
      ],
    };
  }
  return { title: 'disableLine', edits: [insertAt(line, `${indent}<!-- iplan-disable-next-line ${ruleId} -->`)] };
}
