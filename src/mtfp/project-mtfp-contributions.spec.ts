import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import type { ContributionLine } from './contribution-line';
import { projectMtfp } from './project-mtfp';

/**
 * The base budget (2016/17): pay £100.0m, supplies £30.0m, fees £5.0m income; 2017/18 pay
 * +1 %, non-pay +2 %, income +3 % (test/fixtures/mtfp-facts.fixture.ts).
 */
const contribution = (year: string, org: string, jps: string, replaces?: ContributionLine['replaces']): ContributionLine => ({
  code: 'alliance:tri:contributions',
  name: 'Contribution to Tri-force joint units',
  year,
  amount: (Number(org) + Number(jps)).toFixed(2),
  units: [
    { code: 'org', name: 'Organisational Support', amount: org, sources: ['org-budget', 'org-shares'] },
    { code: 'jps', name: 'Joint Protective Services', amount: jps, sources: ['jps-budget'] },
  ],
  sources: ['org-budget', 'org-shares', 'jps-budget', 'joined'],
  ...(replaces ? { replaces } : {}),
});
const marking = {
  lineCodes: ['supplies'],
  fromYear: '2016/17',
  reason: 'Our share of the units was budgeted as supplies',
  sources: ['mark'],
};

describe('projectMtfp: contributions to joint units', () => {
  it('adds the contribution to expenditure and NRE, citing the events behind it', () => {
    // 2016/17: 100,000,000 + 30,000,000 + (439,024.39 + 12,000,000.00) = 142,439,024.39; NRE − 5,000,000 = 137,439,024.39.
    const mtfp = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2016/17',
      years: 1,
      contributions: [contribution('2016/17', '439024.39', '12000000.00')],
    });
    const [y16] = mtfp.years;
    expect(y16.expenditure.contributions.map((c) => [c.code, c.amount.value.toPence(), c.replacesLines])).toEqual([
      ['alliance:tri:contributions', '12439024.39', []],
    ]);
    expect(y16.expenditure.contributions[0].units.map((u) => [u.code, u.amount.value.toPence(), u.amount.sources])).toEqual([
      ['org', '439024.39', ['org-budget', 'org-shares']],
      ['jps', '12000000.00', ['jps-budget']],
    ]);
    expect(y16.expenditure.contributionsTotal.value.toPence()).toBe('12439024.39');
    expect(y16.expenditure.total.value.toPence()).toBe('142439024.39');
    expect(y16.nre.value.toPence()).toBe('137439024.39');
    expect(y16.nre.sources).toEqual(expect.arrayContaining(['org-budget', 'org-shares', 'jps-budget', 'joined']));
    expect(y16.expenditure.linesReplaced).toEqual([]);
  });

  it('leaves out the base-budget lines the force marked as replaced, from the year the contribution starts, and shows them', () => {
    const mtfp = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2016/17',
      years: 2,
      contributions: [
        contribution('2016/17', '439024.39', '12000000.00', marking),
        contribution('2017/18', '450000.00', '13200000.00', marking),
      ],
    });
    const [y16, y17] = mtfp.years;
    // 2016/17: pay 100,000,000 + contribution 12,439,024.39 = 112,439,024.39 (supplies £30.0m left out); NRE 107,439,024.39.
    expect(y16.expenditure.nonPay.value.toPence()).toBe('0.00');
    expect(y16.expenditure.lines.map((l) => l.code)).toEqual(['pay']);
    expect(y16.expenditure.total.value.toPence()).toBe('112439024.39');
    expect(y16.nre.value.toPence()).toBe('107439024.39');
    expect(y16.expenditure.linesReplaced).toMatchObject([
      { code: 'supplies', replacedBy: 'alliance:tri:contributions', reason: marking.reason },
    ]);
    expect(y16.expenditure.linesReplaced[0].amount.value.toPence()).toBe('30000000.00');
    expect(y16.expenditure.linesReplaced[0].amount.sources).toEqual(['budget16', 'mark']);
    expect(y16.expenditure.contributions[0].replacesLines).toEqual(['supplies']);
    // 2017/18: pay 101,000,000 + 450,000 + 13,200,000 = 114,650,000; income 5,150,000; NRE 109,500,000.
    expect(y17.expenditure.total.value.toPence()).toBe('114650000.00');
    expect(y17.nre.value.toPence()).toBe('109500000.00');
    expect(y17.expenditure.linesReplaced[0].amount.value.toPence()).toBe('30600000.00'); // 30m × 1.02, shown, not counted
  });

  it('keeps a replaced line in years before the contribution starts', () => {
    const later = { ...marking, fromYear: '2017/18' };
    const mtfp = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2016/17',
      years: 1,
      contributions: [contribution('2016/17', '0.00', '0.00', later)],
    });
    expect(mtfp.years[0].expenditure.nonPay.value.toPence()).toBe('30000000.00');
    expect(mtfp.years[0].expenditure.linesReplaced).toEqual([]);
  });

  it('warns when the base budget in use has none of the lines the contribution replaces, and adds it to the budget as it stands', () => {
    const elsewhere = { ...marking, lineCodes: ['joint-units'] };
    const mtfp = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2016/17',
      years: 1,
      contributions: [contribution('2016/17', '0.00', '1000000.00', elsewhere)],
    });
    expect(mtfp.years[0].expenditure.total.value.toPence()).toBe('131000000.00'); // 100m + 30m + 1m
    expect(mtfp.warnings).toContain(
      'Contribution to Tri-force joint units replaces budget lines "joint-units", but the base budget used for 2016/17 has none of them, so in 2016/17 it is added to the base budget as it stands',
    );
  });
});
