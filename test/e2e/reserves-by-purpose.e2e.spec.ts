import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Reserves by purpose (Home Office reserves guidance, 2018) through HTTP: recorded with their
 * purpose, grouped in the MTFP with their planned use, the plan kept beside the outturn, the
 * 5 % of NRE check; and the refusals, with nothing recorded.
 */
describe('reserves by purpose through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', budget2016).expect(201);
    // NRE 2016/17: 104m + 52m + 38m − 7m = £187m; 5 % is £9.35m.
    await post('/forces/herts/reserves', {
      reserveId: 'budget-support',
      name: 'Base-budget support reserve',
      kind: 'earmarked',
      purposeCategory: 'within_mtfp',
      openingBalance: '25300000.00',
      asAtYear: '2016/17',
    }).expect(201);
    await post('/forces/herts/reserves', {
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      openingBalance: '13300000.00',
      asAtYear: '2016/17',
    }).expect(201);
    await post('/forces/herts/reserves', {
      reserveId: 'specific-change',
      name: 'Specific change reserve',
      kind: 'earmarked',
      openingBalance: '9700000.00',
      asAtYear: '2016/17',
    }).expect(201);
    await post('/forces/herts/reserves/budget-support/movements', {
      year: '2016/17',
      direction: 'drawdown',
      basis: 'planned',
      amount: '4450000.00',
      supportsRevenueBudget: true,
    }).expect(201);
    await post('/forces/herts/reserves/budget-support/movements', {
      year: '2016/17',
      direction: 'drawdown',
      basis: 'actual',
      amount: '4000000.00',
      supportsRevenueBudget: true,
      reason: 'Outturn 2016/17',
    }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, budget2016, financeEvents } = forceFinanceHttp(() => t);

  it('records a purpose for a reserve opened without one', async () => {
    const res = await post('/forces/herts/reserves/specific-change/purpose-category', {
      purposeCategory: 'beyond_mtfp',
      reason: 'Reserves strategy 2018',
    }).expect(201);
    expect(res.body.events).toEqual([{ id: expect.any(String), type: 'ReservePurposeCategorised.v1' }]);
    const recorded = (await financeEvents('herts')).filter((e) => e.type === 'ReservePurposeCategorised.v1');
    expect(recorded.map((e) => [e.data, e.metadata.reason])).toEqual([
      [{ reserveId: 'specific-change', purposeCategory: 'beyond_mtfp' }, 'Reserves strategy 2018'],
    ]);
    const summary = await t.http().get('/forces/herts/reserves/specific-change').expect(200);
    expect(summary.body.purposeCategory).toBe('beyond_mtfp');
  });

  it('shows the plan beside the outturn, the reserves by purpose and the 5 % alert in the MTFP', async () => {
    const res = await t.http().get('/forces/herts/mtfp?from=2016/17&years=1').expect(200);
    const year = res.body.years[0];
    const support = year.reserves.find((r: { reserveId: string }) => r.reserveId === 'budget-support');
    // The actual £4m counts in the balance (25.3m − 4m = 21.3m); the planned £4.45m stays, variance −£0.45m.
    expect(support.closing.value).toBe('21300000.00');
    expect(support.plannedClosing.value).toBe('20850000.00');
    expect(support.plannedAndActual.drawdowns).toMatchObject({
      planned: { value: '4450000.00' },
      actual: { value: '4000000.00' },
      variance: { value: '-450000.00' },
    });
    expect(year.reserveUse).toMatchObject({
      net: { value: '4000000.00' },
      planned: { net: { value: '4450000.00' } },
      variance: { value: '-450000.00' },
    });
    expect(
      year.reservesByPurpose.map((g: { purposeCategory: string; closing: { value: string } }) => [g.purposeCategory, g.closing.value]),
    ).toEqual([
      ['within_mtfp', '21300000.00'],
      ['beyond_mtfp', '9700000.00'],
      ['contingency', '13300000.00'],
    ]);
    // £13.3m against 5 % of £187m = £9.35m.
    expect(year.generalReserve).toMatchObject({ guidanceCeiling: { value: '9350000.00' }, aboveGuidanceCeiling: true });
    expect(year.alerts).toContain(
      'General reserves close 2016/17 at £13,300,000.00, above £9,350,000.00 (5 % of NRE): the Home Office reserves guidance (2018) asks for the level to be justified',
    );
  });

  it('explains the new lines', async () => {
    const all = await t.http().get('/forces/herts/mtfp/explain?year=2016/17').expect(200);
    const lines = all.body.lines.map((l: { line: string }) => l.line);
    expect(lines).toEqual(
      expect.arrayContaining([
        'reservesByPurpose/within_mtfp/closing',
        'reservesByPurpose/within_mtfp/plannedDrawdowns',
        'reserves/budget-support/plannedAndActual/drawdowns/variance',
        'reserves/budget-support/plannedClosing',
        'reserveUse/variance',
        'generalReserve/guidanceCeiling',
      ]),
    );
    const variance = await t
      .http()
      .get('/forces/herts/mtfp/explain?year=2016/17&line=reserves/budget-support/plannedAndActual/drawdowns/variance')
      .expect(200);
    expect(variance.body.figure.value).toBe('-450000.00');
    expect(variance.body.events.map((e: { type: string; data: { basis: string } }) => e.data.basis)).toEqual(['planned', 'actual']);
  });

  it('refuses bad input (400, field-level), a broken finance rule (422) and an unknown reserve (404), recording nothing', async () => {
    const bad = await refused('herts', post('/forces/herts/reserves/general/purpose-category', { purposeCategory: 'rainy_day' }), 400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'purposeCategory' })]);
    const badOpen = await refused(
      'herts',
      post('/forces/herts/reserves', {
        reserveId: 'x',
        name: 'X',
        kind: 'earmarked',
        openingBalance: '1.00',
        asAtYear: '2016/17',
        purposeCategory: 'soon',
      }),
      400,
    );
    expect(badOpen.body.details).toEqual([expect.objectContaining({ field: 'purposeCategory' })]);
    const rule = await refused('herts', post('/forces/herts/reserves/general/purpose-category', { purposeCategory: 'within_mtfp' }), 422);
    expect(rule.body).toMatchObject({ details: [expect.objectContaining({ field: 'purposeCategory' })] });
    expect(rule.body.message).toMatch(/counts as general contingency/);
    await refused('herts', post('/forces/herts/reserves/rainy-day/purpose-category', { purposeCategory: 'contingency' }), 404);
    expect((await financeEvents('herts')).filter((e) => e.type === 'ReservePurposeCategorised.v1')).toHaveLength(1);
  });
});
