#!/usr/bin/env node
/**
 * Generates examples/large-ienw-2026-2030.iplan.md: a large, clean I-plan (zero findings) for
 * the ministry of IenW, used to show and measure the checker on a plan of several thousand lines.
 *
 * Deterministic: the same output on every run (a fixed-seed PRNG, no dates, no environment).
 * Plain Node ESM, no dependencies.
 *
 *   node scripts/gen-large-example.mjs            # writes the file
 *   node scripts/gen-large-example.mjs --stdout   # prints it instead
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'large-ienw-2026-2030.iplan.md');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

const rand = mulberry32(20262030);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
/** `count` distinct items of `list`, in the list's order. */
function some(list, count) {
  const chosen = new Set();
  while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(rand() * list.length));
  return [...chosen].sort((a, b) => a - b).map((i) => list[i]);
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** 12500000 → "12.500.000" */
const euros = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 12500000 → "12,5" (one decimal, in millions) */
const mln = (n) => {
  const [whole, decimal] = (Math.round(n / 100000) / 10).toFixed(1).split('.');
  return `${euros(whole)},${decimal}`;
};
/** 4990000 → "4,99", 12500000 → "12,5": millions with as many decimals as needed (one to two). */
const mlnExact = (n) => {
  const two = (Math.round(n / 10000) / 100).toFixed(2);
  return (two.endsWith('0') ? two.slice(0, -1) : two).replace('.', ',');
};
/** A YAML double-quoted string (JSON strings are valid YAML). */
const q = (s) => JSON.stringify(s);
const pad2 = (n) => String(n).padStart(2, '0');
/** ["a", "b", "c"] → "a, b en c" */
const and = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`);
/** ["a", "b"] → "‘a’ en ‘b’": names that may themselves contain "en". */
const names = (items) => and(items.map((x) => `‘${x}’`));
/** Wraps prose at about 96 characters. */
function wrap(text, width = 96, indent = '') {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && (indent + line + ' ' + word).length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
/** A bullet whose continuation lines are indented under the text. */
const bullet = (text, marker = '-') => wrap(`${marker} ${text}`).replace(/\n/g, '\n' + ' '.repeat(marker.length + 1));

// ---------------------------------------------------------------------------------------------
// The organisation

const YEARS = [2026, 2027, 2028, 2029, 2030];

const THEMES = [
  'I in het hart',
  'Digitale weerbaarheid',
  'ICT-landschap',
  'Generieke voorzieningen',
  'Informatiehuishouding',
  'Data en algoritmen',
  'I-vakmanschap',
  'Transparantie en inzicht',
  'I-besturing',
  'Markt en innovatie',
];

const DOMAINS = [
  {
    key: 'water',
    name: 'Water en waterveiligheid',
    core: 'de besturing van de stormvloedkeringen en het Meetnet Infrastructuur',
    owner: 'Rijkswaterstaat',
    systems: ['Besturing stormvloedkeringen', 'Meetnet Infrastructuur', 'Hoogwaterinformatiesysteem', 'Waterinfo', 'Beheersysteem waterkwaliteit'],
    data: ['Waterstanden en afvoeren', 'Waterkwaliteitsmetingen', 'Stormvloedverwachtingen', 'Kunstwerkgegevens'],
  },
  {
    key: 'wegen',
    name: 'Wegen en verkeersmanagement',
    core: 'de systemen van de verkeerscentrales en de tunnelbesturing',
    owner: 'Rijkswaterstaat',
    systems: ['Verkeerscentrale-systemen', 'Matrixsignalering', 'Tunnelbesturing', 'Wegbeheerdatabank', 'Incidentmanagement wegen'],
    data: ['Verkeersintensiteiten', 'Incidentmeldingen', 'Areaalgegevens wegen', 'Storingsregistraties tunnels'],
  },
  {
    key: 'vaarwegen',
    name: 'Vaarwegen en scheepvaart',
    core: 'de bediening van bruggen en sluizen en het Informatiesysteem Vaarwegen',
    owner: 'Rijkswaterstaat',
    systems: ['Brug- en sluisbediening', 'Informatiesysteem Vaarwegen', 'Binnenvaartinformatiediensten', 'Scheepvaartregistratie'],
    data: ['Vaarweggegevens', 'Reisplannen binnenvaart', 'Sluispassages', 'Scheepsregistraties'],
  },
  {
    key: 'weer',
    name: 'Weer, klimaat en seismologie',
    core: 'de rekenomgeving voor weermodellen en het waarschuwingssysteem weer',
    owner: 'KNMI',
    systems: ['Rekenomgeving weermodellen', 'Waarschuwingssysteem weer', 'Seismologisch meetnet', 'Klimaatdataplatform', 'Waarnemingsnetwerk'],
    data: ['Weerwaarnemingen', 'Modeluitvoer', 'Seismische metingen', 'Klimaatreeksen'],
  },
  {
    key: 'toezicht',
    name: 'Toezicht en vergunningverlening',
    core: 'het toezichtsysteem van de ILT en de registers voor vervoer en luchtvaart',
    owner: 'Inspectie Leefomgeving en Transport',
    systems: ['Toezichtsysteem ILT', 'Vergunningenregister vervoer', 'Meldingensysteem incidenten', 'Luchtvaartregister'],
    data: ['Inspectiegegevens', 'Vergunningen', 'Incidentmeldingen transport', 'Registraties luchtvaartuigen'],
  },
  {
    key: 'milieu',
    name: 'Milieu en circulaire economie',
    core: 'het Landelijk Meldpunt Afvalstoffen en de emissieregistratie',
    owner: 'kerndepartement en Rijkswaterstaat',
    systems: ['Landelijk Meldpunt Afvalstoffen', 'Emissieregistratie', 'Registratie bodemkwaliteit', 'Grondwatermeetnet'],
    data: ['Afvalstoffenmeldingen', 'Emissiegegevens', 'Bodemkwaliteitsgegevens', 'Grondwaterstanden'],
  },
  {
    key: 'bedrijfsvoering',
    name: 'Bedrijfsvoering',
    core: 'de werkplek, het zaaksysteem en de financiële administratie',
    owner: 'kerndepartement',
    systems: ['Zaaksysteem kerndepartement', 'Documentmanagementsysteem', 'Financieel systeem', 'Identity & Access Management', 'Werkplekomgeving', 'Mainframe-omgeving RWS'],
    data: ['Zaakdossiers', 'Financiële administratie', 'Autorisatieregistraties', 'E-mail en berichten'],
  },
];
const domain = (key) => DOMAINS.find((d) => d.key === key);

const MEASURES = [
  'Gefaseerde migratie per regio; het oude systeem blijft in beheer tot de laatste regio over is en wordt daarna binnen zes maanden uitgezet.',
  'Gegevensconversie wordt vooraf op een volledige kopie beproefd; het bronsysteem gaat pas uit na een controle op volledigheid.',
  'Een parallelle draaiperiode van drie maanden met een dagelijkse vergelijking van de uitkomsten van oud en nieuw.',
  'Bestaande koppelingen worden vervangen door standaard-API’s; afnemers krijgen een overgangstermijn van een jaar.',
  'Archiefwaardige gegevens gaan vóór de uitfasering met metadata naar het e-depot.',
  'Nieuwe voorzieningen worden eerst op één object beproefd en pas na evaluatie breed uitgerold.',
  'De wijziging volgt het onderhoudsvenster van de objecten, zodat de beschikbaarheid van de infrastructuur niet in gevaar komt.',
];

// Objectives: four per I-strategie theme, with the domain whose landscape they touch most.
const OBJECTIVES = [
  ['Bij elk nieuw beleidsvoorstel een vroege IV-toets', 'bedrijfsvoering'],
  ['Uitvoeringstoetsen met expliciete aandacht voor ICT-gevolgen', 'toezicht'],
  ['Digitale dienstverlening aan burgers en bedrijven via één ingang', 'toezicht'],
  ['Regelgeving die uitvoerbaar is in het bestaande ICT-landschap', 'milieu'],
  ['Alle vitale objecten voldoen aantoonbaar aan de BIO2 en de Cyberbeveiligingswet', 'water'],
  ['OT-netwerken van tunnels, sluizen en bruggen gescheiden en bewaakt', 'wegen'],
  ['Continuïteitsplannen voor alle vitale processen jaarlijks getest', 'water'],
  ['Een aantoonbaar veilige leveranciersketen', 'bedrijfsvoering'],
  ['Minder applicaties en minder maatwerk', 'bedrijfsvoering'],
  ['Geen bedrijfskritisch systeem zonder leveranciersondersteuning', 'vaarwegen'],
  ['Geconsolideerde datacentra', 'bedrijfsvoering'],
  ['Cloud waar het kan, eigen beheer waar het moet', 'weer'],
  ['Rijksbrede voorzieningen voor werkplek, identiteit en financiën', 'bedrijfsvoering'],
  ['Eén voorziening voor identiteits- en toegangsbeheer', 'bedrijfsvoering'],
  ['Aansluiting op het Digitaal Stelsel Omgevingswet afgerond', 'milieu'],
  ['Eén gemeenschappelijk platform voor meetgegevens', 'water'],
  ['Open op Orde afgerond in alle onderdelen', 'bedrijfsvoering'],
  ['Berichten en e-mail duurzaam gearchiveerd', 'bedrijfsvoering'],
  ['Actieve openbaarmaking volgens de Woo', 'bedrijfsvoering'],
  ['Tijdige overdracht van archieven naar het e-depot', 'bedrijfsvoering'],
  ['Meetgegevens over water, weer en verkeer als open data', 'weer'],
  ['Alle impactvolle algoritmen geregistreerd en getoetst', 'toezicht'],
  ['Assetgegevens van aantoonbaar goede kwaliteit', 'wegen'],
  ['Risicogericht toezicht met data-analyse', 'toezicht'],
  ['Minder inhuur en meer vaste IV-specialisten', 'bedrijfsvoering'],
  ['Een opleidingsprogramma voor OT-security', 'wegen'],
  ['Digitale vaardigheden van alle medewerkers op peil', 'bedrijfsvoering'],
  ['Een versterkte architectuurfunctie', 'bedrijfsvoering'],
  ['Inzicht in ICT-kosten per voorziening', 'bedrijfsvoering'],
  ['Een actueel en openbaar portfolio van ICT-activiteiten', 'bedrijfsvoering'],
  ['Jaarlijkse rapportage over levenscyclusmanagement', 'vaarwegen'],
  ['Meetbare voortgang op de I-strategie Rijk', 'bedrijfsvoering'],
  ['Een CIO-stelsel volgens het Besluit CIO-stelsel Rijksdienst 2025', 'bedrijfsvoering'],
  ['Eén portfolioproces voor het hele departement', 'bedrijfsvoering'],
  ['Architectuurbesluiten vooraf getoetst', 'bedrijfsvoering'],
  ['Sturing op leveranciers via professioneel contractmanagement', 'bedrijfsvoering'],
  ['Innovatie met marktpartijen via GovTech-uitdagingen', 'wegen'],
  ['Open source waar het kan', 'weer'],
  ['Digitale tweelingen voor het beheer van infrastructuur', 'water'],
  ['Satelliet- en sensordata voor monitoring van de leefomgeving', 'milieu'],
];

// Activities: name, domain and (where the name says so) the system it is mainly about.
const ACTIVITIES = [
  ['Vervanging besturing Maeslantkering', 'water', 'Besturing stormvloedkeringen'],
  ['Renovatie verkeerscentrale Noord-Holland', 'wegen', 'Verkeerscentrale-systemen'],
  ['Vernieuwing Meetnet Infrastructuur', 'water', 'Meetnet Infrastructuur'],
  ['Digitale tweeling Afsluitdijk', 'water'],
  ['Vervanging tunnelbesturingssoftware Coentunnel', 'wegen', 'Tunnelbesturing'],
  ['Landelijk Waterdata-platform', 'water', 'Waterinfo'],
  ['Modernisering Hoogwaterinformatiesysteem', 'water', 'Hoogwaterinformatiesysteem'],
  ['Vernieuwing matrixsignalering hoofdwegennet', 'wegen', 'Matrixsignalering'],
  ['Centrale bediening bruggen en sluizen Zeeland', 'vaarwegen', 'Brug- en sluisbediening'],
  ['Informatiesysteem Vaarwegen nieuwe generatie', 'vaarwegen', 'Informatiesysteem Vaarwegen'],
  ['Binnenvaartinformatiediensten 2.0', 'vaarwegen', 'Binnenvaartinformatiediensten'],
  ['Vervanging wegbeheerdatabank', 'wegen', 'Wegbeheerdatabank'],
  ['Rekenomgeving weermodellen KNMI', 'weer', 'Rekenomgeving weermodellen'],
  ['Vernieuwing waarschuwingssysteem weer', 'weer', 'Waarschuwingssysteem weer'],
  ['Uitbreiding seismologisch meetnet Groningen', 'weer', 'Seismologisch meetnet'],
  ['Klimaatdataplatform KNMI', 'weer', 'Klimaatdataplatform'],
  ['Rekencapaciteit KNMI derde generatie', 'weer', 'Rekenomgeving weermodellen'],
  ['Vervanging toezichtsysteem ILT', 'toezicht', 'Toezichtsysteem ILT'],
  ['Digitaal vergunningenloket vervoer', 'toezicht', 'Vergunningenregister vervoer'],
  ['Meldingensysteem incidenten en ongevallen', 'toezicht', 'Meldingensysteem incidenten'],
  ['Vernieuwing Landelijk Meldpunt Afvalstoffen', 'milieu', 'Landelijk Meldpunt Afvalstoffen'],
  ['Emissieregistratie op nieuwe grondslag', 'milieu', 'Emissieregistratie'],
  ['Registratie bodemkwaliteit onder de Omgevingswet', 'milieu', 'Registratie bodemkwaliteit'],
  ['Vervanging luchtvaartregister', 'toezicht', 'Luchtvaartregister'],
  ['Digitale vergunningverlening luchtvaart', 'toezicht', 'Luchtvaartregister'],
  ['Zaaksysteem kerndepartement', 'bedrijfsvoering', 'Zaaksysteem kerndepartement'],
  ['Documentmanagement en e-depot IenW', 'bedrijfsvoering', 'Documentmanagementsysteem'],
  ['Migratie financieel systeem naar rijksbrede standaard', 'bedrijfsvoering', 'Financieel systeem'],
  ['Identity & Access Management IenW', 'bedrijfsvoering', 'Identity & Access Management'],
  ['Uitbreiding Security Operations Center met OT-monitoring', 'bedrijfsvoering'],
  ['Segmentatie OT-netwerken vaarwegen', 'vaarwegen', 'Brug- en sluisbediening'],
  ['Segmentatie OT-netwerken wegtunnels', 'wegen', 'Tunnelbesturing'],
  ['Cloudmigratie kantoorapplicaties', 'bedrijfsvoering'],
  ['Uitfasering mainframe-omgeving RWS', 'bedrijfsvoering', 'Mainframe-omgeving RWS'],
  ['Datacentrumconsolidatie IenW', 'bedrijfsvoering'],
  ['Algoritmeregister IenW', 'toezicht'],
  ['Dataplatform mobiliteit', 'wegen', 'Verkeerscentrale-systemen'],
  ['Open data verkeersgegevens', 'wegen', 'Verkeerscentrale-systemen'],
  ['Voorziening actieve openbaarmaking Woo', 'bedrijfsvoering'],
  ['Archivering berichten en e-mail', 'bedrijfsvoering', 'Documentmanagementsysteem'],
  ['Digitale werkplek nieuwe generatie', 'bedrijfsvoering', 'Werkplekomgeving'],
  ['Telefonie en netwerk kantoorlocaties', 'bedrijfsvoering'],
  ['Levenscyclusprogramma legacy-applicaties', 'bedrijfsvoering'],
  ['Vervanging assetmanagementsysteem RWS', 'wegen', 'Wegbeheerdatabank'],
  ['Inspectie-app voor ILT-inspecteurs', 'toezicht', 'Toezichtsysteem ILT'],
  ['Data-analyse voor risicogericht toezicht', 'toezicht'],
  ['Digitaal stelsel scheepvaartregistratie', 'vaarwegen', 'Scheepvaartregistratie'],
  ['Satellietdata voor bodemdaling', 'milieu'],
  ['Digitalisering grondwatermeetnet', 'milieu', 'Grondwatermeetnet'],
  ['Slimme mobiliteit en intelligente transportsystemen', 'wegen'],
  ['Data laadinfrastructuur elektrisch vervoer', 'wegen'],
  ['Waterkwaliteitsmonitoring met nieuwe sensoren', 'water', 'Beheersysteem waterkwaliteit'],
  ['Vervanging software stormvloedwaarschuwingsdienst', 'water', 'Hoogwaterinformatiesysteem'],
  ['Energiebeheer kunstwerken', 'vaarwegen'],
  ['Crisisbeheersingssysteem IenW', 'bedrijfsvoering'],
  ['Opleidingsplatform I-vakmanschap', 'bedrijfsvoering'],
  ['Innovatieprogramma GovTech IenW', 'bedrijfsvoering'],
  ['Portfoliomanagementsysteem CIO-office', 'bedrijfsvoering'],
  ['Architectuurrepository IenW', 'bedrijfsvoering'],
  ['Sensornetwerk bruggen en viaducten', 'wegen'],
];

const STATUSES = ['nog-niet-gestart', 'in-uitvoering', 'in-uitvoering', 'in-uitvoering', 'in-heroriëntatie'];
const STATUS_TEXT = {
  'nog-niet-gestart': 'nog niet gestart',
  'in-uitvoering': 'in uitvoering',
  'in-heroriëntatie': 'in heroriëntatie',
  afgerond: 'afgerond',
  geannuleerd: 'geannuleerd',
};
const ACICT = ['gemeld', 'gemeld', 'getoetst', 'niet-van-toepassing'];
const ACICT_TEXT = { gemeld: 'gemeld bij het AcICT', getoetst: 'getoetst door het AcICT', 'niet-van-toepassing': 'niet meldingsplichtig bij het AcICT (geen ICT-project in de zin van de wet)' };

// ---------------------------------------------------------------------------------------------
// The data of the plan

const objectives = OBJECTIVES.map(([titel, domainKey], i) => {
  const d = domain(domainKey);
  const thema = THEMES[Math.floor(i / 4)];
  const niveau = thema === 'I-vakmanschap' || thema === 'Transparantie en inzicht' ? (i % 2 === 0 ? 'geen' : 'laag') : pick(['laag', 'midden', 'midden', 'hoog']);
  const impact = { niveau };
  if (niveau !== 'geen') {
    impact.systemen = some(d.systems, int(1, 3));
    impact.gegevens = some(d.data, int(1, 2));
    impact.maatregelen = pick(MEASURES);
  }
  return { id: `D${pad2(i + 1)}`, titel, thema, domain: d, impact };
});

const activities = ACTIVITIES.map(([naam, domainKey, mainSystem], i) => {
  const d = domain(domainKey);
  // Two fixed boundary cases around the € 5 000 000 line; the rest drawn.
  let totale_kosten;
  if (i === 6) totale_kosten = 5000000;
  else if (i === 7) totale_kosten = 4990000;
  else totale_kosten = rand() < 0.6 ? int(55, 1200) * 100000 : int(4, 49) * 100000;
  const large = totale_kosten >= 5000000;
  const related = objectives.filter((o) => o.domain === d && o.impact.niveau !== 'geen');
  const start = int(2023, 2027);
  const a = {
    id: `A${pad2(i + 1)}`,
    naam,
    totale_kosten,
    // The status follows the start year: what starts after 2025 has not started yet.
    status: start > 2025 ? 'nog-niet-gestart' : pick(STATUSES.filter((s) => s !== 'nog-niet-gestart')),
    domain: d,
    objective: related.length > 0 ? pick(related) : objectives[int(0, objectives.length - 1)],
    start,
    einde: Math.max(start + int(2, 5), 2027),
  };
  if (large) {
    a.dashboard_nummer = `IENW-${String(100 + i * 7).padStart(4, '0')}`;
    a.acict = pick(ACICT);
  }
  const niveau = pick(['laag', 'midden', 'hoog', 'hoog']);
  if (mainSystem && !d.systems.includes(mainSystem)) throw new Error(`${naam}: ${mainSystem} is not a system of ${d.key}`);
  const systemen = mainSystem ? [mainSystem, ...some(d.systems.filter((s) => s !== mainSystem), int(0, 1))] : some(d.systems, int(1, 2));
  a.impact = { niveau, systemen, gegevens: some(d.data, int(1, 2)), maatregelen: pick(MEASURES) };
  return a;
});

// Costs per year: renewal follows the large activities' build phase, maintenance grows slowly.
const kosten = YEARS.map((jaar, k) => ({
  jaar,
  vernieuwing: (int(880, 1040) + [40, 160, 120, 0, -80][k]) * 100000 + int(0, 9) * 10000,
  beheer_en_onderhoud: (3920 + k * 95 + int(0, 60)) * 100000 + int(0, 9) * 10000,
}));
const sum = (list, f) => list.reduce((s, x) => s + f(x), 0);
const totalV = sum(kosten, (k) => k.vernieuwing);
const totalB = sum(kosten, (k) => k.beheer_en_onderhoud);

// ---------------------------------------------------------------------------------------------
// Front matter

const fm = [];
fm.push('---');
fm.push('# Meerjarig informatieplan van het ministerie van Infrastructuur en Waterstaat.');
fm.push('# Gegenereerd door scripts/gen-large-example.mjs; niet met de hand bewerken.');
fm.push(`iplan: "kwaliteitskader-2022"`);
fm.push('ministerie: IENW');
fm.push(`titel: "Meerjarig informatieplan Infrastructuur en Waterstaat 2026–2030"`);
fm.push(`versie: "2.3"`);
fm.push('status: vastgesteld');
fm.push(`vastgesteld_op: "2025-12-09"`);
fm.push('besluit_cio_stelsel: 2025');
fm.push('planperiode:');
fm.push(`  van: ${YEARS[0]}`);
fm.push(`  tot: ${YEARS[YEARS.length - 1]}`);
fm.push('boekhoudstelsel: baten-lasten');
fm.push('x-opsteller: "CIO-office IenW, team portfolio en architectuur"');
fm.push('kosten:');
for (const k of kosten) {
  fm.push(`  - jaar: ${k.jaar}`);
  fm.push(`    vernieuwing: ${k.vernieuwing}`);
  fm.push(`    beheer_en_onderhoud: ${k.beheer_en_onderhoud}`);
}
const impactYaml = (impact, indent) => {
  const out = [`${indent}landschapsimpact:`, `${indent}  niveau: ${impact.niveau}`];
  if (impact.systemen) out.push(`${indent}  systemen: [${impact.systemen.map(q).join(', ')}]`);
  if (impact.gegevens) out.push(`${indent}  gegevens: [${impact.gegevens.map(q).join(', ')}]`);
  if (impact.maatregelen) out.push(`${indent}  maatregelen: ${q(impact.maatregelen)}`);
  return out;
};
fm.push('doelstellingen:');
for (const o of objectives) {
  fm.push(`  - id: ${o.id}`);
  fm.push(`    titel: ${q(o.titel)}`);
  fm.push(`    thema: ${o.thema}`);
  fm.push(...impactYaml(o.impact, '    '));
}
fm.push('activiteiten:');
for (const a of activities) {
  fm.push(`  - id: ${a.id}`);
  fm.push(`    naam: ${q(a.naam)}`);
  fm.push(`    totale_kosten: ${a.totale_kosten}`);
  fm.push(`    status: ${a.status}`);
  if (a.dashboard_nummer) fm.push(`    dashboard_nummer: ${q(a.dashboard_nummer)}`);
  if (a.acict) fm.push(`    acict: ${a.acict}`);
  fm.push(...impactYaml(a.impact, '    '));
}
fm.push('---');

// ---------------------------------------------------------------------------------------------
// Body

const body = [];
const p = (text) => body.push(wrap(text), '');
const h = (depth, text) => body.push(`${'#'.repeat(depth)} ${text}`, '');
const list = (items, marker = '-') => {
  items.forEach((item, i) => body.push(bullet(item, marker === '1.' ? `${i + 1}.` : marker)));
  body.push('');
};
const table = (header, align, rows) => {
  body.push(`| ${header.join(' | ')} |`);
  body.push(`| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`);
  for (const row of rows) body.push(`| ${row.join(' | ')} |`);
  body.push('');
};

const large = activities.filter((a) => a.dashboard_nummer);
const small = activities.filter((a) => !a.dashboard_nummer);

h(1, 'Meerjarig informatieplan Infrastructuur en Waterstaat 2026–2030');
p('Ministerie van Infrastructuur en Waterstaat (IenW), CIO-office. Versie 2.3, vastgesteld door de bestuursraad op 9 december 2025. Dit plan omvat het kerndepartement, Rijkswaterstaat, het KNMI en de Inspectie Leefomgeving en Transport.');

// 1 ---------------------------------------------------------------------------------------------
h(2, '1. Samenvatting');
p('Infrastructuur en Waterstaat draait op informatievoorziening. Stormvloedkeringen, tunnels, sluizen en bruggen worden door software bestuurd; weerswaarschuwingen, vergunningen en inspecties steunen op gegevens die dag en nacht beschikbaar moeten zijn. Dit plan beschrijft hoe IenW die informatievoorziening de komende vijf jaar vernieuwt, beveiligt en betaalbaar houdt.');
p(`Het plan kent ${objectives.length} prioritaire IV-doelstellingen, verdeeld over de tien thema's van de I-strategie Rijk, en een portfolio van ${activities.length} ICT-activiteiten, waarvan ${large.length} grote ICT-activiteiten op het Rijks ICT-dashboard. De ICT-lasten bedragen over de hele periode € ${mln(totalV + totalB)} mln, waarvan € ${mln(totalV)} mln voor vernieuwing en € ${mln(totalB)} mln voor beheer en onderhoud.`);
p('De belangrijkste keuzes:');
list([
  '**Weerbaarheid van vitale objecten eerst.** Alle operationele technologie (OT) van tunnels, sluizen, bruggen en keringen wordt gescheiden van kantoornetwerken en centraal bewaakt.',
  '**Vervangen wat niet meer ondersteund wordt.** Het levenscyclusprogramma vervangt of faseert systemen uit die zonder leveranciersondersteuning draaien, te beginnen met de besturing van de Maeslantkering en de mainframe-omgeving van Rijkswaterstaat.',
  '**Gegevens als gemeenschappelijk bezit.** Meetgegevens over water, weer en verkeer komen op één platform en worden waar mogelijk als open data gepubliceerd.',
  '**Minder inhuur, meer eigen vakmanschap.** Het aandeel externe inhuur in IV-functies daalt van 38 % naar 25 %.',
  '**Sturing onder het nieuwe CIO-stelsel.** Vanaf 2026 werkt IenW onder het Besluit CIO-stelsel Rijksdienst 2025, met een Chief Data Officer, Chief Technology Officer en Chief Privacy Officer onder de CIO.',
]);
p('De bedragen in dit plan zijn lasten in het baten-lastenstelsel. Rijkswaterstaat en het KNMI rapporteren in dat stelsel; de ICT-lasten van het kerndepartement en de ILT zijn voor dit plan op dezelfde grondslag opgesteld, zodat geen bedragen uit verschillende stelsels worden opgeteld.');

