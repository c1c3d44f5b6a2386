/**
 * `iplan compare --format markdown`: a comment to paste under a merge request (GitLab and GitHub
 * flavoured Markdown alike). Plan text is escaped so that it cannot format, link, mention anyone
 * (`@all`) or close a table; the section diffs are folded away in <details>, and the whole
 * comment stays under the size both platforms accept.
 */
import type { Finding } from '../../core';
import type { Comparison, FieldChange, ItemChanges } from '../../core/review/compare';
import type { DiffHunk } from '../../core/review/sections';
import { loadRenderer } from '../../node/renderer';
import type { ReviewLabels, ValueName } from '../../render';

/** GitHub takes 65,536 characters in a comment; the diffs stop well before. */
const DIFF_BUDGET = 50_000;

/** Plan text as inline Markdown: punctuation escaped, no line breaks, `@` unable to mention. */
export function inline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/** A rule message: its `code` spans kept as code, the rest escaped. */
function message(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? `\`${part.slice(1, -1).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')}\`` : inline(part)))
    .join('');
}

function tableOf(header: string[], rows: string[][], numeric: boolean[] = []): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (numeric[i] ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

/** One list of the front matter whose items are compared, as a part of the page. */
interface ItemSection<S> {
  title: string;
  changes: ItemChanges<S>;
  list: 'activiteiten' | 'doelstellingen';
  columns: { header: string; cell: (item: S) => string; numeric?: boolean };
}

function itemSection<S>({ title, changes, list, columns }: ItemSection<S>, labels: ReviewLabels, valueName: ValueName): string[] {
  const rows = [
    ...changes.added.map((item) => [`**${labels.added}**`, columns.cell(item)]),
    ...changes.removed.map((item) => [`**${labels.removed}**`, columns.cell(item)]),
  ];
  const value = (c: FieldChange, which: 0 | 1) => inline(loadRenderer().fieldChangeTexts(list, c, labels, valueName)[which]);
  const out = [`#### ${title}`, ''];
  if (rows.length === 0 && changes.changed.length === 0) return [...out, labels.noChanges, ''];
  if (rows.length > 0) out.push(...tableOf([labels.changeKind, columns.header], rows), '');
  if (changes.changed.length > 0) {
    out.push(...tableOf(['Id', labels.field, labels.before, labels.after], changes.changed.map((c) => [inline(c.id), `\`${c.field}\``, value(c, 0), value(c, 1)])), '');
  }
  return out;
}

function fence(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  return '`'.repeat(longest + 1);
}

function diffBlock(hunks: readonly DiffHunk[]): string[] {
  const lines = hunks.flatMap((hunk) => [
    `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
    ...hunk.lines.map((line) => `${line.kind === 'added' ? '+' : line.kind === 'removed' ? '-' : ' '}${line.text}`),
  ]);
  const marker = fence(lines);
  return [`${marker}diff`, ...lines, marker];
}

function findingRows(findings: readonly Finding[], labels: ReviewLabels): string[][] {
  return findings.map((f) => [f.severity === 'error' ? `❌ ${labels.error}` : `⚠️ ${labels.warning}`, `\`${f.ruleId}\``, message(labels.of(f.message)), String(f.range.start.line + 1)]);
}

export function compareMarkdown(comparison: Comparison, labels: ReviewLabels, valueName: ValueName): string {
  const { fixed, new: added } = comparison.findings;
  const side = (s: Comparison['old']) => {
    const details = labels.versionOf(s.versie === null ? null : inline(s.versie), s.status === null ? null : inline(s.status));
    return `\`${s.file.replace(/`/g, "'")}\`${details ? ` (${details})` : ''}`;
  };
  const money = (n: number | null) => (n === null ? labels.none : labels.euros(n));
  const out = [
    `### ${labels.compareTitle}`,
    '',
    `**${labels.oldVersion}:** ${side(comparison.old)}  `,
    `**${labels.newVersion}:** ${side(comparison.new)}`,
    '',
    `**${labels.findings}:** ${added.length > 0 ? '❌' : '✅'} ${labels.findingsSummary(fixed.length, added.length)}`,
    '',
  ];
  const { period } = comparison;
  out.push(`#### ${labels.period}`, '', period ? labels.periodChanged(`${period.old.van ?? '—'}–${period.old.tot ?? '—'}`, `${period.new.van ?? '—'}–${period.new.tot ?? '—'}`) : labels.noChanges, '');

  out.push(`#### ${labels.costChanges}`, '');
  if (comparison.costs.length === 0) out.push(labels.noChanges, '');
  else {
    const rows = comparison.costs.map((c) => [String(c.jaar), c.component === 'vernieuwing' ? labels.renewal : labels.maintenance, money(c.old), money(c.new), `**${loadRenderer().signedEuros(c.delta, labels)}**`]);
    out.push(...tableOf([labels.year, labels.component, labels.before, labels.after, labels.delta], rows, [false, false, true, true, true]), '');
  }

  const name = (text: string | null) => (text === null ? labels.none : inline(text));
  out.push(
    ...itemSection(
      { title: labels.activities, changes: comparison.activities, list: 'activiteiten', columns: { header: labels.activity, cell: (a) => `${name(a.id)} — ${name(a.naam)} (${money(a.totale_kosten)})` } },
      labels,
      valueName,
    ),
    ...itemSection(
      { title: labels.objectives, changes: comparison.objectives, list: 'doelstellingen', columns: { header: labels.objective, cell: (o) => `${name(o.id)} — ${name(o.titel)} (${name(o.thema)})` } },
      labels,
      valueName,
    ),
  );

  const touched = comparison.sections.filter((s) => s.change !== 'unchanged');
  const unchanged = comparison.sections.length - touched.length;
  out.push(`#### ${labels.textSections}`, '');
  if (touched.length === 0) out.push(labels.noChanges, '');
  else {
    out.push(...tableOf([labels.section, labels.status, labels.linesAdded, labels.linesRemoved], touched.map((s) => [inline(loadRenderer().sectionTitle(s, labels)), labels[s.change], `+${s.linesAdded}`, `−${s.linesRemoved}`]), [false, false, true, true]), '');
    if (unchanged > 0) out.push(labels.unchangedSections(unchanged), '');
    let budget = DIFF_BUDGET;
    for (const [index, section] of touched.entries()) {
      const block = ['<details>', `<summary>${inline(loadRenderer().sectionTitle(section, labels))} (+${section.linesAdded} −${section.linesRemoved})</summary>`, '', ...diffBlock(section.hunks), '', '</details>', ''];
      const size = block.reduce((n, line) => n + line.length + 1, 0);
      if (size > budget) {
        out.push(`_${labels.diffsLeftOut(touched.length - index)}_`, '');
        break;
      }
      budget -= size;
      out.push(...block);
    }
  }

  out.push(`#### ${labels.findings}`, '');
  if (added.length + fixed.length === 0) out.push(labels.noChanges, '');
  for (const [title, findings] of [
    [labels.findingsNew, added],
    [labels.findingsFixed, fixed],
  ] as const) {
    if (findings.length === 0) continue;
    out.push(`**${title} (${findings.length})**`, '', ...tableOf([labels.severity, labels.rule, labels.finding, labels.lineNumber], findingRows(findings, labels)), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
