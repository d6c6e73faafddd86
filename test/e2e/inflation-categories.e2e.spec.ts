import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

type Line = { code: string; amount: { value: string; sources?: string[] }; inflationCategory?: unknown };

/** Non-pay inflation by named category through HTTP: the rates, lines naming a category, the MTFP and explain; and the refusals. */
describe('inflation by category through HTTP', () => {
  let t: TestApp;
  const { post, forceWithPlan, refused, financeEvents } = forceFinanceHttp(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', {
      year: '2016/17',
      lines: [
        { code: 'PAY', name: 'Pay', kind: 'pay', amount: '100000000.00' },
        { code: 'SUPPLIES', name: 'Supplies and services', kind: 'non_pay', amount: '20000000.00' },
        { code: 'ENERGY', name: 'Premises energy', kind: 'non_pay', amount: '6000000.00', inflationCategory: 'energy' },
        { code: 'FUEL', name: 'Vehicle fuel', kind: 'non_pay', amount: '4000000.00', inflationCategory: 'fuel' },
      ],
    }).expect(201);
    for (const year of ['2017/18', '2018/19']) {
      await post('/forces/herts/assumptions', {
        year,
        payAward: '0.01',
        nonPayInflation: '0.02',
        incomeInflation: '0',
        grantChange: '0',
        taxBaseGrowth: '0',
      }).expect(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const mtfpLines = async (query: string): Promise<Line[][]> =>
    (await t.http().get(`/forces/herts/mtfp?${query}`).expect(200)).body.years.map(
      (y: { expenditure: { lines: Line[] } }) => y.expenditure.lines,
    );

  it("records a year's category rates and moves the lines naming them; a missing rate falls back with a warning", async () => {
    const res = await post('/forces/herts/inflation-category-rates', {
      year: '2017/18',
      rates: [
        { category: 'energy', rate: '0.10' },
        { category: 'fuel', rate: '0.05' },
      ],
      reason: 'Energy and fuel contracts 2017/18',
    }).expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['InflationCategoryRatesSet.v1']);
    const body = (await t.http().get('/forces/herts/mtfp?from=2017/18&years=2&include=sources').expect(200)).body;
    const line = (y: number, code: string) => body.years[y].expenditure.lines.find((l: Line) => l.code === code) as Line;
    // 2017/18: energy £6m × 1.10 = £6.6m, fuel £4m × 1.05 = £4.2m, supplies £20m × 1.02 = £20.4m.
    // 2018/19 has no category rates: energy £6.6m × 1.02 = £6.732m, fuel £4.2m × 1.02 = £4.284m, with warnings.
    expect([0, 1].map((y) => ['ENERGY', 'FUEL', 'SUPPLIES'].map((c) => line(y, c).amount.value))).toEqual([
      ['6600000.00', '4200000.00', '20400000.00'],
      ['6732000.00', '4284000.00', '20808000.00'],
    ]);
    const ratesEvent = (await financeEvents('herts')).at(-1) as unknown as { id: string };
    expect(line(0, 'ENERGY').inflationCategory).toEqual({
      category: 'energy',
      rate: { value: '0.1', sources: [ratesEvent.id] },
      basis: 'category',
    });
    expect(line(1, 'FUEL').inflationCategory).toMatchObject({ category: 'fuel', rate: { value: '0.02' }, basis: 'non_pay_inflation' });
    expect(body.warnings).toEqual(
      expect.arrayContaining([
        "No fuel inflation rate is recorded for 2018/19: Vehicle fuel (FUEL), in category fuel, moves by the plan's non-pay inflation (2.00 %) instead",
      ]),
    );
    // Compact by default: the rate's figure without sources.
    expect((await mtfpLines('from=2017/18&years=1'))[0].find((l) => l.code === 'ENERGY')?.inflationCategory).toEqual({
      category: 'energy',
      rate: { value: '0.1' },
      basis: 'category',
    });
  });

  it('explains the rate used for a line and year, citing the rates event', async () => {
    const explained = await t
      .http()
      .get('/forces/herts/mtfp/explain?year=2017/18&line=expenditure/lines/ENERGY/inflationCategory/rate')
      .expect(200);
    expect(explained.body.figure.value).toBe('0.1');
    expect(explained.body.events.map((e: { type: string; data: unknown }) => [e.type, e.data])).toEqual([
      [
        'InflationCategoryRatesSet.v1',
        {
          year: '2017/18',
          rates: [
            { category: 'energy', rate: '0.1' },
            { category: 'fuel', rate: '0.05' },
          ],
        },
      ],
    ]);
    const amount = await t.http().get('/forces/herts/mtfp/explain?year=2017/18&line=expenditure/lines/ENERGY/amount').expect(200);
    expect(amount.body.events.map((e: { type: string }) => e.type)).toEqual(['BaseBudgetSet.v1', 'InflationCategoryRatesSet.v1']);
  });

  it('refuses a category not on the list or on a pay line, a number for a rate (400), and −100 % (422), recording nothing', async () => {
    const unknown = await refused(
      'herts',
      post('/forces/herts/inflation-category-rates', { year: '2018/19', rates: [{ category: 'water', rate: '0.02' }] }),
      400,
    );
    expect(JSON.stringify(unknown.body)).toMatch(/category/);
    await refused(
      'herts',
      post('/forces/herts/inflation-category-rates', { year: '2018/19', rates: [{ category: 'fuel', rate: 0.02 }] }),
      400,
    );
    await refused(
      'herts',
      post('/forces/herts/inflation-category-rates', { year: '2018/19', rates: [{ category: 'fuel', rate: '-1' }] }),
      422,
    );
    const onPay = await refused(
      'herts',
      post('/forces/herts/budgets', {
        year: '2017/18',
        lines: [{ code: 'PAY', name: 'Pay', kind: 'pay', amount: '1.00', inflationCategory: 'energy' }],
      }),
      400,
    );
    expect(JSON.stringify(onPay.body)).toMatch(/inflationCategory/);
  });
});
