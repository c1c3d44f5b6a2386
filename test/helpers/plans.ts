/**
 * Shared helpers for the core tests: a compact clean plan, small text surgery so each test states
 * only what it changes, and compact ways to assert findings and apply fixes.
 */
import { defaultFramework, lintText, type Finding, type Framework, type LintOptions, type LintOutcome, type Range, type TextEdit } from '../../server/src/core';

/**
 * A compact but complete plan that yields no findings: all 13 sections with one sentence each,
 * three plan years with a consistent cost table (total column and total row), two objectives
 * (one with impact `geen`), two activities of which A1 is large (with dashboard number and AcICT
 * status). The Portfolio section names A1 by id only and A2 by name only.
 */
export const CLEAN = `---
iplan: kwaliteitskader-2022
ministerie: BZK
titel: Testplan BZK 2026-2028
versie: "1.0"
status: concept
besluit_cio_stelsel: 2025
planperiode:
  van: 2026
  tot: 2028
boekhoudstelsel: kas-verplichtingen
kosten:
  - jaar: 2026
    vernieuwing: 1000000
    beheer_en_onderhoud: 2000000
  - jaar: 2027
    vernieuwing: 1500000
    beheer_en_onderhoud: 2000000
  - jaar: 2028
    vernieuwing: 500000
    beheer_en_onderhoud: 2500000
doelstellingen:
  - id: D1
    titel: Weerbare organisatie
    thema: Digitale weerbaarheid
    landschapsimpact:
      niveau: midden
      systemen: [Security Operations Center]
      maatregelen: Logging aansluiten op het SOC.
  - id: D2
    titel: Vakkundig personeel
    thema: I-vakmanschap
    landschapsimpact:
      niveau: geen
activiteiten:
  - id: A1
    naam: Vervanging zaaksysteem
    totale_kosten: 7400000
    dashboard_nummer: BZK-0042
    acict: gemeld
    landschapsimpact:
      niveau: hoog
      systemen: [Zaaksysteem]
      gegevens: [Zaakdossiers]
      maatregelen: Gefaseerde migratie.
  - id: A2
    naam: Inrichting e-depot
    totale_kosten: 3900000
    landschapsimpact:
      niveau: laag
      gegevens: [Archiefstukken]
      maatregelen: Overdracht in jaarlijkse tranches.
---

# Testplan BZK

## 1. Samenvatting

Het ministerie vernieuwt in drie jaar zijn zaaksysteem en versterkt zijn weerbaarheid.

## 2. Beleidsprioriteiten met IV-component

Veilige dienstverlening aan burgers vraagt betrouwbare systemen.

## 3. Prioritaire IV-doelstellingen

Twee doelstellingen: weerbaarheid en vakmanschap.

## 4. Terug- en vooruitblik per I-strategiethema

De weerbaarheid groeide; het landschap wordt eenvoudiger.

## 5. Impact op het ICT- en gegevenslandschap

Het zaaksysteem en de zaakdossiers veranderen het meest.

## 6. Portfolio en grote ICT-activiteiten

Activiteit A1 staat op het Rijks ICT-dashboard; de Inrichting e-depot is klein.

## 7. Financiën

| Jaar | Vernieuwing | Beheer en onderhoud | Totaal |
| --- | ---: | ---: | ---: |
| 2026 | 1.000.000 | 2.000.000 | 3.000.000 |
| 2027 | 1.500.000 | 2.000.000 | 3.500.000 |
| 2028 | 500.000 | 2.500.000 | 3.000.000 |
| **Totaal** | 3.000.000 | 6.500.000 | 9.500.000 |

## 8. Informatiebeveiliging en privacy

Alle onderdelen werken volgens de BIO2.

## 9. Informatiehuishouding en openbaarheid

Dossiers gaan met metadata naar het e-depot.

## 10. Levenscyclusmanagement en legacy

Twee maatwerksystemen worden uitgefaseerd.

## 11. I-vakmanschap

We werven twintig vaste medewerkers.

## 12. Risico's en randvoorwaarden

Krapte op de arbeidsmarkt is het grootste risico.

## 13. Sturing en CIO-stelsel

De CIO stuurt onder het Besluit CIO-stelsel Rijksdienst 2025.
`;

export const framework: Framework = defaultFramework();

/** Lints a text as `plan.iplan.md` against the bundled framework. */
export function lintOutcome(text: string, options: LintOptions = {}, fw: Framework = framework): LintOutcome {
  return lintText(text, fw, { relativePath: 'plan.iplan.md', ...options });
}

/** The findings for a text linted as `plan.iplan.md`. */
export function lint(text: string, options: LintOptions = {}, fw: Framework = framework): Finding[] {
  return lintOutcome(text, options, fw).findings;
}

/** Only the findings of one rule. */
export function findingsOf(text: string, ruleId: string, options: LintOptions = {}): Finding[] {
  return lint(text, options).filter((f) => f.ruleId === ruleId);
}

/** The rule ids of the findings, in order. */
export const ruleIds = (findings: Finding[]): string[] => findings.map((f) => f.ruleId);

