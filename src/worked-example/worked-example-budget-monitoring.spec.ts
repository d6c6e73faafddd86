import { recordedExample } from '../../test/fixtures/worked-example';
import { withoutSources } from '../http/compact-answer';
import { mtfpToJson } from '../mtfp';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: Hertfordshire’s 2016/17 budget monitoring beside the plan', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  it('shows the actual 2016/17 outturn, which superseded the month 6 and 9 forecasts, against the 2016/17 budget', () => {
    const [y16, y17] = withoutSources(mtfpToJson(latest.mtfp('herts', '2016/17', 2)).years);
    const m = y16.monitoring!;
    expect([m.basis, m.asAtMonth, m.position]).toEqual(['actual', null, 'underspend']);
    expect(m.lines.filter((l) => l.reported).map((l) => [l.code, l.budget.value, l.outturn.value, l.variance.value])).toEqual([
      ['officer-pay', '58509300.00', '58909300.00', '400000.00'],
      ['supplies', '17340000.00', '16940000.00', '-400000.00'],
      ['fees', '5500000.00', '5650000.00', '-150000.00'], // £0.15m more income: an underspend
    ]);
    expect(m.items.filter((i) => i.reported).map((i) => [i.itemId, i.variance.value])).toEqual([['daisu', '-200000.00']]);
    // 0.4m − 0.4m − 0.15m − 0.2m = −£0.35m; NRE £187.0m − £0.35m = £186.65m.
    expect(m.nre).toEqual({ budget: { value: '187000000.00' }, outturn: { value: '186650000.00' }, variance: { value: '-350000.00' } });
    // £13.3m + £0.35m = £13.65m, while the plan's general reserve stays at £13.3m.
    expect(m.generalReserve).toMatchObject({
      closing: { value: '13300000.00' },
      closingAfterOutturn: { value: '13650000.00' },
      note: 'An underspend of £350,000.00 would add to the general reserve: it would close 2016/17 at £13,650,000.00',
    });
    expect([y16.nre.value, y16.gap.value]).toEqual(['187000000.00', mtfpToJson(plan2016.mtfp('herts', '2016/17', 1)).years[0].gap.value]);
    expect(y17.monitoring).toBeNull();
  });

  it('is not in the 2016 plan as it stood (phase 1)', () => {
    expect(plan2016.mtfp('herts', '2016/17', 4).years.map((y) => y.monitoring)).toEqual([null, null, null, null]);
  });
});
