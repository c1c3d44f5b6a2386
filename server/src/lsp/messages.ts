/** The server's own user-facing texts, in both languages (rule messages come from the core). */
import type { Locale } from '../core';

const texts = {
  configProblem: {
    nl: 'Het kader of de configuratie kan niet worden geladen: {0}. Plannen worden pas weer gecontroleerd als dit is opgelost.',
    en: 'The framework or configuration cannot be loaded: {0}. Plans are not checked until this is fixed.',
  },
  untrustedFramework: {
    nl: 'Deze werkruimte is niet vertrouwd: het kader {0} wordt genegeerd en het meegeleverde Kwaliteitskader geldt. Vertrouw de werkruimte om het te gebruiken.',
    en: 'This workspace is not trusted: the framework {0} is ignored and the bundled Kwaliteitskader applies. Trust the workspace to use it.',
  },
  compareUnreadable: {
    nl: '{0} is niet als I-plan te lezen: {1}',
    en: '{0} cannot be read as an I-plan: {1}',
  },
  internalError: {
    nl: 'Interne fout bij het controleren van dit plan: {0}. Zie het uitvoervenster van iplan.',
    en: 'Internal error while checking this plan: {0}. See the iplan output channel.',
  },
  suppressed: { nl: '(onderdrukt: geaccepteerd in {0})', en: '(suppressed: accepted in {0})' },
  suppressionsProblem: {
    nl: 'Het bestand met onderdrukkingen kan niet worden gelezen: {0}. Tot dit is opgelost, wordt niets onderdrukt.',
    en: 'The suppressions file cannot be read: {0}. Until this is fixed, nothing is suppressed.',
  },
  disableLine: { nl: '‘{0}’ uitschakelen voor deze regel', en: 'Disable ‘{0}’ for this line' },
  disableTable: { nl: '‘{0}’ uitschakelen voor deze tabel', en: 'Disable ‘{0}’ for this table' },
  disableFile: { nl: '‘{0}’ uitschakelen voor dit bestand', en: 'Disable ‘{0}’ for this file' },
  fixAll: { nl: 'Alle veilige iplan-correcties toepassen', en: 'Apply all safe iplan fixes' },
  frontMatter: { nl: 'Metagegevens (front matter)', en: 'Front matter' },
  objectives: { nl: 'Doelstellingen', en: 'Objectives' },
  activities: { nl: 'Activiteiten', en: 'Activities' },
  frameworkSection: { nl: 'kaderonderdeel {0}: {1}', en: 'framework section {0}: {1}' },
  notInFramework: { nl: 'geen onderdeel van het kader', en: 'not a framework section' },
  allowedValues: { nl: 'Toegestane waarden', en: 'Allowed values' },
  required: { nl: 'verplicht', en: 'required' },
  optional: { nl: 'optioneel', en: 'optional' },
  type: { nl: 'Type', en: 'Type' },
  sectionOf: { nl: 'Onderdeel {0} van {1} in {2}', en: 'Section {0} of {1} in {2}' },
  criterion: { nl: 'Criterium', en: 'Criterion' },
  guidance: { nl: 'Wat hier hoort', en: 'What belongs here' },
  otherLanguage: { nl: 'Engels', en: 'Dutch' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  unitColumn: { nl: 'eenheid uit de kolomkop: × € {0}', en: 'unit from the column header: × €{0}' },
  unitCell: { nl: 'eenheid in de cel zelf', en: 'unit written in the cell' },
  unitAbove: { nl: 'eenheid uit de tekst boven de tabel: × € {0}', en: 'unit from the text above the table: × €{0}' },
  unitEuro: { nl: 'in hele euro’s', en: 'in whole euros' },
  rounding: { nl: 'afrondingsmarge ± {0}', en: 'rounding margin ± {0}' },
  unreadableAmount: { nl: 'Deze cel is niet als bedrag te lezen.', en: 'This cell cannot be read as an amount.' },
  missingSection: { nl: 'ontbreekt nog', en: 'missing' },
  presentSection: { nl: 'staat al in het plan', en: 'already in the plan' },
  planYear: { nl: 'planjaar', en: 'plan year' },
  missingYear: { nl: 'planjaar zonder kosten', en: 'plan year without costs' },
} satisfies Record<string, Record<Locale, string>>;

type MessageKey = keyof typeof texts;

/** A text in the locale, with `{0}`, `{1}` … filled in. */
export function t(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
  return texts[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] !== undefined ? String(args[Number(index)]) : whole));
}
