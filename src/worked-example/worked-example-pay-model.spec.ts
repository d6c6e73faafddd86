import { recordedExample } from '../../test/fixtures/worked-example';
import { mtfpToJson } from '../mtfp';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: the 2019/20 pay model – pay by group, on-costs, the pension rise and establishment', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });
  const year19 = () => mtfpToJson(latest.mtfp('herts', '2019/20', 1)).years[0];

  it('shows each group’s pay before on-costs and its on-costs at the 2019/20 rates, officers at 31.0 %', () => {
    const groups = year19().expenditure.payGroups;
    // Officers £60.5m: pension × 31.0 % = £18,755,000, NI × 10 % = £6,050,000; staff £24.5m: LGPS × 18 % = £4,410,000,
    // NI £2,450,000; PCSOs £5.0m: £900,000 and £500,000. Levy (£90.0m − £3m) × 0.5 % = £435,000, shared by pay:
    // officers × 60.5/90 = £292,416.666…, staff × 24.5/90 = £118,416.666…, PCSOs × 5/90 = £24,166.666….
    expect(
      groups.map((g) => [
        g.group,
        g.total.value,
        g.onCosts?.pensionRate.value,
        g.onCosts?.pension.value,
        g.onCosts?.apprenticeshipLevy.value,
      ]),
    ).toEqual([
      ['officers', '60500000.00', '0.31', '18755000.00', '292416.67'],
      ['staff', '24500000.00', '0.18', '4410000.00', '118416.67'],
      ['pcsos', '5000000.00', '0.18', '900000.00', '24166.67'],
    ]);
    expect(groups[0].onCosts?.pensionScheme).toBe('police');
    // On-costs £18,755,000 + £6,050,000 + £4,410,000 + £2,450,000 + £900,000 + £500,000 + £435,000 = £33,500,000;
    // with pay £90.0m: £123.5m, the budget's own pay as published (£184.5m less the BCH joint units' £61.0m).
    expect(year19().expenditure.payOnCosts.value).toBe('33500000.00');
    expect(year19().expenditure.pay.value).toBe('90000000.00');
  });

  it('keeps the published plan: expenditure £221.1m, NRE £208.1m, funding £203.4m, reserves £4.7m, nothing to find', () => {
    const year = year19();
    // Pay £90.0m + on-costs £33.5m + non-pay £36.6m (£31.2m + £1.6m + £3.8m) + the BCH contribution £61.0m = £221.1m.
    expect(year.expenditure.total.value).toBe('221100000.00');
    expect(year.nre.value).toBe('208100000.00');
    expect(year.funding.total.value).toBe('203400000.00');
    expect(year.gap.value).toBe('4700000.00');
    expect(year.savingsToIdentify.value).toBe('0.00');
    expect(latest.mtfp('herts', '2019/20', 1).warnings).toEqual([]);
  });

  it('records the rise from 21.3 % to 31.0 % from April 2019: £5,868,500 more on the officers’ £60.5m', () => {
    const facts = latest.forceFinance('herts');
    expect([facts.payOnCostRates?.['2018/19']?.officersPension, facts.payOnCostRates?.['2019/20']?.officersPension]).toEqual([
      '0.213',
      '0.31',
    ]);
    // At 21.3 % the officers' pension would be £60.5m × 0.213 = £12,886,500; at 31.0 % £18,755,000: £5,868,500 more,
    // of which the £2.0m pensions grant meets a part (net £16,755,000, worked-example-pensions-grant.spec.ts).
    const officers = year19().expenditure.payGroups[0];
    expect(officers.onCosts?.funding?.pension?.net.value).toBe('16755000.00');
    // 2018/19 rolls forward from the 2015/16 budget, whose pay lines name no group: the 21.3 % changes none of its figures.
    const y18 = mtfpToJson(latest.mtfp('herts', '2018/19', 1)).years[0];
    expect([y18.expenditure.payGroups, y18.expenditure.payOnCosts.value]).toEqual([[], '0.00']);
  });

  it('shows each group’s establishment in the base year: the ratio 1 and no effect, citing the event', () => {
    const establishment = year19().expenditure.payGroups.map((g) => [g.group, g.establishment?.fte.value, g.establishment?.ratio]);
    expect(establishment).toEqual([
      ['officers', '1430.00', '1.0000'],
      ['staff', '880.00', '1.0000'],
      ['pcsos', '190.00', '1.0000'],
    ]);
    const officers = latest.mtfp('herts', '2019/20', 1).years[0].expenditure.payGroups[0];
    expect(officers.establishment?.effect.value.toPence()).toBe('0.00');
    expect(officers.establishment?.fte.sources).toHaveLength(1);
  });

  it('is not in the 2016 plan as it stood', () => {
    const year = plan2016.mtfp('herts', '2019/20', 1).years[0];
    expect([year.expenditure.payGroups, year.expenditure.payOnCosts.value.toPence()]).toEqual([[], '0.00']);
  });
});
