import { recordedExample } from '../../test/fixtures/worked-example';
import { mtfpToJson } from '../mtfp';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: a precept assumption for every future year, and the council tax requirement', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  it('Bedfordshire and Cambridgeshire assume the most each year’s principle allows without a referendum', () => {
    const bandD = (force: string) =>
      latest.mtfp(force, '2016/17', 4).years.map((y) => [y.funding.precept.bandD.value.toPence(), y.funding.precept.bandD.basis]);
    // Bedfordshire: £171.50 × 1.02 = £174.93 exactly, and a 2 % limit must be beaten, so £174.92; then + £12 and + £24.
    expect(bandD('beds')).toEqual([
      ['171.50', 'approved'],
      ['174.92', 'assumed'],
      ['186.92', 'assumed'],
      ['210.92', 'assumed'],
    ]);
    // Cambridgeshire: £181.35 × 1.02 = £184.977, so £184.97; then + £12 and + £24.
    expect(bandD('cambs')).toEqual([
      ['181.35', 'approved'],
      ['184.97', 'assumed'],
      ['196.97', 'assumed'],
      ['220.97', 'assumed'],
    ]);
    expect(latest.mtfp('beds', '2016/17', 4).warnings).toEqual([]);
  });

  it('the 2016 plan states its 2019/20 freeze instead of carrying Band D silently', () => {
    const mtfp = plan2016.mtfp('herts', '2019/20', 1);
    expect(mtfp.years[0].funding.precept.bandD).toMatchObject({ basis: 'assumed', setFor: '2019/20', assumption: { kind: 'freeze' } });
    expect(mtfp.years[0].funding.precept.bandD.value.toPence()).toBe('157.00');
    expect(mtfp.warnings).toEqual([]);
  });

  it('shows the council tax requirement each year: 2019/20 is Plan 2019’s £84.1m precept (£188.00 × 447,340.42553)', () => {
    const year = mtfpToJson(latest.mtfp('herts', '2019/20', 1)).years[0];
    expect(year.funding.precept.councilTaxRequirement.value).toBe('84100000.00');
  });
});
