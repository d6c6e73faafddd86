import { recordedExample } from '../../test/fixtures/worked-example';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: DAISU’s £2.4m moves with the pay award', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  const daisu = (reader: PlanReader) =>
    reader
      .mtfp('herts', '2016/17', 3)
      .years.map((y) => y.expenditure.items.find((i) => i.itemId === 'daisu')?.amount.value.toPence() ?? null);

  it('is costed at 2016/17 prices and then gets each year’s pay award; the 2016 plan as it stood kept it in flat cash', () => {
    // Pay award 1 % a year (the example's assumptions): £2.4m × 1.01 = £2,424,000; × 1.01 = £2,448,240.
    expect(daisu(latest)).toEqual(['2400000.00', '2424000.00', '2448240.00']);
    expect(daisu(plan2016)).toEqual(['2400000.00', '2400000.00', '2400000.00']);
    expect(latest.mtfp('herts', '2017/18', 1).years[0].expenditure.items.find((i) => i.itemId === 'daisu')?.inflation).toBe('pay');
  });
});