// 2 ---------------------------------------------------------------------------------------------
h(2, '2. Beleidsprioriteiten met IV-component');
p('De beleidsagenda van IenW kent acht prioriteiten die zonder informatievoorziening niet te realiseren zijn. Per prioriteit staat hieronder wat zij van de informatievoorziening vraagt.');
const PRIORITIES = [
  ['Waterveiligheid en zoetwater', 'water', 'Het Deltaprogramma vraagt om betrouwbare voorspellingen van waterstanden en om keringen die ook onder extreme omstandigheden bediend kunnen worden.'],
  ['Bereikbaarheid en verkeersveiligheid', 'wegen', 'Vervanging en renovatie van het hoofdwegennet gaan samen met de vernieuwing van verkeerscentrales en tunnelsoftware.'],
  ['Vaarwegen en logistiek', 'vaarwegen', 'De binnenvaart vraagt om actuele vaarweginformatie en om sluizen en bruggen die op afstand bediend kunnen worden.'],
  ['Klimaatadaptatie en weerswaarschuwingen', 'weer', 'Extremer weer vraagt om snellere modellen, fijnmaziger waarschuwingen en lange klimaatreeksen die voor iedereen beschikbaar zijn.'],
  ['Veilig transport en toezicht', 'toezicht', 'Risicogericht toezicht vraagt om goede registraties en om data-analyse die de inspecteur naar de grootste risico’s leidt.'],
  ['Circulaire economie en een gezonde leefomgeving', 'milieu', 'Het monitoren van afvalstromen, emissies en bodemkwaliteit vraagt om registraties die aansluiten op de Omgevingswet.'],
  ['Een wendbare en betrouwbare organisatie', 'bedrijfsvoering', 'Een moderne werkplek, een informatiehuishouding op orde en een beheersbaar applicatielandschap zijn de basis voor al het andere.'],
  ['Digitale autonomie en innovatie', 'bedrijfsvoering', 'IenW wil minder afhankelijk zijn van enkele leveranciers en benut innovaties zoals digitale tweelingen en satellietdata.'],
];
PRIORITIES.forEach(([title, domainKey, text], i) => {
  const d = domain(domainKey);
  h(3, `2.${i + 1} ${title}`);
  p(`${text} De uitvoering ligt vooral bij ${d.owner}.`);
  p('Wat de informatievoorziening hiervoor moet leveren:');
  list([
    `beschikbaarheid en integriteit van ${d.core}, ook tijdens onderhoud en verstoringen;`,
    `tijdige, volledige en juiste gegevens over ${d.data.map((x) => x.toLowerCase()).slice(0, 2).join(' en ')};`,
    'koppelingen op basis van open standaarden, zodat ketenpartners zonder maatwerk kunnen aansluiten;',
    'voorspelbare wijzigingen, afgestemd met de ketenpartners die van deze voorzieningen afhankelijk zijn.',
  ]);
  const related = objectives.filter((o) => o.domain === d).slice(0, 4);
  if (related.length > 0) p(`Deze prioriteit komt terug in de doelstellingen ${related.map((o) => o.id).join(', ')}.`);
});

