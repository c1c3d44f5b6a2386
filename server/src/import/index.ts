/**
 * Import from Word: the bytes of a .docx in, an I-plan (Markdown with front matter) and a report
 * out. No file I/O here; the CLI and the language server read and write. Loaded on demand only:
 * mammoth and the HTML tools never load for a plain check.
 *
 * docx ──mammoth──▶ HTML ──rehype-parse──▶ hast ──hast-util-to-mdast──▶ mdast ──▶ headings shaped
 *   ──remark-stringify (GFM)──▶ body ──core parse──▶ cost table ─┐
 *   mdast ──▶ properties, objectives, portfolio, landscape impact ─┴──▶ front matter ──▶ plan
 */
import { lintText, localized, parse, type Framework, type Locale, type Localized } from '../core';
import { docxToHtml } from './docx';
import { extract } from './extract';
import { buildFrontMatter, type CostYear } from './frontMatter';
import { htmlToPlanTree, planTreeToMarkdown } from './markdown';

export { ImportError } from './errors';

interface ImportOptions {
  /** Language of the placeholders, comments and report; the document's own text is kept as is. */
  locale: Locale;
}

interface ImportReport {
  title?: string;
  /** Values the front matter got from the document, and where from. */
  filled: Localized[];
  /** What the author must still supply or check. */
  left: Localized[];
  /** Framework sections found (by id) and missing (titles), and chapters kept that are none. */
  sections: { recognised: string[]; missing: Localized[]; other: string[] };
  images: number;
  footnotes: number;
  warnings: string[];
  /** The checker's verdict on the imported plan. */
  findings: { errors: number; warnings: number; rules: string[] };
}

export interface ImportResult {
  text: string;
  report: ImportReport;
}

export async function importDocx(bytes: Uint8Array, framework: Framework, options: ImportOptions): Promise<ImportResult> {
  const { locale } = options;
  const converted = await docxToHtml(bytes);
  const { tree, title } = htmlToPlanTree(converted.html, converted.images, framework, locale);
  let body = planTreeToMarkdown(tree);
  if (!title) body = `# ${locale === 'nl' ? 'TODO titel van het plan' : 'TODO plan title'}\n\n${body}`;

  // The cost table is read by the checker's own parser, so data and table agree by construction.
  const bodyPlan = parse(body, framework);
  const costTable = bodyPlan.costTables[0];
  const costs: CostYear[] | undefined = costTable?.rows
    .filter((row) => row.kind === 'year' && row.year !== undefined)
    .map((row) => {
      const euros = (component: 'renewal' | 'maintenance') => {
        const value = row.amounts[component]?.amount?.value;
        return value === undefined || value < 0 ? undefined : Math.round(value);
      };
      return { jaar: row.year!, vernieuwing: euros('renewal'), beheer_en_onderhoud: euros('maintenance') };
    });

  const extracted = extract(tree, title, framework);
  const frontMatter = buildFrontMatter(framework, extracted, costs, locale);
  const text = `---\n${frontMatter.yaml}\n---\n\n${body}`;

  const recognised = bodyPlan.sections.flatMap((section) => (section.frameworkId ? [section.frameworkId] : []));
  const missing = framework.definition.sections.filter((section) => section.required && !recognised.includes(section.id)).map((section) => section.title);
  const other = bodyPlan.sections.filter((section) => !section.frameworkId).map((section) => section.heading.text);
  const left = [...frontMatter.left];
  if (extracted.objectives.length > 0 && !extracted.landscapeTable) left.push(localized('geen impacttabel (niveau, systemen, gegevens, maatregelen) gevonden', 'no landscape-impact table (level, systems, data, measures) found'));
  if (converted.images.length > 0) {
    left.push(
      localized(
        `${converted.images.length} afbeelding(en) niet overgenomen; een commentaar in de tekst wijst de plaats aan`,
        `${converted.images.length} image(s) not imported; a comment in the text marks each place`,
      ),
    );
  }

  const { findings } = lintText(text, framework);
  return {
    text,
    report: {
      title,
      filled: frontMatter.filled,
      left,
      sections: { recognised, missing, other },
      images: converted.images.length,
      footnotes: bodyPlan.text.match(/^\[\^[^\]]+\]:/gm)?.length ?? 0,
      warnings: converted.warnings,
      findings: {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        rules: [...new Set(findings.map((f) => f.ruleId))],
      },
    },
  };
}


/** The report as the CLI prints it on standard error, and the editor in its output. */
export function formatReport(report: ImportReport, source: string, locale: Locale, framework: Framework): string {
  const nl = locale === 'nl';
  const out: string[] = [];
  const total = framework.definition.sections.filter((s) => s.required).length;
  out.push(nl ? `iplan import: ${source}` : `iplan import: ${source}`);
  if (report.title) out.push(`  ${nl ? 'titel' : 'title'}: ${report.title}`);
  out.push(
    nl
      ? `  hoofdstukken: ${report.sections.recognised.length} van ${total} kaderonderdelen herkend${report.sections.other.length > 0 ? `, ${report.sections.other.length} overige behouden (${report.sections.other.join('; ')})` : ''}`
      : `  chapters: ${report.sections.recognised.length} of ${total} framework sections recognised${report.sections.other.length > 0 ? `, ${report.sections.other.length} other kept (${report.sections.other.join('; ')})` : ''}`,
  );
  if (report.sections.missing.length > 0) {
    out.push(`  ${nl ? 'ontbreekt' : 'missing'}: ${report.sections.missing.map((title) => title[locale]).join('; ')}`);
  }
  out.push(nl ? '  ingevuld:' : '  filled in:');
  for (const line of report.filled) out.push(`    + ${line[locale]}`);
  if (report.left.length > 0) {
    out.push(nl ? '  open voor de auteur:' : '  left for the author:');
    for (const line of report.left) out.push(`    - ${line[locale]}`);
  }
  if (report.footnotes > 0) out.push(nl ? `  voetnoten: ${report.footnotes} overgenomen` : `  footnotes: ${report.footnotes} kept`);
  for (const warning of report.warnings) out.push(`  ${nl ? 'let op' : 'note'}: ${warning}`);
  const { errors, warnings, rules } = report.findings;
  out.push(
    nl
      ? `  controle: ${errors} fouten, ${warnings} waarschuwingen${rules.length > 0 ? ` (${rules.join(', ')})` : ''}`
      : `  check: ${errors} errors, ${warnings} warnings${rules.length > 0 ? ` (${rules.join(', ')})` : ''}`,
  );
  return `${out.join('\n')}\n`;
}
