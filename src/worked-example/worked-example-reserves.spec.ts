import { recordedExample } from '../../test/fixtures/worked-example';
import { mtfpToJson } from '../mtfp';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: reserves by purpose (Home Office reserves guidance, 2018) and the plan beside the outturn', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  it('publishes the reserves by purpose, with the planned use of each', () => {
    const [y16, , , y19] = mtfpToJson(latest.mtfp('herts', '2016/17', 4)).years;
    expect(
      y16.reservesByPurpose.map((g) => [g.purposeCategory, g.reserveIds, g.opening.value, g.plannedDrawdowns.value, g.closing.value]),
    ).toEqual([
      // £25.3m + £9.7m = £35.0m; planned use £4.45m + £0.6m = £5.05m; closing £35.0m − £5.05m = £29.95m.
      ['within_mtfp', ['budget-support', 'specific-change'], '35000000.00', '5050000.00', '29950000.00'],
      ['contingency', ['general'], '13300000.00', '0.00', '13300000.00'],
    ]);
    // 2019/20: base-budget support £25.3m − 4 × £4.45m = £7.5m, specific change £9.1m less the £0.2m it puts
    // into the 2017/18 fleet replacement (hertfordshire-capital-programme.ts) = £8.9m; general £13.3m − £0.25m.
    expect(y19.reservesByPurpose.map((g) => [g.purposeCategory, g.closing.value])).toEqual([
      ['within_mtfp', '16400000.00'],
      ['contingency', '13050000.00'],
    ]);
    // Before the guidance (the 2016 plan) the earmarked reserves had no recorded purpose.
    const before = plan2016.mtfp('herts', '2016/17', 1).years[0].reservesByPurpose;
    expect(before.map((g) => g.purposeCategory)).toEqual(['contingency', 'unclassified']);
  });

  it('flags the general reserve above 5 % of NRE, which the guidance asks a PCC to justify', () => {
    const [y16, , , y19] = mtfpToJson(latest.mtfp('herts', '2016/17', 4)).years;
    // 2016/17: £13.3m against 5 % of £187.0m = £9.35m. 2019/20: £13.05m against 5 % of £208.1m = £10.405m.
    expect(y16.generalReserve).toMatchObject({ guidanceCeiling: { value: '9350000.00' }, aboveGuidanceCeiling: true, belowMinimum: false });
    expect(y19.generalReserve).toMatchObject({ guidanceCeiling: { value: '10405000.00' }, aboveGuidanceCeiling: true });
    expect(y19.alerts).toEqual([
      'General reserves close 2019/20 at £13,050,000.00, above £10,405,000.00 (5 % of NRE): the Home Office reserves guidance (2018) asks for the level to be justified',
    ]);
  });

  it('keeps the planned 2016/17 drawdown beside its outturn', () => {
    const support = mtfpToJson(latest.mtfp('herts', '2016/17', 1)).years[0].reserves.find((r) => r.reserveId === 'budget-support')!;
    expect(support.plannedAndActual.drawdowns).toMatchObject({
      planned: { value: '4450000.00' },
      actual: { value: '4450000.00' },
      variance: { value: '0.00' },
    });
    expect(support.closing.value).toBe(support.plannedClosing.value);
  });
});