// 3 ---------------------------------------------------------------------------------------------
h(2, '3. Prioritaire IV-doelstellingen');
p(`IenW kiest voor 2026–2030 ${objectives.length} prioritaire doelstellingen, vier per thema van de I-strategie Rijk. Elke doelstelling heeft een eigenaar in de bestuursraad, meetbare tussendoelen per jaar en een beschrijving van de gevolgen voor het bestaande ICT- en gegevenslandschap.`);
table(['Id', 'Doelstelling', 'Thema', 'Impact op het landschap'], ['l', 'l', 'l', 'l'], objectives.map((o) => [o.id, o.titel, o.thema, o.impact.niveau]));
for (const o of objectives) {
  h(3, `${o.id} ${o.titel}`);
  const acts = activities.filter((a) => a.objective === o);
  p(`Thema: *${o.thema}*. Eigenaar: de directeur-generaal die verantwoordelijk is voor ${o.domain.name.toLowerCase()}. ${pick(['De doelstelling bouwt voort op het vorige plan en wordt in deze periode afgerond.', 'De doelstelling is nieuw in dit plan.', 'De doelstelling is aangescherpt naar aanleiding van de evaluatie van het vorige plan.'])}`);
  list([
    `Tussendoel 2027: ${pick(['nulmeting uitgevoerd en verbeterplan vastgesteld', 'eerste onderdelen volgens de nieuwe werkwijze ingericht', 'aanpak beproefd bij één onderdeel'])}.`,
    `Tussendoel 2028: ${pick(['de helft van de onderdelen voldoet', 'tussenevaluatie besproken in de bestuursraad', 'werkwijze breed uitgerold'])}.`,
    `Einddoel 2030: ${pick(['alle onderdelen voldoen aantoonbaar', 'de doelstelling is volledig gerealiseerd en geborgd in de lijn', 'de resultaten zijn geëvalueerd en structureel belegd'])}.`,
  ]);
  p('Indicatoren:');
  list([
    pick(['percentage onderdelen dat aan de norm voldoet', 'aantal processen dat volgens de nieuwe werkwijze loopt', 'aandeel van de betrokken systemen dat is aangepast']),
    pick(['doorlooptijd van de betrokken processen', 'tevredenheid van gebruikers en ketenpartners', 'aantal bevindingen van de auditdienst op dit onderwerp']),
  ]);
  if (o.impact.niveau === 'geen') p('Deze doelstelling verandert geen systemen of gegevens; zij gaat over mensen, werkwijzen en sturing.');
  else p(`Impact op het landschap: ${o.impact.niveau}. Geraakte systemen: ${names(o.impact.systemen)}. Geraakte gegevens: ${names(o.impact.gegevens)}. ${o.impact.maatregelen}`);
  if (acts.length > 0) p(`Bijdragende activiteiten: ${acts.map((a) => a.id).join(', ')}.`);
}

