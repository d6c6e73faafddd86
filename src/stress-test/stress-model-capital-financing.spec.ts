import { Money } from '../common/money';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { projectMtfp } from '../mtfp/project-mtfp';
import type { DistributionSpec } from './distribution';
import { runStressTest } from './run-stress-test';
import { stressModelFromMtfp } from './stress-model';

const exact = (value: string): DistributionSpec => ({ kind: 'normal', mean: value, sd: '0' });

/** £400,000 of vans in 2016/17, all borrowed over 4 years at 5 %. */
const BORROWING_FOR_VANS = {
  rates: { type: 'CapitalFinancingAssumptionsSet.v1', data: { year: '2016/17', interestRate: '0.05', mrpMethod: 'straight_line' } },
  vans: {
    type: 'CapitalSchemeRecorded.v1',
    data: {
      schemeId: 'vans',
      name: 'Vans',
      year: '2016/17',
      cost: '400000',
      funding: { capitalGrant: '0', capitalReceipts: '0', revenueContribution: '0', reserves: '0', borrowing: '400000' },
      assetLifeYears: 4,
    },
  },
} as const;

describe('stressModelFromMtfp: capital financing', () => {
  it('counts the capital financing line as a fixed cost, so the model’s gap is the plan’s', () => {
    const mtfp = (events: typeof baseEvents) => projectMtfp({ facts: factsFrom(events), from: '2017/18', years: 1 });
    const model = (events: typeof baseEvents) => stressModelFromMtfp(mtfp(events));
    const plain = model(baseEvents);
    const withBorrowing = model({
      ...baseEvents,
      ...BORROWING_FOR_VANS,
    });
    // 2017/18: MRP 400,000 ÷ 4 = 100,000 + interest 400,000 × 5 % = 20,000 = 120,000 more fixed cost, and a gap 120,000 larger
    expect(withBorrowing.years[0].costPressuresAndGrowth - plain.years[0].costPressuresAndGrowth).toBe(120_000);
    expect(Money.of(withBorrowing.years[0].plan.gap).minus(Money.of(plain.years[0].plan.gap)).toExact()).toBe('120000');
  });

  it('reproduces the plan’s gap to the penny with every rate pinned at the plan’s own', () => {
    const events = {
      ...baseEvents,
      ...BORROWING_FOR_VANS,
    } as typeof baseEvents;
    const plan = projectMtfp({ facts: factsFrom(events), from: '2017/18', years: 1 });
    const [y] = plan.years;
    const byYear = {
      [y.year]: {
        payAward: exact(y.assumptions.payAward.value.toExact()),
        nonPayInflation: exact(y.assumptions.nonPayInflation.value.toExact()),
        grantChange: exact(y.assumptions.grantChange.value.toExact()),
        taxBaseGrowth: exact(y.assumptions.taxBaseGrowth.value.toExact()),
        savingsDelivery: exact('1'),
      },
    };
    const result = runStressTest(stressModelFromMtfp(plan), { distributions: {}, byYear, paths: 10, seed: 1 });
    expect(result.years[0].gap.p50).toBe(y.gap.value.toPence());
  });
});
