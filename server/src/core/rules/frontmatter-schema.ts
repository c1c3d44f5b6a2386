import type { ErrorObject } from 'ajv';
import { pointerSegment, pointerSegments, valueAtPointer } from '../pointer';
import type { Rule } from '../rule';
import { localized, type Localized } from '../types';
import { closest, list, OR } from './util';

const TYPE_NAMES = new Map<string, Localized>([
  ['string', { nl: 'tekst', en: 'text' }],
  ['integer', { nl: 'een heel getal', en: 'a whole number' }],
  ['number', { nl: 'een getal', en: 'a number' }],
  ['boolean', { nl: 'true of false', en: 'true or false' }],
  ['object', { nl: 'een verzameling sleutels', en: 'a mapping of keys' }],
  ['array', { nl: 'een lijst', en: 'a list' }],
  ['null', { nl: 'leeg', en: 'empty' }],
]);

/**
 * Empty values the dedicated rules report as missing, so the schema does not report them again:
 * `landschapsimpact:` (null) is landscape-impact-missing's; `dashboard_nummer: ""` and
 * `acict: ""` count as absent, like null, and are the large-activity rules'.
 */
const LEFT_TO_DEDICATED_RULES: [RegExp, unknown][] = [
  [/^\/(?:doelstellingen|activiteiten)\/\d+\/landschapsimpact$/, null],
  [/^\/activiteiten\/\d+\/(?:dashboard_nummer|acict)$/, ''],
];
const leftToDedicatedRule = (pointer: string, value: unknown) =>
  LEFT_TO_DEDICATED_RULES.some(([pattern, empty]) => value === empty && pattern.test(pointer));

const show = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));
const keyName = (pointer: string) => pointerSegments(pointer).pop() || 'front matter';

/** A message that says what is wrong and what is expected, for one ajv error. */
export function describe(error: ErrorObject, data: unknown): Localized {
  const where = keyName(error.instancePath);
  const value = valueAtPointer(data, error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      const parent = error.instancePath ? `\`${where}\`` : 'de front matter';
      const parentEn = error.instancePath ? `\`${where}\`` : 'the front matter';
      const conditional = key === 'vastgesteld_op';
      return localized(
        `In ${parent} ontbreekt de verplichte sleutel \`${key}\`${conditional ? ' (verplicht zodra de status vastgesteld is)' : ''}.`,
        `${parentEn[0].toUpperCase()}${parentEn.slice(1)} lacks the required key \`${key}\`${conditional ? ' (required once the status is vastgesteld)' : ''}.`,
      );
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys(((error.parentSchema as { properties?: object })?.properties ?? {}) as object);
      const suggestion = closest(key, known);
      return localized(
        `Onbekende sleutel \`${key}\`${suggestion ? `; bedoelt u \`${suggestion}\`?` : `; toegestaan zijn: ${known.join(', ')} (eigen sleutels beginnen met x-).`}`,
        `Unknown key \`${key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : `; allowed are: ${known.join(', ')} (own keys start with x-).`}`,
      );
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const options = list(allowed, OR);
      return localized(
        `\`${where}\` is ${show(value)}; verwacht ${options.nl}${suggestion ? ` (bedoelt u ${suggestion}?)` : ''}.`,
        `\`${where}\` is ${show(value)}; expected ${options.en}${suggestion ? ` (did you mean ${suggestion}?)` : ''}.`,
      );
    }
    case 'const':
      return localized(`\`${where}\` moet ${show(p.allowedValue)} zijn.`, `\`${where}\` must be ${show(p.allowedValue)}.`);
    case 'type': {
      const types = String(p.type).split(',').filter((t) => t !== 'null');
      const expected = list(types.map((t) => TYPE_NAMES.get(t)?.nl ?? t), OR).nl;
      const expectedEn = list(types.map((t) => TYPE_NAMES.get(t)?.en ?? t), OR).en;
      const hintQuote = types[0] === 'string' && typeof value === 'number';
      return localized(
        `\`${where}\` is ${show(value)}; verwacht ${expected}${hintQuote ? ` (zet het tussen aanhalingstekens: "${value}")` : ''}.`,
        `\`${where}\` is ${show(value)}; expected ${expectedEn}${hintQuote ? ` (put it in quotes: "${value}")` : ''}.`,
      );
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return localized(
        `\`${where}\` is ${show(value)}; verwacht ${error.keyword === 'minimum' ? 'minstens' : 'meer dan'} ${p.limit}.`,
        `\`${where}\` is ${show(value)}; expected ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${p.limit}.`,
      );
    case 'maximum':
    case 'exclusiveMaximum':
      return localized(
        `\`${where}\` is ${show(value)}; verwacht ${error.keyword === 'maximum' ? 'hoogstens' : 'minder dan'} ${p.limit}.`,
        `\`${where}\` is ${show(value)}; expected ${error.keyword === 'maximum' ? 'at most' : 'less than'} ${p.limit}.`,
      );
    case 'minItems':
      return localized(
        `\`${where}\` heeft ${(value as unknown[]).length} ${(value as unknown[]).length === 1 ? 'item' : 'items'}; verwacht minstens ${p.limit}.`,
        `\`${where}\` has ${(value as unknown[]).length} ${(value as unknown[]).length === 1 ? 'item' : 'items'}; expected at least ${p.limit}.`,
      );
    case 'minLength':
      return localized(`\`${where}\` is leeg; vul een waarde in.`, `\`${where}\` is empty; fill in a value.`);
    case 'pattern':
      return localized(
        `\`${where}\` is ${show(value)}; dat heeft niet de verwachte vorm${where === 'versie' ? ' (zoals "1.2")' : ''}.`,
        `\`${where}\` is ${show(value)}; that is not of the expected form${where === 'versie' ? ' (such as "1.2")' : ''}.`,
      );
    case 'format':
      return localized(
        `\`${where}\` is ${show(value)}; verwacht een datum als JJJJ-MM-DD.`,
        `\`${where}\` is ${show(value)}; expected a date as YYYY-MM-DD.`,
      );
    default:
      return localized(`\`${where}\`: ${error.message ?? error.keyword}.`, `\`${where}\`: ${error.message ?? error.keyword}.`);
  }
}

