import { runStressTest } from './run-stress-test';
import { stressModelFromMtfp, type StressModel, type StressModelYear } from './stress-model';
import { projectMtfp } from '../mtfp/project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

/** A year of a hand-made model: no rates (nothing rolls), no precept; figures in pounds. */
const year = (name: string, i: number, figures: Partial<StressModelYear>): StressModelYear => ({
  year: name,
  pay: 0,
  nonPay: 0,
  income: 0,
  costPressuresAndGrowth: 0,
  savings: 0,
  deliveredSavings: 0,
  grantProjected: 0,
  grantFixed: 0,
  taxBase: 0,
  bandD: 0,
  collectionFund: 0,
  plannedReserveUse: 2,
  rates: { payAward: 0, nonPayInflation: 0, grantChange: 0, taxBaseGrowth: 0 },
  payRolledFrom: i + 1,
  grantRolledFrom: i + 1,
  taxBaseRolledFrom: i + 1,
  plan: { gap: '0.00', savingsToIdentify: '0.00' },
  ...figures,
});

/**
 * Three years; an earmarked reserve of £10 with a planned use of £2 a year (the plan's reserve
 * use), a general reserve of £20, a minimum of 5 % of NRE; half of undelivered savings delivered.
 *  2016/17: NRE 130 − 10 × 0.5 − 20 (already delivered) = 105; gap 105 − 95 = 10; left after
 *           the £2 planned use: 8, from the general reserve: 20 → 12 (minimum 5.25: above it).
 *  2017/18: NRE 100, gap 12, left 10: general 12 → 2 (below its minimum of 5); earmarked 8 → 6.
 *  2018/19: gap 10, left 8: general 2 → 0 and £6 goes unfunded; earmarked 6 → 4, only by plan.
 * The old order (earmarked first) would have kept the general reserve at 12 − 4 = 8 in 2017/18.
 */
const model: StressModel = {
  from: '2016/17',
  years: [
    year('2016/17', 0, { pay: 130, savings: 10, deliveredSavings: 20, grantFixed: 95 }),
    year('2017/18', 1, { pay: 100, grantFixed: 88 }),
    year('2018/19', 2, { pay: 100, grantFixed: 90 }),
  ],
  reserves: [
    {
      reserveId: 'support',
      name: 'Budget support',
      kind: 'earmarked',
      opensAt: 0,
      opening: 10,
      contributions: [0, 0, 0],
      drawdowns: [2, 2, 2],
    },
    {
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      opensAt: 0,
      opening: 20,
      contributions: [0, 0, 0],
      drawdowns: [0, 0, 0],
    },
  ],
  minimumGeneralReserveShare: 0.05,
};

describe('stress test: shortfalls hit the general reserve, earmarked reserves move only by their planned use, and delivery risk only touches undelivered savings', () => {
  const half = { kind: 'triangular' as const, min: '0.5', mode: '0.5', max: '0.5' };
  const result = runStressTest(model, { distributions: { savingsDelivery: half }, paths: 10, seed: 1 });
  const closing = (y: number, id: string) => result.years[y].reserves.find((r) => r.reserveId === id)!.closing.p50;

  it('works each year out by hand', () => {
    expect(result.years.map((y) => y.gap.p50)).toEqual(['10.00', '12.00', '10.00']);
    expect([0, 1, 2].map((y) => [closing(y, 'support'), closing(y, 'general')])).toEqual([
      ['8.00', '12.00'],
      ['6.00', '2.00'],
      ['4.00', '0.00'],
    ]);
    expect(result.years.map((y) => y.unfundedShortfall.p50)).toEqual(['0.00', '0.00', '6.00']);
  });

  it('can breach: the general reserve falls below its minimum in 2017/18 and runs out in 2018/19 on every path', () => {
    expect(result.years.map((y) => y.generalReserve?.belowMinimum?.probability)).toEqual(['0.0000', '1.0000', '1.0000']);
    expect(result.years.map((y) => y.usableReserves.exhausted.probability)).toEqual(['0.0000', '0.0000', '1.0000']);
    expect(result.runOut.byYear.map((y) => y.paths)).toEqual([0, 0, 10]);
    expect(result.rules.join(' ')).toMatch(/never on an earmarked reserve/);
  });

  it('takes realised alliance savings out of what delivery risk scales', () => {
    const mtfp = projectMtfp({
      facts: factsFrom(baseEvents),
      from: '2017/18',
      years: 1,
      externalSavings: [
        { code: 'a', name: 'Realised', year: '2017/18', amount: '300000', sources: [], realised: true },
        { code: 'b', name: 'Forecast', year: '2017/18', amount: '200000', sources: [] },
      ],
    });
    const [y17] = stressModelFromMtfp(mtfp).years;
    expect([y17.savings, y17.deliveredSavings]).toEqual([200000, 300000]);
  });
});
