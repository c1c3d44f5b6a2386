import type { ErrorObject } from 'ajv';
import { frontMatterReading, unknownKeyPointer, type LenientReading } from '../frontMatterReading';
import { pointerSegment, pointerSegments, valueAtPointer } from '../pointer';
import type { ReportedFinding, Rule } from '../rule';
import { localized, type Fix, type Localized, type Range, type Severity } from '../types';
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
 * Values the dedicated rules report, so the schema does not report them again: an empty or
 * one-word `landschapsimpact` (`landschapsimpact:`, `landschapsimpact: n.v.t.`) is
 * landscape-impact-missing's; `dashboard_nummer: ""` and `acict: ""` count as absent, like null,
 * and are the large-activity rules'.
 */
const LANDSCAPE_IMPACT = /^\/(?:doelstellingen|activiteiten)\/\d+\/landschapsimpact$/;
const LARGE_ACTIVITY_KEY = /^\/activiteiten\/\d+\/(?:dashboard_nummer|acict)$/;
const leftToDedicatedRule = (pointer: string, value: unknown) =>
  (LANDSCAPE_IMPACT.test(pointer) && (value === null || typeof value !== 'object')) || (value === '' && LARGE_ACTIVITY_KEY.test(pointer));

const show = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));
const keyName = (pointer: string) => pointerSegments(pointer).pop() || 'front matter';

function nearMissMessage(key: string, meant: string): Localized {
  return localized(`Onbekende sleutel \`${key}\`; bedoelt u \`${meant}\`?`, `Unknown key \`${key}\`; did you mean \`${meant}\`?`);
}

/**
 * A value read as the author meant it: a number where text is asked (a warning: other programs
 * read the number), or an enumeration value in another case or spelling (an error: other
 * programs do not recognise it). Either way with a fix that writes it as iplan reads it.
 */
function lenientFinding(reading: LenientReading, range: Range, severity: Severity): ReportedFinding {
  const where = keyName(reading.pointer);
  if (reading.kind === 'number-as-text') {
    const quoted = `"${reading.read}"`;
    return {
      range,
      severity: 'warning',
      message: localized(
        `\`${where}\` staat zonder aanhalingstekens, zodat YAML er het getal ${String(reading.written)} van maakt; iplan leest de tekst ${quoted}. Zet de waarde tussen aanhalingstekens.`,
        `\`${where}\` is written without quotes, so YAML reads the number ${String(reading.written)}; iplan reads the text ${quoted}. Put the value in quotes.`,
      ),
      fix: { title: localized(`Tussen aanhalingstekens zetten (${quoted})`, `Put in quotes (${quoted})`), edits: [{ range, newText: quoted }] },
    };
  }
  const quote = /^["']/.test(reading.source) ? reading.source[0] : '';
  return {
    range,
    severity,
    message: localized(
      `\`${where}\` is ${show(reading.written)}; het kader schrijft ${show(reading.read)}. iplan leest het zo, maar andere programma's herkennen de waarde niet; schrijf ${show(reading.read)}.`,
      `\`${where}\` is ${show(reading.written)}; the framework writes ${show(reading.read)}. iplan reads it so, but other programs do not recognise the value; write ${show(reading.read)}.`,
    ),
    fix: { title: localized(`${show(reading.read)} schrijven`, `Write ${show(reading.read)}`), edits: [{ range, newText: `${quote}${reading.read}${quote}` }] },
  };
}

/** A message that says what is wrong and what is expected, for one ajv error. */
function describe(error: ErrorObject, data: unknown): Localized {
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
  example: {
    bad: ['iplan: kwaliteitskader-2022', 'ministerie: Binnenlandse Zaken'],
    good: ['iplan: kwaliteitskader-2022', 'ministerie: BZK'],
  },
  check({ plan, framework, facts, report, keyRange, valueRange, severity }) {
    const fm = plan.frontMatter;
    if (!fm || fm.syntaxErrors.length > 0) return;
    const reading = frontMatterReading(plan, framework);
    if (!reading) {
      report({
        range: fm.openerRange,
        message: localized(
          'De front matter is leeg; vul de gegevens van het plan in (iplan, ministerie, titel, versie, status, planperiode, …).',
          'The front matter is empty; fill in the plan data (iplan, ministerie, titel, versie, status, planperiode, …).',
        ),
      });
      return;
    }
    for (const lenient of reading.readings) report(lenientFinding(lenient, valueRange(lenient.pointer), severity));
    const { data } = reading;
    // A near miss says which key was meant; the missing key it stands for is not reported again.
    const meant = new Set(reading.unknownKeys.filter((k) => k.nearMissOf).map((k) => `${k.parent}/${pointerSegment(k.nearMissOf!)}`));
    const seen = new Set<string>();
    for (const error of reading.errors) {
      // The if/then of a conditional requirement reports itself twice; the `required` says it all.
      if (error.keyword === 'if') continue;
      const value = valueAtPointer(data, error.instancePath);
      if (leftToDedicatedRule(error.instancePath, value)) continue;
      // Left open with a placeholder beside it (a template's `thema: null # TODO …`): the author
      // is to fill it in, which the placeholder rule says; nothing here is broken yet.
      if (value === null && error.keyword !== 'required' && facts.openValueLines.has(valueRange(error.instancePath).start.line)) continue;
      let range;
      let fix: Fix | undefined;
      let message = describe(error, data);
      if (error.keyword === 'required') {
        if (meant.has(`${error.instancePath}/${pointerSegment(String(error.params.missingProperty))}`)) continue;
        range = error.instancePath ? keyRange(error.instancePath) : fm.openerRange;
      } else if (error.keyword === 'additionalProperties') {
        const unknown = reading.unknownKeys.find((k) => k.parent === error.instancePath && k.key === error.params.additionalProperty);
        // A key of the department's own is frontmatter-unknown-key's.
        if (!unknown?.nearMissOf) continue;
        range = keyRange(unknownKeyPointer(unknown));
        message = nearMissMessage(unknown.key, unknown.nearMissOf);
        const taken = Object.hasOwn((valueAtPointer(data, unknown.parent) ?? {}) as object, unknown.nearMissOf);
        if (!taken) fix = { title: localized(`Hernoemen naar \`${unknown.nearMissOf}\``, `Rename to \`${unknown.nearMissOf}\``), edits: [{ range, newText: unknown.nearMissOf }] };
      } else {
        range = error.instancePath ? valueRange(error.instancePath) : fm.openerRange;
      }
      const key = `${range.start.line}:${range.start.character}:${message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({ range, message, fix });
    }
  },
} satisfies Rule;