// 4 ---------------------------------------------------------------------------------------------
h(2, '4. Terug- en vooruitblik per I-strategiethema');
p('Per thema van de I-strategie Rijk staat hieronder wat IenW in de afgelopen planperiode bereikte en wat de komende jaren volgt.');
const LOOKBACK = [
  'In de vorige periode is een vaste werkwijze ingevoerd en zijn de eerste resultaten zichtbaar geworden.',
  'De nulmeting liet zien dat de basis op orde is, maar dat de verschillen tussen onderdelen groot zijn.',
  'Twee van de drie tussendoelen zijn gehaald; het derde is vertraagd door schaarste aan specialisten.',
  'Het onderwerp kreeg meer aandacht van de bestuursraad, mede door de rapporten van de Algemene Rekenkamer.',
];
const RESULTS = {
  'I in het hart': ['De IV-toets is beproefd op twaalf beleidsvoorstellen.', 'Uitvoeringstoetsen noemen sinds 2024 standaard de gevolgen voor systemen en gegevens.', 'Het Digitaal Loket IenW bundelt veertien aanvraagprocessen.'],
  'Digitale weerbaarheid': ['Alle onderdelen zijn aangesloten op het Security Operations Center.', 'De eerste 40 tunnels en sluizen hebben een gescheiden OT-netwerk.', 'Het crisisplan voor cyberincidenten is twee keer beoefend.'],
  'ICT-landschap': ['Het aantal applicaties daalde van 910 naar 693.', 'Twee van de vijf datacentra zijn gesloten.', 'Dertien systemen zonder leveranciersondersteuning zijn vervangen.'],
  'Generieke voorzieningen': ['Alle medewerkers werken op de Digitale Werkplek Rijk.', 'De ILT en het KNMI zijn overgestapt op de rijksbrede IAM-voorziening.', 'Het kerndepartement gebruikt het rijksbrede financiële systeem.'],
  'Informatiehuishouding': ['E-mail van bewindspersonen en topambtenaren wordt sinds 2023 automatisch gearchiveerd.', 'Het verbeterplan Open op Orde is voor zeventig procent uitgevoerd.', 'De achterstand in Woo-verzoeken is gehalveerd.'],
  'Data en algoritmen': ['Waterdata en weerdata zijn als open data beschikbaar via de landelijke dataportalen.', 'Alle algoritmen van de ILT staan in het Algoritmeregister.', 'Een Chief Data Officer is aangesteld.'],
  'I-vakmanschap': ['Jaarlijks starten dertig IV-trainees bij IenW.', 'Het aandeel externe inhuur daalde van 44 % naar 38 %.', 'Een opleidingsprogramma voor architecten is gestart.'],
  'Transparantie en inzicht': ['ICT-kosten worden per voorziening geregistreerd.', 'Het portfolio staat maandelijks actueel op het intranet.', 'Rapportages aan de Kamer volgen het format van het Rijks ICT-dashboard.'],
  'I-besturing': ['Het portfolioproces is departementsbreed ingevoerd.', 'De architectuurraad toetste 57 voorstellen.', 'Contractmanagement is voor alle grote leveranciers ingericht.'],
  'Markt en innovatie': ['Drie GovTech-uitdagingen leidden tot proeven met marktpartijen.', 'De digitale tweeling van de Afsluitdijk is als proef opgeleverd.', 'Satellietdata worden gebruikt voor de monitoring van dijken.'],
};
THEMES.forEach((thema, t) => {
  h(3, `4.${t + 1} ${thema}`);
  p(`*Terugblik.* ${some(LOOKBACK, 2).join(" ")} Resultaten in de vorige periode:`);
  list(RESULTS[thema]);
  p('*Vooruitblik.* De komende jaren staan de volgende doelstellingen centraal:');
  list(objectives.filter((o) => o.thema === thema).map((o) => `${o.id}: ${o.titel}.`));
});

