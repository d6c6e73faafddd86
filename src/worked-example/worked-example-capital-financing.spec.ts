import { recordedExample } from '../../test/fixtures/worked-example';
import { mtfpToJson } from '../mtfp';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: capital financing, its own line and not inflated', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  it('is base debt charges + MRP + interest + RCCO in 2016/17–2018/19 (worked in hertfordshire-capital-programme.ts)', () => {
    const years = mtfpToJson(latest.mtfp('herts', '2016/17', 3)).years;
    const line = years.map((y) => [
      y.year,
      y.capitalFinancing.inBaseBudget.value,
      y.capitalFinancing.mrp.value,
      y.capitalFinancing.interest.value,
      y.capitalFinancing.revenueContribution.value,
      y.capitalFinancing.total.value,
    ]);
    expect(line).toEqual([
      // £3.0m + RCCO £60,000
      ['2016/17', '3000000.00', '0.00', '0.00', '60000.00', '3060000.00'],
      // £3.0m + 1,000,000 ÷ 20 + 1,000,000 × 3 %
      ['2017/18', '3000000.00', '50000.00', '30000.00', '0.00', '3080000.00'],
      // £3.0m + (50,000 + 200,000) + ((1,000,000 − 50,000) × 3 % + 1,000,000 × 3 %) = 3,000,000 + 250,000 + 58,500
      ['2018/19', '3000000.00', '250000.00', '58500.00', '0.00', '3308500.00'],
    ]);
    expect(years[1].expenditure.lines.find((l) => l.code === 'capital-financing')).toMatchObject({
      kind: 'capital_financing',
      amount: expect.objectContaining({ value: '3000000.00' }),
    });
  });

  it('keeps 2016/17 NRE at £187.0m, and moves 2017/18 and 2018/19 by the line against the CPI-inflated one of the 2016 plan', () => {
    const now = latest.mtfp('herts', '2016/17', 3).years;
    const then = plan2016.mtfp('herts', '2016/17', 3).years;
    expect(now[0].nre.value.toPence()).toBe('187000000.00');
    // The 2016 plan still rolls its non-pay line on by 2 %: 3,060,000; 3,121,200; 3,183,624.
    // 2017/18: 3,080,000 − 3,121,200 = −41,200; 2018/19: 3,308,500 − 3,183,624 = +124,876.
    const capitalEffect = now.map((y, i) =>
      y.capitalFinancing.total.value.minus(then[i].expenditure.lines.find((l) => l.code === 'capital-financing')!.amount.value).toPence(),
    );
    expect(capitalEffect).toEqual(['0.00', '-41200.00', '124876.00']);
  });

  it('leaves 2019/20 as published: the rebased budget holds the charges of the earlier borrowing', () => {
    const y19 = mtfpToJson(latest.mtfp('herts', '2019/20', 1)).years[0];
    expect(y19.capitalFinancing.total.value).toBe('0.00');
    expect(y19.capitalFinancing.borrowingInBaseBudget).toEqual(['estates-2016:2016-17', 'fleet-2017:2017-18']);
    expect(y19.nre.value).toBe('208100000.00');
  });

  it('shows the programme by year and draws the fleet’s £0.2m from the specific change reserve in 2017/18', () => {
    const [y16, y17] = mtfpToJson(latest.mtfp('herts', '2016/17', 2)).years;
    expect([y16.capitalProgramme.spend.value, y16.capitalProgramme.funding.borrowing.value]).toEqual(['2060000.00', '1000000.00']);
    const f = y17.capitalProgramme.funding;
    expect([f.capitalGrant.value, f.capitalReceipts.value, f.revenueContribution.value, f.reserves.value, f.borrowing.value]).toEqual([
      '0.00',
      '300000.00',
      '0.00',
      '200000.00',
      '1000000.00',
    ]);
    // specific change: £9.7m − £0.6m (2016/17) = £9.1m, − £0.2m in 2017/18 = £8.9m
    expect(y17.reserves.find((r) => r.reserveId === 'specific-change')?.closing.value).toBe('8900000.00');
  });

  it('is not in the 2016 plan as it stood', () => {
    const y17 = plan2016.mtfp('herts', '2017/18', 1).years[0];
    expect(y17.capitalFinancing.total.value.toPence()).toBe('0.00');
    expect(y17.expenditure.lines.find((l) => l.code === 'capital-financing')?.kind).toBe('non_pay');
  });
});
