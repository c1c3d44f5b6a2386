// A deterministic corpus of realistic I-plans for the benchmark: variations of the bundled clean
// examples (other ministries, years, amounts, longer or shorter sections), a third of them with a
// typical defect, 300–600 lines each. Plain ESM, no dependencies, a fixed seed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../scripts/mulberry32.mjs';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const MINISTRIES = ['AZ', 'BZ', 'BZK', 'DEF', 'EZ', 'FIN', 'IENW', 'JENV', 'KGG', 'LVVN', 'OCW', 'SZW', 'VRO', 'VWS'];

const FILLER = [
  'Het ministerie werkt hierbij samen met de uitvoeringsorganisaties en de CIO Rijk.',
  'De voortgang wordt elk kwartaal besproken in de departementale IV-raad.',
  'Waar mogelijk worden generieke voorzieningen van de Rijksoverheid hergebruikt.',
  'Bij elke wijziging wordt de impact op bestaande koppelingen en gegevensstromen vooraf beoordeeld.',
  'De maatregelen sluiten aan bij de I-strategie Rijk en het Besluit CIO-stelsel Rijksdienst.',
];

/** One plan: a base example with its ministry, paragraphs and (sometimes) a defect varied. */
function variant(base, random, index) {
  let text = base.replace(/^ministerie: \w+/m, `ministerie: ${MINISTRIES[index % MINISTRIES.length]}`);
  const lines = text.split('\n');
  const target = 300 + Math.floor(random() * 300);
  const bodyStart = lines.indexOf('---', 1) + 1;
  // Shrink by dropping list items, or grow with prose paragraphs at blank lines of the body.
  const out = [...lines];
  while (out.length > target && out.findLastIndex((l) => l.startsWith('- ')) > bodyStart) {
    out.splice(out.findLastIndex((l) => l.startsWith('- ')), 1);
  }
  while (out.length < target) {
    const at = bodyStart + 20 + Math.floor(random() * (out.length - bodyStart - 20));
    if (out[at] === '' && !out[at - 1].startsWith('|') && !out[at + 1]?.startsWith('|')) {
      out.splice(at, 0, '', FILLER[Math.floor(random() * FILLER.length)]);
    }
  }
  text = out.join('\n');
  const defect = random();
  if (defect < 0.1) text = text.replace(/\n## [^\n]*Sturing[^\n]*\n/, '\n## Sturing\n\nTODO\n');
  else if (defect < 0.2) text = text.replace(/beheer_en_onderhoud: \d+/, 'beheer_en_onderhoud: 1');
  else if (defect < 0.3) text = text.replace(/\n *dashboard_nummer: "[^"]*"/, '');
  return text;
}

export function writeCorpus(folder, count, seed = 20261128) {
  const random = mulberry32(seed);
  const bases = ['bzk-2026-2029.iplan.md', 'ocw-2025-2028.iplan.md'].map((name) => readFileSync(join(EXAMPLES, name), 'utf8'));
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = `plan-${String(i).padStart(4, '0')}.iplan.md`;
    writeFileSync(join(folder, name), variant(bases[i % bases.length], random, i));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [folder = 'bench-corpus', count = '1000'] = process.argv.slice(2);
  writeCorpus(folder, Number(count));
}
