/** The scorecard part: each framework criterion and each section with its outcome. */
import type { Element } from 'hast';
import type { Finding } from '../core';
import { keyLine, part, revealable, type RenderContext } from './context';
import { badge, outcomeLabel } from './findings';
import { h } from './hast';
import type { CriterionScore, Outcome, SectionScore } from './scorecardData';
import { dataTable } from './table';

function anchorFor(ctx: RenderContext, finding: Finding | undefined, line: number | undefined): string | undefined {
  if (finding) return `#${ctx.findingId.get(finding)}`;
  if (line !== undefined) return `#${ctx.prefix}L${line}`;
  return undefined;
}

/**
 * Where a criterion's row leads: its first finding; else the section that serves it; else the
 * part of the page that shows what it is about (the period, the header, the plan text).
 */
function criterionPlace(ctx: RenderContext, c: CriterionScore): { href?: string; line?: number } {
  if (c.findings.length > 0) return { href: anchorFor(ctx, c.findings[0], undefined), line: c.findings[0].range.start.line };
  if (c.line !== undefined) return { href: anchorFor(ctx, undefined, c.line), line: c.line };
  if (c.id === 'planperiode') return { href: `#${ctx.prefix}fm-planperiode`, line: keyLine(ctx, '/planperiode') ?? 0 };
  if (c.id === 'opbouw') {
    const first = ctx.plan.sections[0]?.heading.range.start.line;
    return { href: first === undefined ? `#${ctx.prefix}text` : `#${ctx.prefix}L${first}`, line: first ?? 0 };
  }
  return { href: `#${ctx.prefix}title`, line: keyLine(ctx, '/titel') ?? 0 };
}

const titleLink = (label: string, href: string | undefined, description?: string) =>
  href ? h('a', { href, title: description }, label) : h('span', { title: description }, label);

export function scorecardPart(ctx: RenderContext): Element {
  const { labels, scorecard } = ctx;
  const passed = scorecard.criteria.filter((c) => c.outcome === 'pass').length;
  const present = scorecard.sections.filter((s) => s.status === 'present').length;
  const rowProps = (outcome: Outcome, line: number | undefined) => ({ className: [`iplan-${outcome}`], ...revealable(ctx, line) });
  const result = (outcome: Outcome) => badge(outcome, outcomeLabel(outcome, labels));

  const places = new Map(scorecard.criteria.map((c) => [c, criterionPlace(ctx, c)]));
  const criteria = dataTable<CriterionScore>({
    className: ['iplan-score', 'iplan-score-criteria'],
    name: labels.criteria,
    rows: scorecard.criteria,
    rowProps: (c) => ({ ...rowProps(c.outcome, places.get(c)!.line), dataCriterion: c.id, dataOutcome: c.outcome }),
    columns: [
      {
        header: labels.criterion,
        rowHeader: true,
        cell: (c) => [
          titleLink(labels.of(c.title), places.get(c)!.href, labels.of(c.description)),
          c.findings.length > 0 ? h('div', { className: ['iplan-count'] }, labels.findingCount(c.findings.length)) : undefined,
        ],
      },
      { header: labels.result, cell: (c) => result(c.outcome) },
    ],
  });

  const sections = dataTable<SectionScore>({
    className: ['iplan-score', 'iplan-score-sections'],
    name: labels.sections,
    rows: scorecard.sections,
    rowProps: (s) => ({ ...rowProps(s.outcome, s.line), dataSection: s.id, dataStatus: s.status, dataOutcome: s.outcome }),
    columns: [
      {
        header: labels.section,
        rowHeader: true,
        cell: (s, i) => {
          const href = s.status === 'missing' ? anchorFor(ctx, s.findings[0], undefined) : anchorFor(ctx, undefined, s.line);
          return [`${i + 1}. `, titleLink(labels.of(s.title), href)];
        },
      },
      {
        header: labels.status,
        cell: (s) => {
          const status = s.status === 'missing' && !s.required ? labels.optional : labels[s.status];
          return s.status === 'present' ? status : h('span', { className: ['iplan-missing'] }, status);
        },
      },
      { header: labels.result, cell: (s) => result(s.outcome) },
    ],
  });

  return part(
    ctx,
    'scorecard',
    labels.scorecard,
    undefined,
    h(
      'p',
      { className: ['iplan-summary-line'] },
      h('span', null, labels.scorecardSummary(passed, scorecard.criteria.length)),
      h('span', null, labels.sectionsSummary(present, scorecard.sections.length)),
    ),
    h(
      'div',
      { className: ['iplan-scorecard'] },
      h('div', null, h('h3', null, labels.criteria), criteria),
      h('div', null, h('h3', null, labels.sections), sections),
    ),
  );
}
