// buildPortfolio: crafted plans, and exactly the rows, totals and notes the portfolio gives.
import { describe, expect, it } from 'vitest';
import { AmountOverflowError, buildPortfolio, type PortfolioEntry } from '../../server/src/core/review/portfolio';
import { CLEAN, framework, lintOutcome, replace } from '../helpers/plans';

const entry = (file: string, text: string): PortfolioEntry => ({ file, plan: lintOutcome(text).plan, framework });

/** CLEAN for another ministry, in another accounting system, with other amounts. */
const OTHER = replace(replace(replace(CLEAN, 'ministerie: BZK', 'ministerie: OCW'), 'boekhoudstelsel: kas-verplichtingen', 'boekhoudstelsel: baten-lasten'), '    beheer_en_onderhoud: 2500000', '    beheer_en_onderhoud: null');

describe('buildPortfolio', () => {
  it('lists every activity with its ministry, plan, oversight, size and impact level', () => {
    const portfolio = buildPortfolio([entry('bzk.iplan.md', CLEAN)]);
    expect(portfolio.activities).toEqual([
      {
        ministerie: 'BZK',
        id: 'A1',
        naam: 'Vervanging zaaksysteem',
        totale_kosten: 7400000,
        status: null,
        dashboard_nummer: 'BZK-0042',
        acict: 'gemeld',
        large: true,
        landschapsimpact: 'hoog',
        plan: 'bzk.iplan.md',
        boekhoudstelsel: 'kas-verplichtingen',
      },
      {
        ministerie: 'BZK',
        id: 'A2',
        naam: 'Inrichting e-depot',
        totale_kosten: 3900000,
        status: null,
        dashboard_nummer: null,
        acict: null,
        large: false,
        landschapsimpact: 'laag',
        plan: 'bzk.iplan.md',
        boekhoudstelsel: 'kas-verplichtingen',
      },
    ]);
    expect(portfolio.plans).toEqual([
      { plan: 'bzk.iplan.md', ministerie: 'BZK', titel: 'Testplan BZK 2026-2028', versie: '1.0', status: 'concept', boekhoudstelsel: 'kas-verplichtingen', van: 2026, tot: 2028, activities: 2 },
    ]);
    expect(portfolio.largeWithoutOversight).toEqual([]);
    expect(portfolio.overlaps).toEqual([]);
  });

  it('never adds up amounts of different accounting systems', () => {
    const portfolio = buildPortfolio([entry('bzk.iplan.md', CLEAN), entry('ocw.iplan.md', OTHER)]);
    expect(portfolio.totals).toEqual([
      {
        boekhoudstelsel: 'kas-verplichtingen',
        perMinistry: [{ ministerie: 'BZK', plans: 1, vernieuwing: 3000000, beheer_en_onderhoud: 6500000, total: 9500000, complete: true }],
        perYear: [
          { jaar: 2026, vernieuwing: 1000000, beheer_en_onderhoud: 2000000, total: 3000000, complete: true },
          { jaar: 2027, vernieuwing: 1500000, beheer_en_onderhoud: 2000000, total: 3500000, complete: true },
          { jaar: 2028, vernieuwing: 500000, beheer_en_onderhoud: 2500000, total: 3000000, complete: true },
        ],
        perComponent: { vernieuwing: 3000000, beheer_en_onderhoud: 6500000, total: 9500000, complete: true },
      },
      {
        boekhoudstelsel: 'baten-lasten',
        // 2028's maintenance is open (null): the sums that would hold it are marked incomplete.
        perMinistry: [{ ministerie: 'OCW', plans: 1, vernieuwing: 3000000, beheer_en_onderhoud: 4000000, total: 7000000, complete: false }],
        perYear: [
          { jaar: 2026, vernieuwing: 1000000, beheer_en_onderhoud: 2000000, total: 3000000, complete: true },
          { jaar: 2027, vernieuwing: 1500000, beheer_en_onderhoud: 2000000, total: 3500000, complete: true },
          { jaar: 2028, vernieuwing: 500000, beheer_en_onderhoud: 0, total: 500000, complete: false },
        ],
        perComponent: { vernieuwing: 3000000, beheer_en_onderhoud: 4000000, total: 7000000, complete: false },
      },
    ]);
  });

  it('adds amounts exactly, to the cent, where floats would drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; ten times 0.1 is 0.9999999999999999.
    let cents = replace(CLEAN, '    vernieuwing: 1000000', '    vernieuwing: 0.1');
    cents = replace(cents, '    vernieuwing: 1500000', '    vernieuwing: 0.2');
    cents = replace(cents, '    vernieuwing: 500000', '    vernieuwing: 1234567.89');
    const portfolio = buildPortfolio(Array.from({ length: 10 }, (_, i) => entry(`bzk-${i}.iplan.md`, cents)));
    const [totals] = portfolio.totals;
    expect(totals.perYear.map((y) => [y.jaar, y.vernieuwing])).toEqual([
      [2026, 1],
      [2027, 2],
      [2028, 12345678.9],
    ]);
    expect(totals.perComponent.vernieuwing).toBe(12345681.9);
    expect(totals.perComponent.total).toBe(12345681.9 + 65000000);
    expect(totals.perMinistry[0]).toMatchObject({ ministerie: 'BZK', plans: 10, vernieuwing: 12345681.9, complete: true });
  });

  it('refuses a sum too large to count exactly rather than give a rounded one', () => {
    const huge = replace(CLEAN, '    vernieuwing: 1000000', '    vernieuwing: 50000000000000');
    expect(() => buildPortfolio([entry('a.iplan.md', huge)])).not.toThrow();
    expect(() => buildPortfolio([entry('a.iplan.md', huge), entry('b.iplan.md', huge)])).toThrow(AmountOverflowError);
  });

  it('names two plans of one ministry that give costs for the same years', () => {
    const later = replace(CLEAN, '  van: 2026\n  tot: 2028', '  van: 2027\n  tot: 2029').replace('  - jaar: 2026\n', '  - jaar: 2029\n');
    const portfolio = buildPortfolio([entry('bzk-2026.iplan.md', CLEAN), entry('bzk-2027.iplan.md', later), entry('ocw.iplan.md', OTHER)]);
    expect(portfolio.overlaps).toEqual([{ ministerie: 'BZK', boekhoudstelsel: 'kas-verplichtingen', years: [2027, 2028], plans: ['bzk-2026.iplan.md', 'bzk-2027.iplan.md'] }]);
    // Both count: the note is there so that the double count is not silent.
    expect(portfolio.totals[0].perMinistry[0]).toMatchObject({ ministerie: 'BZK', plans: 2 });
  });

  it('lists the large activities without a dashboard number or AcICT status, with what they lack', () => {
    const text = replace(replace(CLEAN, '    dashboard_nummer: BZK-0042\n', ''), '    totale_kosten: 3900000', '    totale_kosten: 5000000');
    const portfolio = buildPortfolio([entry('bzk.iplan.md', text)]);
    expect(portfolio.largeWithoutOversight.map((a) => [a.id, a.missing])).toEqual([
      ['A1', ['dashboard_nummer']],
      ['A2', ['dashboard_nummer', 'acict']],
    ]);
  });

  it('counts the objectives per theme, with the ministries that have them', () => {
    const portfolio = buildPortfolio([entry('bzk.iplan.md', CLEAN), entry('ocw.iplan.md', replace(OTHER, 'thema: I-vakmanschap', 'thema: Digitale weerbaarheid'))]);
    expect(portfolio.themes).toEqual([
      { thema: 'Digitale weerbaarheid', objectives: 3, ministries: ['BZK', 'OCW'] },
      { thema: 'I-vakmanschap', objectives: 1, ministries: ['BZK'] },
    ]);
  });

  it('keeps a plan without readable front matter, its sums marked incomplete', () => {
    const portfolio = buildPortfolio([entry('kapot.iplan.md', CLEAN.replace('titel: Testplan', 'titel: Testplan: kapot'))]);
    expect(portfolio.plans[0]).toMatchObject({ plan: 'kapot.iplan.md', ministerie: null, boekhoudstelsel: null, activities: 0 });
    expect(portfolio.totals).toEqual([
      {
        boekhoudstelsel: null,
        perMinistry: [{ ministerie: null, plans: 1, vernieuwing: 0, beheer_en_onderhoud: 0, total: 0, complete: false }],
        perYear: [],
        perComponent: { vernieuwing: 0, beheer_en_onderhoud: 0, total: 0, complete: false },
      },
    ]);
  });
});