// 5 ---------------------------------------------------------------------------------------------
h(2, '5. Impact op het ICT- en gegevenslandschap');
p('Dit hoofdstuk beschrijft per domein welke systemen en gegevens door het beleid en het portfolio veranderen, verdwijnen of ontstaan, en wat IenW doet om die veranderingen beheerst te laten verlopen.');
for (const d of DOMAINS) {
  h(3, d.name);
  const acts = activities.filter((a) => a.domain === d);
  const objs = objectives.filter((o) => o.domain === d && o.impact.niveau !== 'geen');
  p(`In dit domein (verantwoordelijk: ${d.owner}) raken ${acts.length} activiteiten en ${objs.length} doelstellingen het bestaande landschap.`);
  const rows = [];
  for (const s of d.systems) {
    const by = [...objs.filter((o) => o.impact.systemen.includes(s)), ...acts.filter((a) => a.impact.systemen.includes(s))];
    if (by.length === 0) continue;
    const top = by.reduce((m, x) => (['laag', 'midden', 'hoog'].indexOf(x.impact.niveau) > ['laag', 'midden', 'hoog'].indexOf(m) ? x.impact.niveau : m), 'laag');
    rows.push([s, top, by.map((x) => x.id).join(', ')]);
  }
  if (rows.length > 0) table(['Systeem', 'Hoogste impact', 'Doelstellingen en activiteiten'], ['l', 'l', 'l'], rows);
  p('Gegevens die in dit domein veranderen:');
  list(d.data.map((x) => `${x}: ${pick(['worden gemigreerd naar de nieuwe voorziening', 'krijgen een nieuwe beheerder en een kwaliteitsnorm', 'worden als open data beschikbaar gesteld', 'blijven ongewijzigd maar worden via een nieuwe koppeling ontsloten'])}.`));
  p(`**Beheersmaatregelen.** ${some(MEASURES, 2).join(' ')}`);
}

