/**
 * Front-matter values in words, the same in the comparison page and the CLI's text formats: an
 * amount in euros, an enumerated value by the schema's name for it, a landscape impact as its
 * level with the systems, data and measures it names, nothing as a dash.
 */
import type { Framework } from '../core';
import { scalarText, valueNames } from './context';
import type { Labels } from './i18n';

export type ValueName = (path: readonly string[], value: unknown) => string | undefined;

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function joined(value: unknown): string | undefined {
  if (!Array.isArray(value)) return scalarText(value);
  const items = value.map(scalarText).filter((v): v is string => v !== undefined && v.trim() !== '');
  return items.length > 0 ? items.join(', ') : undefined;
}

/** The value of a field of an activity or objective (`list` is the front-matter key of its list). */
function fieldValueText(list: 'activiteiten' | 'doelstellingen', field: string, value: unknown, labels: Labels, valueName: ValueName): string {
  if (value === null || value === undefined || value === '') return labels.none;
  if (field === 'totale_kosten' && typeof value === 'number') return labels.euros(value);
  const impact = field === 'landschapsimpact' ? record(value) : undefined;
  if (impact) {
    const level = scalarText(impact.niveau);
    const parts = [
      level === undefined ? labels.levelUnknown : (valueName([list, '*', 'landschapsimpact', 'niveau'], level) ?? level),
      ...(
        [
          [labels.systems, joined(impact.systemen)],
          [labels.data, joined(impact.gegevens)],
          [labels.measures, scalarText(impact.maatregelen)],
        ] as const
      )
        .filter(([, text]) => text !== undefined && text.trim() !== '')
        .map(([name, text]) => `${name.toLowerCase()}: ${text}`),
    ];
    return parts.join('; ');
  }
  const text = scalarText(value);
  if (text !== undefined) return valueName([list, '*', field], value) ?? text;
  return joined(value) ?? JSON.stringify(value);
}

/**
 * A field's old and new value in words. Of a landscape impact only the parts that differ are
 * written (its level always), so "midden → hoog" is not lost in two long, nearly equal texts.
 */
export function fieldChangeTexts(
  list: 'activiteiten' | 'doelstellingen',
  change: { field: string; old: unknown; new: unknown },
  labels: Labels,
  valueName: ValueName,
): [string, string] {
  const before = change.field === 'landschapsimpact' ? record(change.old) : undefined;
  const after = change.field === 'landschapsimpact' ? record(change.new) : undefined;
  if (!before || !after) return [fieldValueText(list, change.field, change.old, labels, valueName), fieldValueText(list, change.field, change.new, labels, valueName)];
  const names = { systemen: labels.systems, gegevens: labels.data, maatregelen: labels.measures };
  const parts = (['systemen', 'gegevens', 'maatregelen'] as const).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
  const text = (impact: Record<string, unknown>) =>
    [
      fieldValueText(list, 'landschapsimpact', { niveau: impact.niveau }, labels, valueName),
      ...parts.map((key) => `${names[key].toLowerCase()}: ${(key === 'maatregelen' ? scalarText(impact[key]) : joined(impact[key]))?.trim() || labels.none}`),
    ].join('; ');
  return [text(before), text(after)];
}

/** Names of enumerated values from a framework's schema, or none without one. */
export function valueNamesOf(framework: Framework | undefined, labels: Labels): ValueName {
  return framework ? valueNames(framework, labels.locale) : () => undefined;
}

/** An amount's change with its sign: `+€ 1.500.000`, `−€ 250.000`, `€ 0`. */
export function signedEuros(delta: number, labels: Labels): string {
  if (delta === 0) return labels.euros(0);
  return `${delta > 0 ? '+' : '−'}${labels.euros(Math.abs(delta))}`;
}

/** The same in millions, for a chart. */
export function signedMillions(delta: number, labels: Labels): string {
  if (delta === 0) return labels.millions(0);
  return `${delta > 0 ? '+' : '−'}${labels.millions(Math.abs(delta))}`;
}
