import { recordedExample } from '../../test/fixtures/worked-example';
import { benefitsRealisation } from '../benefits-realisation/benefits-realisation';
import type { MtfpExternalSaving } from '../mtfp/mtfp-projection';
import { PlanReader } from '../planning/plan-reader';

const JPS = 'alliance:bch:programme:jps-savings';

/**
 * Joint Protective Services' savings recur, but 2020/21's £0.3m is planned as a one-off and 2021/22's
 * £0.4m recurs (bch-one-off-saving-2020.ts, illustrative). Hertfordshire bears 40 % of JPS.
 */
describe('the worked example: a one-off year in the recurring JPS savings (illustrative)', () => {
  let latest: PlanReader;
  let plan2016: PlanReader;

  beforeAll(async () => {
    ({ latest, plan2016 } = await recordedExample());
  });

  const pence = (s: MtfpExternalSaving | undefined) => s && [s.amount.value.toPence(), s.yearRecurrence, s.recurring?.fromYears ?? null];

  it("takes Hertfordshire's 40 % of the one-off off 2020/21 only; 2021/22 carries its own increment, not the one-off", () => {
    const years = latest.mtfp('herts', '2019/20', 3).years;
    const counted = years.map((y) => y.expenditure.externalSavings.find((s) => s.code === JPS));
    // 2019/20: nothing new (the 2019/20 budget holds every JPS increment to 2018/19).
    expect(counted[0]).toBeUndefined();
    // 2020/21: 40 % × £0.3m = £120,000, one-off; the earlier increments are all in the base budget.
    expect(pence(counted[1])).toEqual(['120000.00', 'one_off', null]);
    // 2021/22: 40 % × £0.4m = £160,000, recurring – and nothing of 2020/21's £120,000.
    expect(pence(counted[2])).toEqual(['160000.00', 'recurring', ['2021/22']]);
    expect(counted[2]?.recurring?.carried.value.toPence()).toBe('0.00');
    // In the base budget every year: 40 % of the £8.9m realised 2012/13–2018/19 = £3,560,000.
    const inBase = years.map((y) => y.expenditure.externalSavingsInBaseBudget.find((s) => s.code === JPS)?.amount.value.toPence());
    expect(inBase).toEqual(['3560000.00', '3560000.00', '3560000.00']);
  });

  it('shows the one-off in the cumulative savings delivered but not in the effect on 2021/22 budgets, which reconciles with the MTFP', () => {
    const report = benefitsRealisation(latest.alliance('bch')!, { nre: latest.nreForShareBases([latest.alliance('bch')!]) });
    const jps = report.programmes.find((p) => p.programmeCode === 'jps-savings')!;
    const after = jps.years.filter((y) => y.year >= '2019/20');
    // Cumulative: £8.9m realised to 2018/19; + £0 (2019/20); + £0.3m = £9.2m; + £0.4m = £9.6m.
    // Budget effect: £8.9m; £8.9m; £8.9m + £0.3m = £9.2m; £8.9m + £0.4m = £9.3m (the one-off does not carry).
    expect(
      after.map((y) => [y.year, y.recurrence, y.bestEstimate.toPence(), y.cumulative.bestEstimate.toPence(), y.budgetEffect.toPence()]),
    ).toEqual([
      ['2019/20', 'recurring', '0.00', '8900000.00', '8900000.00'],
      ['2020/21', 'one_off', '300000.00', '9200000.00', '9200000.00'],
      ['2021/22', 'recurring', '400000.00', '9600000.00', '9300000.00'],
    ]);
    // Herts 2021/22: £3,560,000 in its base budget + £160,000 counted = £3,720,000, its budget effect.
    expect(after[2].members.find((m) => m.force === 'herts')?.budgetEffect?.toPence()).toBe('3720000.00');
    // Still £15.0m realised since 2012/13: the later years are plans.
    expect(report.total.realised?.toPence()).toBe('15000000.00');
  });

  it('leaves the 2016 plan as it was: the steps are recorded after it', () => {
    expect(
      plan2016
        .alliance('bch')
        ?.programmes.find((p) => p.programmeCode === 'jps-savings')
        ?.history.some((e) => e.year === '2020/21'),
    ).toBe(false);
  });
});