// 6 ---------------------------------------------------------------------------------------------
h(2, '6. Portfolio en grote ICT-activiteiten');
p(`Het portfolio telt ${activities.length} ICT-activiteiten. ${large.length} daarvan zijn grote ICT-activiteiten met ICT-kosten vanaf € 5 mln over de hele looptijd; zij staan op het Rijks ICT-dashboard en hebben een status bij het Adviescollege ICT-toetsing. De overige ${small.length} activiteiten vallen onder die grens en worden binnen het departementale portfolioproces gevolgd.`);
h(3, '6.1 Overzicht');
table(
  ['Id', 'Activiteit', 'Totale kosten (€ mln)', 'Dashboard', 'AcICT', 'Status'],
  ['l', 'l', 'r', 'l', 'l', 'l'],
  activities.map((a) => [a.id, a.naam, mlnExact(a.totale_kosten), a.dashboard_nummer ?? '–', a.acict ?? '–', STATUS_TEXT[a.status]]),
);
h(3, '6.2 Grote ICT-activiteiten');
for (const a of large) {
  h(4, `${a.id} ${a.naam}`);
  p(`${a.id} ${a.naam} is een activiteit van ${a.domain.owner} met totale ICT-kosten van € ${mlnExact(a.totale_kosten)} mln, looptijd ${a.start}–${a.einde}. Dashboardnummer ${a.dashboard_nummer}; de activiteit is ${ACICT_TEXT[a.acict]}. Status: ${STATUS_TEXT[a.status]}.`);
  p(`De activiteit draagt bij aan ${a.objective.id} (${a.objective.titel.charAt(0).toLowerCase() + a.objective.titel.slice(1)}). Impact op het landschap: ${a.impact.niveau}; geraakt worden ${names(a.impact.systemen)}, met de gegevens ${names(a.impact.gegevens)}. ${a.impact.maatregelen}`);
  p('Mijlpalen:');
  list([
    `${a.start}: ${pick(['start na positief besluit van de bestuursraad', 'start na afronding van de verkenning', 'start van de aanbesteding'])};`,
    `${Math.min(a.start + 1, a.einde - 1)}: ${pick(['eerste release in productie', 'proef op één object of locatie afgerond', 'gegevensconversie beproefd op een volledige kopie'])};`,
    `${a.einde}: ${pick(['oude voorziening uitgezet en activiteit afgerond', 'overdracht aan de beheerorganisatie', 'evaluatie en afsluiting op het Rijks ICT-dashboard'])}.`,
  ]);
}
h(3, '6.3 Overige activiteiten');
for (const a of small) {
  body.push(bullet(`${a.id} ${a.naam} (€ ${mlnExact(a.totale_kosten)} mln, ${a.start}–${a.einde}, ${STATUS_TEXT[a.status]}): draagt bij aan ${a.objective.id}; impact ${a.impact.niveau} op ${names(a.impact.systemen)}.`));
}
body.push('');
p('Activiteiten onder de grens van € 5 mln worden elk kwartaal in het portfoliooverleg besproken. Zodra de geraamde kosten van een activiteit de grens overschrijden, meldt de CIO-office haar bij het Rijks ICT-dashboard en het AcICT.');

