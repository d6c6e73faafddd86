import { PlanReader } from '../planning/plan-reader';
import { baselineFacts } from '../../test/fixtures/scenario-baseline.fixture';
import { stressModelFromMtfp } from './stress-model';

describe('stressModelFromMtfp', () => {
  const plan = new PlanReader(baselineFacts()).mtfp('herts', '2016/17', 4);
  const model = stressModelFromMtfp(plan);

  it('takes each year’s figures from the MTFP, and the years the plan rolled them from', () => {
    const [y16, y17] = model.years;
    expect(y16).toMatchObject({
      year: '2016/17',
      pay: 100_000_000,
      nonPay: 30_000_000,
      income: 5_000_000,
      grantFixed: 56_000_000,
      grantProjected: 0,
      bandD: 147,
      taxBase: 420_000,
    });
    expect(y16).toMatchObject({ payRolledFrom: 1, grantRolledFrom: 1, taxBaseRolledFrom: 1 }); // all recorded for 2016/17: nothing rolled in it
    expect(y17).toMatchObject({
      pay: 101_000_000,
      grantProjected: 49_500_000,
      grantFixed: 6_000_000,
      savings: 400_000,
      plannedReserveUse: 4_450_000,
    });
    expect(y17).toMatchObject({
      payRolledFrom: 1,
      grantRolledFrom: 1,
      taxBaseRolledFrom: 1,
      rates: { payAward: 0.01, nonPayInflation: 0.02, grantChange: -0.01, taxBaseGrowth: 0.01 },
    });
    expect(y17.plan.gap).toBe(plan.years[1].gap.value.toPence());
  });

  it('lists earmarked reserves before general ones (the order shortfalls draw on them), with their planned movements', () => {
    expect(model.reserves.map((r) => r.reserveId)).toEqual(['budget-support', 'general']);
    expect(model.reserves[0]).toMatchObject({
      opensAt: 0,
      opening: 25_300_000,
      drawdowns: [4_450_000, 4_450_000, 4_450_000, 4_450_000],
      contributions: [0, 0, 0, 0],
    });
    expect(model.minimumGeneralReserveShare).toBe(0.03);
  });

  it('starts the roll within the model when the plan starts later than its base year', () => {
    const later = stressModelFromMtfp(new PlanReader(baselineFacts()).mtfp('herts', '2018/19', 2));
    expect(later.years.map((y) => [y.payRolledFrom, y.grantRolledFrom, y.taxBaseRolledFrom])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});
