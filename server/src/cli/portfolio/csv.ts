/**
 * `iplan portfolio --format csv`: one row per activity (RFC 4180: comma-separated, CRLF, fields
 * with a comma, quote or line break quoted, quotes doubled). A text cell that a spreadsheet would
 * read as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, so opening the file never runs anything a plan says. Numbers stay numbers.
 */
import type { PortfolioActivity } from '../../core/review/portfolio';

export const CSV_COLUMNS = ['ministerie', 'id', 'naam', 'totale_kosten', 'status', 'dashboard_nummer', 'acict', 'large', 'landschapsimpact', 'plan', 'boekhoudstelsel'] as const satisfies readonly (keyof PortfolioActivity)[];

const FORMULA = /^[=+\-@\t\r]/;

/** One text cell, safe for a spreadsheet (see above). */
function spreadsheetText(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = spreadsheetText(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function portfolioCsv(activities: readonly PortfolioActivity[]): string {
  const rows = [CSV_COLUMNS.join(','), ...activities.map((activity) => CSV_COLUMNS.map((column) => csvField(activity[column])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}
