/**
 * `iplan compare` for a terminal: each kind of change under its heading, + for added, − for
 * removed, ~ for changed, and a last line with the findings fixed and new. Plan text is printed
 * escaped (printable.ts); colour when the caller asks for it, and never alone.
 */
import type { Finding } from '../../core';
import type { ActivitySummary, Comparison, FieldChange, ItemChanges, ObjectiveSummary } from '../../core/review/compare';
import { loadRenderer } from '../../node/renderer';
import type { ReviewLabels, ValueName } from '../../render';
import { printable } from '../formatters/printable';

/** Wraps text in an ANSI colour, or leaves it as it is: the caller decides (see useColor). */
type Paint = (code: number, text: string) => string;
const painter = (color: boolean): Paint => (color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_, text) => text);
const GREEN = 32;
const RED = 31;
const YELLOW = 33;
const DIM = 2;
const UNDERLINE = 4;

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...row[column]].length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] + cell.length - [...cell].length))).join('  ')}`.trimEnd());
}

/** One list of the front matter whose items are compared, and the cells an item is shown in. */
interface ItemList<S> {
  changes: ItemChanges<S>;
  list: 'activiteiten' | 'doelstellingen';
  describe: (item: S) => string[];
}

function items<S>({ changes, list, describe }: ItemList<S>, labels: ReviewLabels, valueName: ValueName, paint: Paint): string[] {
  const value = (c: FieldChange, which: 0 | 1) => printable(loadRenderer().fieldChangeTexts(list, c, labels, valueName)[which]);
  const rows = [
    ...changes.added.map((item) => [paint(GREEN, '+'), ...describe(item)]),
    ...changes.removed.map((item) => [paint(RED, '−'), ...describe(item)]),
  ];
  const changed = changes.changed.map((c) => [paint(YELLOW, '~'), printable(c.id), `${c.field}: ${value(c, 0)} → ${value(c, 1)}`]);
  return [...(rows.length > 0 ? table(rows) : []), ...(changed.length > 0 ? table(changed) : [])];
}

function findingLines(kind: 'new' | 'fixed', findings: readonly Finding[], labels: ReviewLabels, paint: Paint): string[][] {
  return findings.map((f) => [
    kind === 'new' ? paint(RED, labels.findingsNew.toLowerCase()) : paint(GREEN, labels.findingsFixed.toLowerCase()),
    `${f.range.start.line + 1}:${f.range.start.character + 1}`,
    f.severity === 'error' ? labels.error : labels.warning,
    paint(DIM, f.ruleId),
    printable(labels.of(f.message)),
  ]);
}

export function compareStylish(comparison: Comparison, labels: ReviewLabels, valueName: ValueName, color = false): string {
  const paint = painter(color);
  const out: string[] = [];
  const side = (s: Comparison['old']) => {
    const details = labels.versionOf(s.versie === null ? null : printable(s.versie), s.status === null ? null : printable(s.status));
    return `${printable(s.file)}${details ? ` (${details})` : ''}`;
  };
  out.push(`${labels.oldVersion}: ${side(comparison.old)}`, `${labels.newVersion}: ${side(comparison.new)}`);
  const block = (title: string, lines: string[]) => out.push('', paint(UNDERLINE, title), ...(lines.length > 0 ? lines : [`  ${labels.noChanges}`]));

  const { period } = comparison;
  block(labels.period, period ? [`  ${period.old.van ?? '—'}–${period.old.tot ?? '—'} → ${period.new.van ?? '—'}–${period.new.tot ?? '—'}`] : []);
  const money = (n: number | null) => (n === null ? labels.none : labels.euros(n));
  block(
    labels.costChanges,
    comparison.costs.length === 0
      ? []
      : table(
          comparison.costs.map((c) => [
            String(c.jaar),
            c.component === 'vernieuwing' ? labels.renewal : labels.maintenance,
            `${money(c.old)} → ${money(c.new)}`,
            paint(c.delta > 0 ? GREEN : RED, loadRenderer().signedEuros(c.delta, labels)),
          ]),
        ),
  );
  const name = (text: string | null) => printable(text ?? labels.none);
  block(
    labels.activities,
    items<ActivitySummary>({ changes: comparison.activities, list: 'activiteiten', describe: (a) => [name(a.id), name(a.naam), money(a.totale_kosten)] }, labels, valueName, paint),
  );
  block(
    labels.objectives,
    items<ObjectiveSummary>({ changes: comparison.objectives, list: 'doelstellingen', describe: (o) => [name(o.id), name(o.titel), name(o.thema)] }, labels, valueName, paint),
  );
  const touched = comparison.sections.filter((s) => s.change !== 'unchanged');
  const unchanged = comparison.sections.length - touched.length;
  block(labels.textSections, [
    ...(touched.length > 0
      ? table(touched.map((s) => [labels[s.change].toLowerCase(), printable(loadRenderer().sectionTitle(s, labels)), `${paint(GREEN, `+${s.linesAdded}`)} ${paint(RED, `−${s.linesRemoved}`)}`]))
      : []),
    ...(unchanged > 0 && touched.length > 0 ? [`  ${paint(DIM, labels.unchangedSections(unchanged))}`] : []),
  ]);
  const { fixed, new: added } = comparison.findings;
  const findingRows = [...findingLines('new', added, labels, paint), ...findingLines('fixed', fixed, labels, paint)];
  block(labels.findings, findingRows.length > 0 ? table(findingRows) : []);
  out.push('', paint(added.length > 0 ? RED : GREEN, `${added.length > 0 ? '✖' : '✔'} ${labels.findingsSummary(fixed.length, added.length)}`), '');
  return out.join('\n');
}