// 7 ---------------------------------------------------------------------------------------------
h(2, '7. Financiën');
p('De bedragen zijn lasten in euro’s (baten-lastenstelsel) voor het kerndepartement, Rijkswaterstaat, het KNMI en de ILT samen.');
table(
  ['Jaar', 'Vernieuwing', 'Beheer en onderhoud', 'Totaal'],
  ['l', 'r', 'r', 'r'],
  [
    ...kosten.map((k) => [String(k.jaar), euros(k.vernieuwing), euros(k.beheer_en_onderhoud), euros(k.vernieuwing + k.beheer_en_onderhoud)]),
    ['**Totaal**', euros(totalV), euros(totalB), euros(totalV + totalB)],
  ],
);
h(3, '7.1 Toelichting per jaar');
kosten.forEach((k, i) => {
  const prev = kosten[i - 1];
  const change = prev ? ((k.beheer_en_onderhoud - prev.beheer_en_onderhoud) / prev.beheer_en_onderhoud) * 100 : 0;
  body.push(
    bullet(
      `**${k.jaar}**: vernieuwing € ${mln(k.vernieuwing)} mln, beheer en onderhoud € ${mln(k.beheer_en_onderhoud)} mln${prev ? ` (${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1).replace('.', ',')} % ten opzichte van ${prev.jaar})` : ''}.`,
    ),
  );
});
body.push('');
h(3, '7.2 Dekking en onzekerheden');
list([
  'De reeks is gedekt binnen de begrotingen van hoofdstuk XII en het Mobiliteitsfonds en Deltafonds voor zover het ICT van objecten betreft.',
  'Voor de grote activiteiten is een risicoreservering opgenomen binnen de totale kosten; die is niet apart in de tabel opgenomen.',
  'Prijsbijstelling is tot en met 2026 verwerkt; latere prijsbijstelling volgt de rijksbrede systematiek.',
]);

// 8 ---------------------------------------------------------------------------------------------
h(2, '8. Informatiebeveiliging en privacy');
p('IenW beheert vitale infrastructuur. Informatiebeveiliging gaat daarom over kantoor-IT én over de operationele technologie die keringen, tunnels, sluizen en bruggen bestuurt. De aanpak volgt de BIO2 en is risicogestuurd; voor vitale aanbieders gelden daarnaast de eisen uit de Cyberbeveiligingswet.');
h(3, '8.1 Informatiebeveiliging');
list([
  'Nulmeting BIO2 voor alle onderdelen in 2026; daarna jaarlijks een in-control-verklaring per onderdeel.',
  'Scheiding van OT- en IT-netwerken voor alle objecten, met centrale bewaking door het Security Operations Center.',
  'Jaarlijkse pentests voor internetgerichte voorzieningen en tweejaarlijkse red-teamoefeningen voor vitale processen.',
  'Leveranciers van vitale systemen leggen jaarlijks verantwoording af over hun beveiliging.',
  'Crisisoefeningen samen met de veiligheidsregio’s en de waterschappen.',
]);
h(3, '8.2 Privacy');
p('Voor elke verwerking met een hoog risico voert IenW een DPIA uit volgens het Rijksmodel DPIA (versie 3.0). De Chief Privacy Officer bewaakt de opvolging. Camerabeelden op wegen en vaarwegen, reisplannen in de binnenvaart en inspectiegegevens zijn de verwerkingen met de meeste aandacht.');
table(
  ['Verwerking', 'DPIA', 'Opvolging'],
  ['l', 'l', 'l'],
  [
    ['Camerabeelden verkeerscentrales', 'uitgevoerd in 2025', 'bewaartermijnen verkort'],
    ['Reisplannen binnenvaart', 'uitgevoerd in 2024', 'toegang beperkt tot verkeersposten'],
    ['Inspectiegegevens ILT', 'herzien in 2026', 'dataminimalisatie in nieuwe toezichtsysteem'],
    ['Data-analyse voor risicogericht toezicht', 'uitgevoerd vóór start', 'IAMA en registratie in het Algoritmeregister'],
  ],
);

