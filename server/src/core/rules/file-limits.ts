/**
 * Findings about the file itself, made before any parsing: too large to check, or not text.
 * They have metadata like every rule, but no check over a Plan, since there is none.
 */
import type { RuleMeta } from '../rule';
import { localized, type Finding } from '../types';

export const fileTooLarge: RuleMeta = {
  id: 'file-too-large',
  defaultSeverity: 'error',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized('Een I-plan is niet groter dan de ingestelde grens (standaard 5 MB).', 'An I-plan is no larger than the set limit (5 MB by default).'),
  rationale: localized(
    'Een groter bestand is vrijwel zeker geen plan maar een export of bijlage; het wordt niet gelezen, zodat editor en CI snel blijven.',
    'A larger file is almost surely no plan but an export or attachment; it is not read, so editor and CI stay fast.',
  ),
};

export const fileNotText: RuleMeta = {
  id: 'file-not-text',
  defaultSeverity: 'error',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized('Een I-plan is tekst in UTF-8.', 'An I-plan is UTF-8 text.'),
  rationale: localized(
    'Binaire bestanden of andere coderingen kunnen niet betrouwbaar worden gelezen.',
    'Binary files or other encodings cannot be read reliably.',
  ),
};

export const checkTimeout: RuleMeta = {
  id: 'check-timeout',
  defaultSeverity: 'warning',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized(
    'De editor stopt een controle die langer duurt dan de ingestelde tijd (iplan.checkTimeoutMs).',
    'The editor stops a check that takes longer than the set time (iplan.checkTimeoutMs).',
  ),
  rationale: localized(
    'Typen blijft vlot, ook in een enorm of vreemd bestand; de CLI wacht wel altijd op de volledige controle.',
    'Typing stays fluent, even in a huge or odd file; the CLI always waits for the full check.',
  ),
};

const FIRST_LINE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function tooLargeFinding(size: number, limit: number): Finding {
  const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  return {
    ruleId: fileTooLarge.id,
    severity: 'error',
    range: FIRST_LINE,
    message: localized(
      `Het bestand is ${mb(size)} MB, groter dan de grens van ${mb(limit)} MB; het is niet gecontroleerd. Verhoog maxFileSize in iplan.config.json als dit echt een plan is.`,
      `The file is ${mb(size)} MB, larger than the limit of ${mb(limit)} MB; it was not checked. Raise maxFileSize in iplan.config.json if this really is a plan.`,
    ),
  };
}

export function checkTimeoutFinding(budgetMs: number): Finding {
  return {
    ruleId: checkTimeout.id,
    severity: 'warning',
    range: FIRST_LINE,
    message: localized(
      `De controle duurde langer dan ${budgetMs} ms en is gestopt; de meldingen zijn onvolledig. Bij de volgende wijziging wordt opnieuw gecontroleerd.`,
      `The check took longer than ${budgetMs} ms and was stopped; the findings are incomplete. The next change is checked again.`,
    ),
  };
}

export function notTextFinding(reason: 'binary' | 'encoding'): Finding {
  return {
    ruleId: fileNotText.id,
    severity: 'error',
    range: FIRST_LINE,
    message:
      reason === 'binary'
        ? localized('Het bestand bevat binaire gegevens (NUL-tekens); een I-plan is tekst.', 'The file holds binary data (NUL characters); an I-plan is text.')
        : localized('Het bestand is geen geldige UTF-8; sla het op als UTF-8.', 'The file is not valid UTF-8; save it as UTF-8.'),
  };
}
