import { FACTS, type FactsRunner } from '../../src/projections/projections.module';
import { startTestApp, type TestApp } from '../support/test-app';

interface Figure {
  value: string;
  sources: string[];
}

/** The MTFP through HTTP: the published reserve check, time travel, rebuilds and where each figure comes from. */
describe('the MTFP through HTTP', () => {
  let t: TestApp;
  const drawdownIds: string[] = [];
  let reserveOpenedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const post = (url: string, body: object) => t.http().post(url).send(body).expect(201);
    await post('/forces', { code: 'herts', name: 'Hertfordshire Constabulary' });
    await post('/forces/herts/plan-period', { firstYear: '2016/17', lastYear: '2019/20' });
    await post('/forces/herts/budgets', {
      year: '2016/17',
      lines: [
        { code: 'PAY', name: 'Officer and staff pay', kind: 'pay', amount: '156000000.00' },
        { code: 'NONPAY', name: 'Supplies, premises and vehicles', kind: 'non_pay', amount: '38000000.00' },
        { code: 'FEES', name: 'Fees and charges', kind: 'income', amount: '7000000.00' },
      ],
    });
    await post('/forces/herts/assumptions', {
      year: '2016/17',
      payAward: '0.01',
      nonPayInflation: '0.02',
      incomeInflation: '0.01',
      grantChange: '-0.013',
      taxBaseGrowth: '0.008',
    });
    await post('/forces/herts/funding', {
      year: '2016/17',
      coreGrant: '64000000.00',
      formulaGrant: '39000000.00',
      legacyCouncilTaxGrants: '9200000.00',
      otherGeneralGrants: '0.00',
    });
    await post('/forces/herts/tax-base', { year: '2016/17', bandDEquivalents: '427953.5' });
    await post('/forces/herts/precepts', { year: '2016/17', bandD: '147.00', status: 'approved' });
    const opened = await post('/forces/herts/reserves', {
      reserveId: 'budget-support',
      name: 'Base-budget support reserve',
      kind: 'earmarked',
      openingBalance: '25300000.00',
      asAtYear: '2016/17',
      reason: 'Efficiency 2016: £25.3m',
    });
    reserveOpenedId = opened.body.events[0].id;
    for (const year of ['2016/17', '2017/18', '2018/19', '2019/20']) {
      const drawn = await post('/forces/herts/reserves/budget-support/movements', {
        year,
        direction: 'drawdown',
        basis: 'planned',
        amount: '4450000.00',
        supportsRevenueBudget: true,
        reason: 'Planned use of £17.8m over four years',
      });
      drawdownIds.push(drawn.body.events[0].id);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const mtfp = (query = '?from=2016/17&years=4') => t.http().get(`/forces/herts/mtfp${query}`).expect(200);

  it('published check: the £25.3m reserve drawn down £4.45m a year closes 2019/20 at £7,500,000.00', async () => {
    const res = await mtfp('?from=2016/17&years=4&include=sources');
    expect(res.body).toMatchObject({
      force: 'herts',
      from: '2016/17',
      to: '2019/20',
      planPeriod: { firstYear: '2016/17', lastYear: '2019/20' },
    });
    const years = res.body.years as Array<{
      year: string;
      reserves: Array<{ reserveId: string; opening: Figure; drawdowns: Figure; closing: Figure }>;
      reserveUse: { net: Figure };
    }>;
    expect(years.map((y) => y.year)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20']);
    const reserve = years.map((y) => y.reserves.find((r) => r.reserveId === 'budget-support')!);
    expect(reserve.map((r) => [r.opening.value, r.drawdowns.value, r.closing.value])).toEqual([
      ['25300000.00', '4450000.00', '20850000.00'],
      ['20850000.00', '4450000.00', '16400000.00'],
      ['16400000.00', '4450000.00', '11950000.00'],
      ['11950000.00', '4450000.00', '7500000.00'],
    ]);
    expect(reserve[3].closing.sources).toEqual([reserveOpenedId, ...drawdownIds]);
    expect(years.map((y) => y.reserveUse.net.value)).toEqual(['4450000.00', '4450000.00', '4450000.00', '4450000.00']);
  });

  it('answers as at the position it was worked out at, money as strings to the penny', async () => {
    const res = await mtfp();
    const health = await t.http().get('/health').expect(200);
    expect(res.body.asAt).toEqual({ position: health.body.headPosition });
    const year = res.body.years[0];
    // 156m pay + 38m non-pay - 7m income = 187m NRE in the base year.
    expect(year.nre.value).toBe('187000000.00');
    // Precept: £147.00 × 427,953.5 Band D equivalents.
    expect(year.funding.precept.income.value).toBe('62909164.50');
    expect(year.funding.precept.taxBase.value).toBe('427953.50');
    // 2017/18 pay rolled forward by the 1 % pay award.
    expect(res.body.years[1].expenditure.pay.value).toBe('157560000.00');
    expect(typeof year.gap.value).toBe('string');
  });

  it('shows the plan period when no range is given, and the rest of it from a given year', async () => {
    expect((await mtfp('')).text).toBe((await mtfp()).text);
    const rest = await mtfp('?from=2018/19');
    expect(rest.body.years.map((y: { year: string }) => y.year)).toEqual(['2018/19', '2019/20']);
  });

  it.each([
    ['?from=2016-17&years=4', 'from'],
    ['?from=2016/18&years=4', 'from'],
    ['?from=2016/17&years=0', 'years'],
    ['?from=2016/17&years=21', 'years'],
    ['?from=2016/17&years=four', 'years'],
    ['?from=2016/17&years=2.5', 'years'],
    ['?from=2016/17&years=4&years=5', 'years'],
    ['?from=2016/17&asOf=yesterday', 'asOf'],
  ])('400 for %s, naming %s', async (query, field) => {
    const res = await t.http().get(`/forces/herts/mtfp${query}`).expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it('explains a figure: lists the lines of a year, then the recorded decisions behind one', async () => {
    const lines = await t.http().get('/forces/herts/mtfp/explain?year=2019/20').expect(200);
    expect(lines.body.lines).toEqual(
      expect.arrayContaining([
        { line: 'gap', value: expect.any(String), sourceCount: expect.any(Number) },
        { line: 'funding/precept/income', value: expect.any(String), sourceCount: expect.any(Number) },
        { line: 'expenditure/lines/PAY/amount', value: expect.any(String), sourceCount: 2 },
        { line: 'reserves/budget-support/closing', value: '7500000.00', sourceCount: 5 },
      ]),
    );

    const res = await t.http().get('/forces/herts/mtfp/explain?year=2019/20&line=reserves/budget-support/closing').expect(200);
    expect(res.body).toMatchObject({
      force: 'herts',
      year: '2019/20',
      line: 'reserves/budget-support/closing',
      figure: { value: '7500000.00' },
    });
    expect(res.body.events.map((e: { id: string }) => e.id)).toEqual([reserveOpenedId, ...drawdownIds]);
    expect(res.body.events[0]).toMatchObject({
      stream: 'force-finance-herts',
      type: 'ReserveOpened.v1',
      metadata: { reason: 'Efficiency 2016: £25.3m' },
    });
    expect(res.body.events[4]).toMatchObject({ type: 'ReserveMovementRecorded.v1', data: { year: '2019/20', amount: '4450000' } });
    expect(res.body.missingSources).toBeUndefined();

    const missing = await t.http().get('/forces/herts/mtfp/explain?year=2019/20&line=reserves/rainy-day/closing').expect(404);
    expect(missing.body.message).toMatch(/has no line "reserves\/rainy-day\/closing"/);
    await t.http().get('/forces/herts/mtfp/explain?line=gap').expect(400);
    await t.http().get('/forces/nowhere/mtfp/explain?year=2019/20').expect(404);
  });

  it('as at an earlier position, answers byte for byte what it answered then', async () => {
    const then = await mtfp();
    await t
      .http()
      .post('/forces/herts/budget-items')
      .send({ kind: 'growth', fromYear: '2017/18', amount: '2400000.00', recurrence: 'recurring', description: 'DAISU' })
      .expect(201);
    const now = await mtfp();
    expect(now.text).not.toBe(then.text);
    expect(now.body.years[1].expenditure.growth.value).toBe('2400000.00');
    const asAt = await mtfp(`?from=2016/17&years=4&asOf=${then.body.asAt.position}`);
    expect(asAt.text).toBe(then.text);
  });

  it('answers byte for byte the same after the projections are rebuilt from zero', async () => {
    await t.http().post('/forces/herts/tax-base').send({ year: '2017/18', bandDEquivalents: '420000' }).expect(201);
    const options = '/forces/herts/precept-options?year=2017/18&percentageRise=0.0199&poundRise=5.00&groups=lowest-quartile PCCs';
    const before = { mtfp: (await mtfp()).text, options: (await t.http().get(options).expect(200)).text };
    await t.app.get<FactsRunner>(FACTS).rebuild();
    expect((await mtfp()).text).toBe(before.mtfp);
    expect((await t.http().get(options).expect(200)).text).toBe(before.options);
  });
});