// 9 ---------------------------------------------------------------------------------------------
h(2, '9. Informatiehuishouding en openbaarheid');
p('De Archiefwet en de Wet open overheid vragen een informatiehuishouding waarin informatie bij het ontstaan goed wordt vastgelegd, vindbaar is en tijdig openbaar gemaakt kan worden. IenW rondt het verbeterplan Open op Orde in 2027 af.');
list([
  'Eén zaaksysteem voor het kerndepartement en de ILT, met metadata volgens het MDTO.',
  'Automatische archivering van e-mail en berichten op zakelijke apparaten.',
  'Actieve openbaarmaking van de informatiecategorieën uit de Woo via de landelijke voorziening.',
  'Overdracht van archieven ouder dan twintig jaar naar het Nationaal Archief, via het e-depot.',
  'Een jaarlijks verslag aan de bestuursraad over de staat van de informatiehuishouding.',
], '1.');
p('Woo-verzoeken worden in één werkproces behandeld. IenW publiceert elk kwartaal het aantal verzoeken, de doorlooptijden en de mate waarin de wettelijke termijn is gehaald.');

// 10 --------------------------------------------------------------------------------------------
h(2, '10. Levenscyclusmanagement en legacy');
p('De Algemene Rekenkamer heeft in eerdere verantwoordingsonderzoeken onvolkomenheden gemeld in het levenscyclusmanagement van ICT-systemen bij Rijkswaterstaat. Het levenscyclusprogramma pakt die aan.');
h(3, '10.1 Stand van zaken');
table(
  ['Categorie', 'Aantal systemen', 'Aanpak'],
  ['l', 'r', 'l'],
  [
    ['Zonder leveranciersondersteuning', '23', 'vervangen of uitfaseren vóór 2029'],
    ['Ondersteuning eindigt binnen drie jaar', '41', 'vervanging opnemen in het portfolio'],
    ['Kennis bij één persoon of leverancier', '17', 'kennisborging en documentatie'],
    ['Actueel en ondersteund', '612', 'regulier levenscyclusbeheer'],
  ],
);
h(3, '10.2 Systemen met de hoogste prioriteit');
table(
  ['Systeem', 'Domein', 'Probleem', 'Uiterlijk vervangen of uitgezet'],
  ['l', 'l', 'l', 'r'],
  DOMAINS.flatMap((d) => d.systems.slice(0, 2).map((s) => [s, d.name, pick(['leverancier stopt ondersteuning', 'verouderd besturingssysteem', 'kennis bij één leverancier', 'maatwerk zonder documentatie']), String(int(2026, 2029))])),
);
h(3, '10.3 Aanpak');
list([
  'Elk systeem krijgt een levenscyclusplan met een geplande vervangings- of uitfaseringsdatum.',
  'Vervanging van OT-systemen volgt het onderhoudsvenster van de objecten.',
  'De mainframe-omgeving van Rijkswaterstaat wordt uiterlijk in 2029 uitgefaseerd.',
  'De CIO rapporteert elk kwartaal over de opvolging van de onvolkomenheden aan de secretaris-generaal.',
]);

// 11 --------------------------------------------------------------------------------------------
h(2, '11. I-vakmanschap');
p('IenW heeft ongeveer 2.400 fte in IV-functies, waarvan 38 % extern ingehuurd. Dat maakt de organisatie kwetsbaar en duur. Doel is een aandeel extern van 25 % in 2030.');
list([
  'Werving via het Rijks ICT-traineeship, de eigen traineeships van Rijkswaterstaat en samenwerking met hogescholen.',
  'Een opleidingsprogramma voor OT-security, architectuur, data en cloud.',
  'Loopbaanpaden voor IV-specialisten naast het leidinggevende pad.',
  'Kennisborging bij het einde van inhuur: elke inhuuropdracht kent een overdrachtsplan.',
  'Basisvaardigheden digitaal werken en informatiebeveiliging voor alle medewerkers.',
]);

// 12 --------------------------------------------------------------------------------------------
h(2, "12. Risico's en randvoorwaarden");
table(
  ['Risico', 'Kans', 'Gevolg', 'Beheersmaatregel'],
  ['l', 'l', 'l', 'l'],
  [
    ['Schaarste aan IV- en OT-specialisten', 'hoog', 'vertraging van grote activiteiten', 'vaste kernteams, opleidingsprogramma'],
    ['Cyberaanval op vitale objecten', 'midden', 'uitval van keringen, tunnels of sluizen', 'OT-segmentatie, bewaking, oefeningen'],
    ['Uitval van verouderde systemen', 'midden', 'verstoring van dienstverlening', 'levenscyclusprogramma'],
    ['Afhankelijkheid van enkele leveranciers', 'hoog', 'hogere kosten, beperkte exit', 'exitstrategie bij elke aanbesteding'],
    ['Stapeling van wijzigingen bij ketenpartners', 'midden', 'overbelasting van de keten', 'gezamenlijke wijzigingskalender'],
  ],
);
p('Randvoorwaarden: de financiële reeks in hoofdstuk 7 blijft beschikbaar, de rijksbrede voorzieningen waarop IenW steunt blijven beschikbaar, en ketenpartners stemmen in met de planning van gezamenlijke wijzigingen.');

// 13 --------------------------------------------------------------------------------------------
h(2, '13. Sturing en CIO-stelsel');
p('Dit plan is geschreven onder het Besluit CIO-stelsel Rijksdienst 2025. De CIO van IenW stuurt op de informatievoorziening van het hele departement, samen met de Chief Data Officer, de Chief Technology Officer en de Chief Privacy Officer, die onder de CIO vallen. Rijkswaterstaat, het KNMI en de ILT hebben elk een eigen CIO die hiërarchisch onder de eigen leiding valt en functioneel onder de departementale CIO.');
list([
  'De bestuursraad stelt het plan vast en bespreekt twee keer per jaar de voortgang op de doelstellingen.',
  'De CIO geeft vooraf advies over elke ICT-activiteit vanaf € 1 mln en over elke melding aan het AcICT.',
  'Het portfoliooverleg weegt nieuwe aanvragen tegen capaciteit, architectuur en de financiële reeks.',
  'De architectuurraad toetst besluiten met gevolgen voor het landschap vooraf.',
  'Het plan wordt jaarlijks geactualiseerd en gedeeld met de CIO Rijk.',
]);

// ---------------------------------------------------------------------------------------------

while (body[body.length - 1] === '') body.pop();
const text = `${fm.join('\n')}\n\n${body.join('\n')}\n`;
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.split('\n').length - 1} lines)`);
}
