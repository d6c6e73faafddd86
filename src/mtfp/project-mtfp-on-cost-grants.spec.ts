import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';

const pensionsGrant = (amount: string, kind: 'specific' | 'ring_fenced' = 'specific'): ForceFinanceEvent => ({
  type: 'SpecificGrantRecorded.v1',
  data: {
    grantId: 'pensions-grant',
    name: 'Police pensions grant',
    kind,
    year: '2019/20',
    amount,
    fundsOnCost: { group: 'officers', onCost: 'pension' },
  },
});

/** Officers £60m and staff £25m in the 2019/20 base budget; officers' employer pension 31.0 %, LGPS 18 %, NI 10 %. */
const events: Record<string, ForceFinanceEvent> = {
  plan: { type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2019/20' } },
  budget19: {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2019/20',
      lines: [
        { code: 'officer-pay', name: 'Police officers', kind: 'pay', amount: '60000000', payGroup: 'officers' },
        { code: 'staff-pay', name: 'Police staff', kind: 'pay', amount: '25000000', payGroup: 'staff' },
      ],
    },
  },
  rates19: {
    type: 'PayOnCostRatesSet.v1',
    data: { year: '2019/20', officersPension: '0.31', staffPension: '0.18', employerNationalInsurance: '0.1' },
  },
};

/** The warnings about the pensions grant (the fixture records no settlement, tax base or Band D, which are warned of too). */
const aboutGrants = (warning: string) => warning.startsWith('Police pensions grant');

describe('projectMtfp: a specific grant tied to a pay group’s employer pension', () => {
  const project = (more: Record<string, ForceFinanceEvent>) =>
    projectMtfp({ facts: factsFrom({ ...events, ...more }), from: '2019/20', years: 1 });

  it('shows the pension, the grant against it and the net, and the grant beside the cost it funds', () => {
    const mtfp = project({ grant: pensionsGrant('2000000') });
    const officers = mtfp.years[0].expenditure.payGroups.find((g) => g.group === 'officers')!;
    // Officers' pension £60,000,000 × 31.0 % = £18,600,000; the grant £2,000,000 against it; net £16,600,000.
    const pension = officers.onCosts!.funding!.pension!;
    expect([pension.cost, pension.granted, pension.net].map((f) => f.value.toPence())).toEqual([
      '18600000.00',
      '2000000.00',
      '16600000.00',
    ]);
    expect(pension.fundedBy.map((g) => [g.grantId, g.amount.value.toPence()])).toEqual([['pensions-grant', '2000000.00']]);
    expect(pension.net.sources).toEqual(expect.arrayContaining(['budget19', 'rates19', 'grant']));
    const [grant] = mtfpToJson(mtfp).years[0].funding.specificGrants;
    expect(grant.funds).toEqual({
      onCost: { group: 'officers', onCost: 'pension' },
      name: "Police officers' employer pension",
      spend: { value: '18600000.00', sources: ['budget19', 'rates19'] },
    });
    // Staff's on-costs have no grant against them.
    expect(mtfp.years[0].expenditure.payGroups.find((g) => g.group === 'staff')!.onCosts!.funding).toBeNull();
    expect(mtfp.warnings.filter(aboutGrants)).toEqual([]);
  });

  it('funds the budget, not the expenditure: the grant is in funding, the pension stays in expenditure', () => {
    const without = project({}).years[0];
    const withGrant = project({ grant: pensionsGrant('2000000') }).years[0];
    // Expenditure: pay £85m + on-costs (officers £18.6m + £6.0m NI, staff £4.5m + £2.5m NI, levy (£85m − £3m) × 0.5 % = £410,000)
    // = £85m + £32,010,000 = £117,010,000, with or without the grant; the gap falls by the £2.0m grant.
    expect([without, withGrant].map((y) => y.expenditure.total.value.toPence())).toEqual(['117010000.00', '117010000.00']);
    expect(without.gap.value.minus(withGrant.gap.value).toPence()).toBe('2000000.00');
  });

  it('warns when the grant is more than the pension it funds, whatever its kind', () => {
    const mtfp = project({ grant: pensionsGrant('20000000', 'ring_fenced') });
    // £20,000,000 − £18,600,000 = £1,400,000 over.
    expect(mtfp.years[0].expenditure.payGroups[0].onCosts!.funding!.pension!.net.value.toPence()).toBe('-1400000.00');
    expect(mtfp.warnings.filter(aboutGrants)).toEqual([
      "Police pensions grant of £20,000,000.00 in 2019/20 is more than the Police officers' employer pension it funds (£18,600,000.00): £1,400,000.00 funds nothing it is meant for",
    ]);
  });

  it('warns when the plan has no on-cost for the grant to fund (no on-cost rates: pay includes its on-costs)', () => {
    const { rates19: _rates, ...withoutRates } = events;
    const mtfp = projectMtfp({ facts: factsFrom({ ...withoutRates, grant: pensionsGrant('2000000') }), from: '2019/20', years: 1 });
    expect(mtfp.years[0].funding.specificGrants[0].funds?.spend.value.toPence()).toBe('0.00');
    expect(mtfp.warnings.filter(aboutGrants)).toEqual([
      "Police pensions grant in 2019/20 funds Police officers' on-costs, but the plan has none for them in 2019/20: no on-cost rates are recorded (their pay is taken to include its on-costs) or no pay line names the group",
    ]);
  });
});