/** `"line:col-endLine:endCol"`, 1-based (as the CLI prints), end exclusive. */
export function at(target: Finding | Range): string {
  const range = 'range' in target ? target.range : target;
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** Offsets of the starts of lines, for \n, \r\n and lone \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') starts.push(i + 1);
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

export function offsetOf(text: string, position: { line: number; character: number }): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) throw new Error(`line ${position.line} is past the end of the text`);
  return starts[position.line] + position.character;
}

/**
 * Where `needle` is written in `text`, as `at` would print it. `after` skips to the first
 * occurrence of that text first (to pick, say, the `jaar` of the second cost entry).
 */
export function spanOf(text: string, needle: string, after?: string): string {
  let from = 0;
  if (after !== undefined) {
    from = text.indexOf(after);
    if (from < 0) throw new Error(`spanOf: ${JSON.stringify(after)} not found`);
  }
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`spanOf: ${JSON.stringify(needle)} not found`);
  return at({ start: positionOf(text, start), end: positionOf(text, start + needle.length) });
}

/** 1-based number of the first line containing `needle`. */
export function lineOf(text: string, needle: string, after?: string): number {
  return Number(spanOf(text, needle, after).split(':')[0]);
}

/** The whole content of a 1-based line, as `at` prints it (without the line ending). */
export function lineSpan(text: string, line: number): string {
  const content = text.split(/\r\n|\r|\n/)[line - 1];
  if (content === undefined) throw new Error(`line ${line} is past the end of the text`);
  return `${line}:1-${line}:${content.length + 1}`;
}

/** Replaces the one occurrence of `from`; throws when it is absent or ambiguous. */
export function replace(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`replace: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`replace: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/**
 * Replaces the first whole line containing `match` (after `after`, if given) by `replacement`
 * (several lines for an array, nothing for an empty array).
 */
export function replaceLine(text: string, match: string, replacement: string | string[], after?: string): string {
  const lines = text.split('\n');
  let index = 0;
  if (after !== undefined) {
    index = lines.findIndex((l) => l.includes(after));
    if (index < 0) throw new Error(`replaceLine: ${JSON.stringify(after)} not found`);
  }
  const found = lines.findIndex((l, i) => i >= index && l.includes(match));
  if (found < 0) throw new Error(`replaceLine: ${JSON.stringify(match)} not found`);
  lines.splice(found, 1, ...(Array.isArray(replacement) ? replacement : [replacement]));
  return lines.join('\n');
}

/** Removes the first whole line containing `match` (after `after`, if given). */
export const removeLine = (text: string, match: string, after?: string): string => replaceLine(text, match, [], after);

/** The heading line of the level-2 section whose heading contains `title`. */
function headingIndex(lines: string[], title: string): number {
  const index = lines.findIndex((l) => l.startsWith('## ') && l.includes(title));
  if (index < 0) throw new Error(`no section ${JSON.stringify(title)}`);
  return index;
}

function sectionEnd(lines: string[], start: number): number {
  const next = lines.findIndex((l, i) => i > start && /^##?(?:\s|$)/.test(l));
  return next < 0 ? lines.length : next;
}

/** The text without the level-2 section whose heading contains `title` (heading to next heading). */
export function without(text: string, title: string): string {
  const lines = text.split('\n');
  const start = headingIndex(lines, title);
  lines.splice(start, sectionEnd(lines, start) - start);
  return lines.join('\n');
}

/** Replaces the body of the section whose heading contains `title` (keeps the heading). */
export function setSection(text: string, title: string, body: string): string {
  const lines = text.split('\n');
  const start = headingIndex(lines, title);
  const end = sectionEnd(lines, start);
  const replacement = ['', ...body.split('\n'), ''];
  lines.splice(start + 1, end - start - 1, ...replacement);
  return lines.join('\n');
}

/** Appends lines to the body of the section whose heading contains `title`. */
export function appendToSection(text: string, title: string, addition: string): string {
  const lines = text.split('\n');
  const start = headingIndex(lines, title);
  let end = sectionEnd(lines, start);
  while (end > start + 1 && lines[end - 1] === '') end--;
  lines.splice(end, 0, '', ...addition.split('\n'));
  return lines.join('\n');
}

/**
 * Applies LSP text edits (all against the same original text) the simple way: from the last to
 * the first. Overlapping edits are a test error. Independent of the core's own `applyEdits`.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit, order) => ({ start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end), newText: edit.newText, order }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) throw new Error('applyEdits: overlapping edits');
  }
  let result = text;
  for (const span of [...spans].reverse()) result = result.slice(0, span.start) + span.newText + result.slice(span.end);
  return result;
}

/** Applies the fix a finding carries; throws when it has none. */
export function applyFix(text: string, finding: Finding | undefined): string {
  if (!finding) throw new Error('applyFix: no finding');
  if (!finding.fix) throw new Error(`applyFix: ${finding.ruleId} carries no fix`);
  return applyEdits(text, finding.fix.edits);
}

/** Turns LF line endings into CRLF. */
export const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

/** A comparable summary of findings: id, severity, range and English message. */
export const summary = (findings: Finding[]) => findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, at: at(f), en: f.message.en }));

/** Each finding as `"rule-id severity line:col-endLine:endCol"`, for exact whole-list assertions. */
export const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId} ${f.severity} ${at(f)}`);

/** The findings of a text as `brief` prints them. */
export const briefLint = (text: string, options: LintOptions = {}): string[] => brief(lint(text, options));
