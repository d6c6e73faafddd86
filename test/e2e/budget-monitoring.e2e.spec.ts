import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Budget monitoring through HTTP: a forecast outturn by line as at a month, a later forecast
 * superseding it, the year-end actual superseding both for its year only; the MTFP shows the
 * budget beside them without changing the plan, as at any moment; and the refusals, with nothing
 * recorded. The 2016/17 budget: officers £104m, staff £52m, supplies £38m, fees (income) £7m: NRE £187m.
 */
describe('budget monitoring through HTTP', () => {
  let t: TestApp;
  let afterFirstForecast: string;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', budget2016).expect(201);
    await post('/forces/herts/reserves', {
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      openingBalance: '13300000.00',
      asAtYear: '2016/17',
    }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, budget2016, financeEvents, headPosition } = forceFinanceHttp(() => t);
  const mtfp = async (query = '') => (await t.http().get(`/forces/herts/mtfp?from=2016/17&years=2${query}`).expect(200)).body;

  it('shows no monitoring while nothing is recorded', async () => {
    expect((await mtfp()).years.map((y: { monitoring: unknown }) => y.monitoring)).toEqual([null, null]);
  });

  it('records a forecast outturn and compares it with the budget, line by line', async () => {
    const res = await post('/forces/herts/forecast-outturns', {
      year: '2016/17',
      asAtMonth: 6,
      lines: [
        { code: 'PAY-OFFICERS', amount: '105000000.00' },
        { code: 'FEES', amount: '6500000.00' },
      ],
      reason: 'Month 6 budget monitoring',
    }).expect(201);
    expect(res.body.events).toEqual([{ id: expect.any(String), type: 'ForecastOutturnRecorded.v1' }]);
    afterFirstForecast = (await headPosition())!;
    const before = await mtfp();
    const m = before.years[0].monitoring;
    expect([m.basis, m.asAtMonth, m.asAtMonthName, m.position]).toEqual(['forecast', 6, 'September', 'overspend']);
    // Officers +£1m; fees £0.5m short of the £7m budgeted: +£0.5m; staff and supplies not named, on budget.
    expect(m.lines.map((l: { code: string; variance: { value: string } }) => [l.code, l.variance.value])).toEqual([
      ['PAY-OFFICERS', '1000000.00'],
      ['PAY-STAFF', '0.00'],
      ['SUPPLIES', '0.00'],
      ['FEES', '500000.00'],
    ]);
    // NRE £187m + £1.5m = £188.5m; the plan's NRE stays £187m.
    expect(m.nre).toEqual({ budget: { value: '187000000.00' }, outturn: { value: '188500000.00' }, variance: { value: '1500000.00' } });
    expect(before.years[0].nre.value).toBe('187000000.00');
    // £13.3m − £1.5m = £11.8m, while the reserve itself still closes at £13.3m.
    expect(m.generalReserve).toMatchObject({
      basis: 'projected',
      closingAfterOutturn: { value: '11800000.00' },
      note: 'An overspend of £1,500,000.00 would be met from the general reserve: it would close 2016/17 at £11,800,000.00',
    });
    expect(before.years[0].reserves[0].closing.value).toBe('13300000.00');
    expect(before.years[1].monitoring).toBeNull();
  });

  it('a later forecast supersedes the earlier one; as at the first, the first still shows', async () => {
    await post('/forces/herts/forecast-outturns', {
      year: '2016/17',
      asAtMonth: 9,
      lines: [{ code: 'SUPPLIES', amount: '37000000.00' }],
    }).expect(201);
    const latest = (await mtfp()).years[0].monitoring;
    // Supplies £37m against £38m: an underspend of £1m; the rest back on budget.
    expect([latest.asAtMonth, latest.position, latest.nre.variance.value]).toEqual([9, 'underspend', '-1000000.00']);
    const then = (await mtfp(`&asOf=${afterFirstForecast}`)).years[0].monitoring;
    expect([then.asAtMonth, then.nre.variance.value]).toEqual([6, '1500000.00']);
  });

  it('the actual supersedes the forecasts of its year only, and a forecast after it is refused (422)', async () => {
    await post('/forces/herts/outturns', {
      year: '2016/17',
      lines: [{ code: 'PAY-STAFF', amount: '53000000.00' }],
      reason: 'Statement of accounts 2016/17',
    }).expect(201);
    await post('/forces/herts/forecast-outturns', {
      year: '2017/18',
      asAtMonth: 3,
      lines: [{ code: 'FEES', amount: '7000000.00' }],
    }).expect(201);
    const [y16, y17] = (await mtfp()).years;
    expect([y16.monitoring.basis, y16.monitoring.asAtMonth, y16.monitoring.nre.variance.value]).toEqual(['actual', null, '1000000.00']);
    expect([y17.monitoring.basis, y17.monitoring.asAtMonth]).toEqual(['forecast', 3]);
    const late = await refused(
      'herts',
      post('/forces/herts/forecast-outturns', { year: '2016/17', asAtMonth: 12, lines: [{ code: 'FEES', amount: '1.00' }] }),
      422,
    );
    expect(late.body.message).toMatch(/2016\/17 actual outturn is already recorded/);
  });

  it('explains the monitoring figures, citing the outturn and the budget', async () => {
    const all = await t.http().get('/forces/herts/mtfp/explain?year=2016/17').expect(200);
    expect(all.body.lines.map((l: { line: string }) => l.line)).toEqual(
      expect.arrayContaining([
        'monitoring/nre/variance',
        'monitoring/lines/PAY-STAFF/outturn',
        'monitoring/generalReserve/closingAfterOutturn',
      ]),
    );
    const one = await t.http().get('/forces/herts/mtfp/explain?year=2016/17&line=monitoring/lines/PAY-STAFF/variance').expect(200);
    expect(one.body.figure.value).toBe('1000000.00');
    expect(one.body.events.map((e: { type: string }) => e.type)).toEqual(['BaseBudgetSet.v1', 'OutturnRecorded.v1']);
    const full = await mtfp('&include=sources');
    expect(full.years[0].monitoring.nre.variance.sources.length).toBeGreaterThan(0);
  });

  it('refuses bad input (400, field-level) and broken finance rules (422), recording nothing', async () => {
    const forecast = { year: '2017/18', asAtMonth: 6, lines: [{ code: 'PAY-OFFICERS', amount: '1.00' }] };
    const cases: Array<[object, number, string]> = [
      [{ ...forecast, asAtMonth: 13 }, 400, 'asAtMonth'],
      [{ ...forecast, asAtMonth: '6' }, 400, 'asAtMonth'],
      [{ ...forecast, lines: [{ code: 'PAY-OFFICERS', amount: 1 }] }, 400, 'lines[0].amount'],
      [{ ...forecast, lines: [] }, 400, 'lines'],
      [{ ...forecast, year: '2017-18' }, 400, 'year'],
      [{ ...forecast, lines: [{ code: 'HELICOPTERS', amount: '1.00' }] }, 422, 'lines[0].code'],
      [{ ...forecast, lines: [...forecast.lines, { code: 'PAY-OFFICERS', amount: '2.00' }] }, 422, 'lines[1].code'],
      [{ ...forecast, lines: [{ code: 'PAY-OFFICERS', amount: '-1.00' }] }, 422, 'lines[0].amount'],
      [{ ...forecast, items: [{ itemId: 'no-such-item', amount: '1.00' }] }, 422, 'items[0].itemId'],
      [{ ...forecast, year: '2020/21' }, 422, 'year'],
    ];
    for (const [body, status, field] of cases) {
      const res = await refused('herts', post('/forces/herts/forecast-outturns', body), status);
      expect(res.body.details).toEqual([expect.objectContaining({ field })]);
    }
    await refused('herts', post('/forces/herts/outturns', { year: '2016/17', lines: [{ code: 'HELICOPTERS', amount: '1.00' }] }), 422);
    await refused(
      'herts',
      post('/forces/herts/outturns', { year: '2016/17', asAtMonth: 3, lines: [{ code: 'FEES', amount: '1.00' }] }),
      400,
    );
    await refused('norfolk', post('/forces/norfolk/outturns', { year: '2016/17', lines: [{ code: 'FEES', amount: '1.00' }] }), 404);
    const types = (await financeEvents('herts')).map((e) => e.type).filter((type) => /Outturn/.test(type));
    expect(types).toEqual(['ForecastOutturnRecorded.v1', 'ForecastOutturnRecorded.v1', 'OutturnRecorded.v1', 'ForecastOutturnRecorded.v1']);
  });
});
