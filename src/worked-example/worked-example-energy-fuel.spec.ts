import { recordedExample } from '../../test/fixtures/worked-example';
import { mtfpToJson } from '../mtfp';
import { PlanReader } from '../planning/plan-reader';

/**
 * Hertfordshire's 2019/20 supplies (£31.2m, Plan 2019) with its premises energy (£2.5m) and vehicle
 * fuel (£1.5m) apart, each naming its inflation category (hertfordshire-energy-fuel-2019.ts, illustrative).
 */
describe('the worked example: energy and fuel apart in the 2019/20 budget (illustrative)', () => {
  let latest: PlanReader;
  let plan2016: PlanReader;

  beforeAll(async () => {
    ({ latest, plan2016 } = await recordedExample());
  });

  it('leaves 2019/20 as published: the lines name their categories, and nothing is inflated in the base year', () => {
    const json = mtfpToJson(latest.mtfp('herts', '2019/20', 1));
    const line = (code: string) => json.years[0].expenditure.lines.find((l) => l.code === code);
    expect(line('supplies-energy')).toMatchObject({
      amount: { value: '2500000.00' },
      inflationCategory: { category: 'energy', rate: null, basis: null },
    });
    expect(line('supplies-fuel')).toMatchObject({
      amount: { value: '1500000.00' },
      inflationCategory: { category: 'fuel', rate: null, basis: null },
    });
    expect(line('supplies')?.inflationCategory).toBeUndefined();
    // Gross £221.1m and NRE £208.1m, as published; no warnings.
    expect([json.years[0].expenditure.total.value, json.years[0].nre.value]).toEqual(['221100000.00', '208100000.00']);
    expect(json.warnings).toEqual([]);
  });

  it("moves them in 2020/21 by the plan's non-pay inflation, with a warning naming each, while no category rate is recorded", () => {
    const json = mtfpToJson(latest.mtfp('herts', '2020/21', 1));
    const line = (code: string) => json.years[0].expenditure.lines.find((l) => l.code === code);
    // No assumptions for 2020/21 (beyond the plan period): 2019/20's 2 % non-pay inflation carries.
    // Energy £2.5m × 1.02 = £2,550,000; fuel £1.5m × 1.02 = £1,530,000; the rest £27.2m × 1.02 = £27,744,000.
    expect(['supplies', 'supplies-energy', 'supplies-fuel'].map((code) => line(code)?.amount.value)).toEqual([
      '27744000.00',
      '2550000.00',
      '1530000.00',
    ]);
    expect(line('supplies-fuel')?.inflationCategory).toMatchObject({
      category: 'fuel',
      rate: { value: '0.02' },
      basis: 'non_pay_inflation',
    });
    expect(json.warnings).toEqual(
      expect.arrayContaining([
        "No energy inflation rate is recorded for 2020/21: Premises energy (supplies-energy), in category energy, moves by the plan's non-pay inflation (2.00 %) instead",
        "No fuel inflation rate is recorded for 2020/21: Vehicle fuel (supplies-fuel), in category fuel, moves by the plan's non-pay inflation (2.00 %) instead",
      ]),
    );
  });

  it('leaves the 2016 plan as it was', () => {
    expect(plan2016.mtfp('herts', '2019/20', 1).years[0].nre.value.toPence()).toBe('190000000.00');
  });
});