export default {
  id: 'frontmatter-schema',
  defaultSeverity: 'error',
  criterion: 'vastlegging',
  basis: 'inferred',
  description: localized(
    'De front matter voldoet aan het JSON Schema van het kader: sleutels, typen, keuzelijsten en voorwaarden.',
    "The front matter meets the framework's JSON Schema: keys, types, enumerations and conditions.",
  ),
  rationale: localized(
    'Ontbrekende of verkeerd getypte gegevens maken het plan onvergelijkbaar en de overige controles onbetrouwbaar.',
    'Missing or mistyped data makes the plan incomparable and the other checks unreliable.',
  ),
  check({ plan, framework, report, keyRange, valueRange }) {
    const fm = plan.frontMatter;
    if (!fm || fm.syntaxErrors.length > 0) return;
    const data = fm.data ?? undefined;
    if (data === undefined) {
      report({
        range: fm.openerRange,
        message: localized(
          'De front matter is leeg; vul de gegevens van het plan in (iplan, ministerie, titel, versie, status, planperiode, …).',
          'The front matter is empty; fill in the plan data (iplan, ministerie, titel, versie, status, planperiode, …).',
        ),
      });
      return;
    }
    const validate = framework.validateFrontMatter;
    if (validate(data)) return;
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      // The if/then of a conditional requirement reports itself twice; the `required` says it all.
      if (error.keyword === 'if') continue;
      if (leftToDedicatedRule(error.instancePath, valueAtPointer(data, error.instancePath))) continue;
      let range;
      if (error.keyword === 'required') range = error.instancePath ? keyRange(error.instancePath) : fm.openerRange;
      else if (error.keyword === 'additionalProperties') range = keyRange(`${error.instancePath}/${pointerSegment(String(error.params.additionalProperty))}`);
      else range = error.instancePath ? valueRange(error.instancePath) : fm.openerRange;
      const message = describe(error, data);
      const key = `${range.start.line}:${range.start.character}:${message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({ range, message });
    }
  },
} satisfies Rule;
