import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A precept assumption for every future year through HTTP: recorded with its reason, used by the
 * MTFP (the most without a referendum from the recorded principles for the force's PCC), the
 * council tax requirement per year, explained; and the refusals, with nothing recorded.
 */
describe('precept assumptions through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/tax-base', { year: '2016/17', bandDEquivalents: '420000' }).expect(201);
    await post('/forces/herts/precepts', { year: '2016/17', bandD: '147.00', status: 'approved' }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, financeEvents } = forceFinanceHttp(() => t);
  const mtfp = async () => (await t.http().get('/forces/herts/mtfp?from=2016/17&years=4').expect(200)).body;

  it('records an assumption for each future year, with its reason', async () => {
    await post('/forces/herts/precept-assumptions', {
      year: '2017/18',
      kind: 'max_without_referendum',
      reason: 'MTFP 2016: the most the principle allows',
    }).expect(201);
    await post('/forces/herts/precept-assumptions', { year: '2018/19', kind: 'pound', amount: '5.00' }).expect(201);
    await post('/forces/herts/precept-assumptions', { year: '2019/20', kind: 'percentage', rate: '0.0199' }).expect(201);
    const recorded = (await financeEvents('herts')).filter((e) => e.type === 'PreceptAssumptionSet.v1');
    expect(recorded.map((e) => e.data)).toEqual([
      { year: '2017/18', assumption: { kind: 'max_without_referendum' } },
      { year: '2018/19', assumption: { kind: 'pound', amount: '5' } },
      { year: '2019/20', assumption: { kind: 'percentage', rate: '0.0199' } },
    ]);
    expect(recorded[0].metadata.reason).toBe('MTFP 2016: the most the principle allows');
    const finance = await t.http().get('/forces/herts/finance').expect(200);
    expect(finance.body.preceptAssumptions.map((a: { year: string; kind: string }) => [a.year, a.kind])).toEqual([
      ['2017/18', 'max_without_referendum'],
      ['2018/19', 'pound'],
      ['2019/20', 'percentage'],
    ]);
  });

  it('moves Band D by them in the MTFP, with the council tax requirement each year', async () => {
    const { years, warnings } = await mtfp();
    const precept = years.map(
      (y: { funding: { precept: { bandD: { value: string; basis: string }; councilTaxRequirement: { value: string } } } }) => [
        y.funding.precept.bandD.value,
        y.funding.precept.bandD.basis,
        y.funding.precept.councilTaxRequirement.value,
      ],
    );
    // Herts is among the lowest-quartile PCCs in 2017/18 (the seeded principles): £5 beats 2 %, so £152.00.
    // 2018/19 + £5 = £157.00; 2019/20 × 1.0199 = 160.1243 → £160.12. No tax base growth is recorded, so 420,000 throughout.
    expect(precept).toEqual([
      ['147.00', 'approved', '61740000.00'], // 147 × 420,000
      ['152.00', 'assumed', '63840000.00'], // 152 × 420,000
      ['157.00', 'assumed', '65940000.00'], // 157 × 420,000
      ['160.12', 'assumed', '67250400.00'], // 160.12 × 420,000
    ]);
    expect(years[1].funding.precept.bandD.assumption).toEqual({ kind: 'max_without_referendum', principlesOf: '2017/18' });
    expect(warnings.filter((w: string) => /precept assumption|referendum/.test(w))).toEqual([]);
  });

  it('explains the Band D and the council tax requirement, citing the assumption and the principles', async () => {
    const res = await t.http().get('/forces/herts/mtfp/explain?year=2017/18&line=funding/precept/bandD').expect(200);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['PreceptRecorded.v1', 'PreceptAssumptionSet.v1', 'ReferendumGroupMembersSet.v1']),
    );
    const lines = (await t.http().get('/forces/herts/mtfp/explain?year=2017/18').expect(200)).body.lines.map(
      (l: { line: string }) => l.line,
    );
    expect(lines).toContain('funding/precept/councilTaxRequirement');
  });

  it('refuses bad input (400, field-level), a broken finance rule (422) and an unknown force (404), recording nothing', async () => {
    const unknownKind = await refused('herts', post('/forces/herts/precept-assumptions', { year: '2018/19', kind: 'double' }), 400);
    expect(unknownKind.body.details).toEqual([expect.objectContaining({ field: 'kind' })]);
    const noRate = await refused('herts', post('/forces/herts/precept-assumptions', { year: '2018/19', kind: 'percentage' }), 400);
    expect(noRate.body.details).toEqual([expect.objectContaining({ field: 'rate' })]);
    const stray = await refused(
      'herts',
      post('/forces/herts/precept-assumptions', { year: '2018/19', kind: 'freeze', amount: '5.00' }),
      400,
    );
    expect(stray.body.details).toEqual([expect.objectContaining({ field: 'amount' })]);
    const approved = await refused('herts', post('/forces/herts/precept-assumptions', { year: '2016/17', kind: 'freeze' }), 422);
    expect(approved.body.message).toMatch(/precept is approved at £147\.00 Band D/);
    expect(approved.body.details).toEqual([expect.objectContaining({ field: 'year' })]);
    const cut = await refused('herts', post('/forces/herts/precept-assumptions', { year: '2018/19', kind: 'percentage', rate: '-1' }), 422);
    expect(cut.body.details).toEqual([expect.objectContaining({ field: 'rate' })]);
    await refused('nowhere', post('/forces/nowhere/precept-assumptions', { year: '2018/19', kind: 'freeze' }), 404);
  });

  it('shows the precept issued to each billing authority where the tax base is recorded by them; refuses parts that do not add up', async () => {
    const parts = [
      { code: 'north', name: 'North Herts District Council', bandDEquivalents: '150000' },
      { code: 'south', name: 'South Herts Borough Council', bandDEquivalents: '270000' },
    ];
    const mismatch = await refused(
      'herts',
      post('/forces/herts/tax-base', { year: '2017/18', bandDEquivalents: '420000.5', billingAuthorities: parts }),
      422,
    );
    expect(mismatch.body.details).toEqual([expect.objectContaining({ field: 'billingAuthorities' })]);
    const malformed = await refused(
      'herts',
      post('/forces/herts/tax-base', {
        year: '2017/18',
        bandDEquivalents: '420000',
        billingAuthorities: [{ code: 'north', name: 'North' }],
      }),
      400,
    );
    expect(malformed.body.details).toEqual([expect.objectContaining({ field: expect.stringMatching(/billingAuthorities/) })]);

    await post('/forces/herts/tax-base', { year: '2017/18', bandDEquivalents: '420000', billingAuthorities: parts }).expect(201);
    const year = (await mtfp()).years[1];
    // £152.00 × 420,000 = £63,840,000.00: £152 × 150,000 = £22,800,000.00 and £152 × 270,000 = £41,040,000.00.
    expect(year.funding.precept.councilTaxRequirement.value).toBe('63840000.00');
    expect(
      year.funding.precept.byBillingAuthority.map((a: { code: string; precept: { value: string } }) => [a.code, a.precept.value]),
    ).toEqual([
      ['north', '22800000.00'],
      ['south', '41040000.00'],
    ]);
    const lines = (await t.http().get('/forces/herts/mtfp/explain?year=2017/18').expect(200)).body.lines.map(
      (l: { line: string }) => l.line,
    );
    expect(lines).toContain('funding/precept/byBillingAuthority/north/precept');
  });
});
