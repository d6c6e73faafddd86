import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Figure {
  value: string;
  sources?: string[];
}
interface Year {
  year: string;
  expenditure: { lines: Array<{ code: string; kind: string; amount: Figure }>; total: Figure };
  capitalFinancing: {
    inBaseBudget: Figure;
    mrp: Figure;
    interest: Figure;
    revenueContribution: Figure;
    total: Figure;
    debtCharges: Array<{ code: string; outstanding: Figure; mrp: Figure; interest: Figure }>;
  };
  capitalProgramme: { spend: Figure; funding: Record<string, Figure>; schemes: Array<{ schemeId: string; fromReserve: string | null }> };
  reserves: Array<{ reserveId: string; drawdowns: Figure; closing: Figure }>;
}

/**
 * The capital programme through HTTP: a scheme-year with its funding, the interest rate on new
 * borrowing, and the MTFP's capital financing line (base debt charges not inflated, + MRP and
 * interest from the year after the spend, + RCCO), explained by its events; refusals record nothing.
 */
describe('the capital programme through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    const debt = { code: 'DEBT', name: 'Capital financing', kind: 'capital_financing', amount: '3000000.00' };
    await post('/forces/herts/budgets', { ...budget2016, lines: [...budget2016.lines, debt] }).expect(201);
    const rates = { payAward: '0.01', nonPayInflation: '0.02', incomeInflation: '0', grantChange: '0', taxBaseGrowth: '0' };
    await post('/forces/herts/assumptions', { year: '2017/18', ...rates }).expect(201);
    const reserve = { reserveId: 'capital', name: 'Capital reserve', kind: 'earmarked', openingBalance: '1000000.00', asAtYear: '2016/17' };
    await post('/forces/herts/reserves', reserve).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, financeEvents, budget2016 } = forceFinanceHttp(() => t);
  const mtfp = async (query = ''): Promise<Year[]> =>
    (await t.http().get(`/forces/herts/mtfp?from=2016/17&years=3${query}`).expect(200)).body.years;
  const fleet = {
    schemeId: 'fleet',
    name: 'Fleet replacement',
    year: '2016/17',
    cost: '1500000.00',
    funding: {
      capitalGrant: '0.00',
      capitalReceipts: '300000.00',
      revenueContribution: '0.00',
      reserves: '200000.00',
      reserveId: 'capital',
      borrowing: '1000000.00',
    },
    assetLifeYears: 5,
    reason: 'Illustrative: five-year vehicle life',
  };

  it('records the interest rate and a scheme-year with its reason', async () => {
    await post('/forces/herts/capital-financing-assumptions', {
      year: '2016/17',
      interestRate: '0.03',
      mrpMethod: 'straight_line',
      reason: 'PWLB',
    }).expect(201);
    await post('/forces/herts/capital-schemes', fleet).expect(201);
    const recorded = (await financeEvents('herts')).filter((e) => e.type === 'CapitalSchemeRecorded.v1');
    expect(recorded.map((e) => e.data)).toEqual([
      {
        schemeId: 'fleet',
        name: 'Fleet replacement',
        year: '2016/17',
        cost: '1500000',
        funding: {
          capitalGrant: '0',
          capitalReceipts: '300000',
          revenueContribution: '0',
          reserves: '200000',
          reserveId: 'capital',
          borrowing: '1000000',
        },
        assetLifeYears: 5,
      },
    ]);
    expect(recorded[0].metadata.reason).toBe('Illustrative: five-year vehicle life');
    const finance = (await t.http().get('/forces/herts/finance').expect(200)).body;
    expect(finance.capitalSchemes).toEqual([
      expect.objectContaining({
        schemeId: 'fleet',
        year: '2016/17',
        cost: '1500000.00',
        funding: expect.objectContaining({ borrowing: '1000000.00', reserveId: 'capital' }),
      }),
    ]);
    expect(finance.capitalFinancingAssumptions).toEqual([
      expect.objectContaining({ year: '2016/17', interestRate: '0.03', mrpMethod: 'straight_line' }),
    ]);
    // the budget's totals count the DEBT line: pay 156m + supplies 38m + capital financing 3m − fees 7m = 190m
    expect(finance.baseBudgets[0].totals).toMatchObject({ capitalFinancing: '3000000.00', net: '190000000.00' });
  });

  it('shows the capital financing line: the base debt charges flat, MRP and interest from the year after the spend', async () => {
    const [y16, y17, y18] = await mtfp();
    const line = (y: Year) =>
      [y.capitalFinancing.inBaseBudget, y.capitalFinancing.mrp, y.capitalFinancing.interest, y.capitalFinancing.total].map((f) => f.value);
    expect(line(y16)).toEqual(['3000000.00', '0.00', '0.00', '3000000.00']);
    // 2017/18: DEBT stays £3.0m though non-pay inflation is 2 %; MRP 1,000,000 ÷ 5 = 200,000; interest 1,000,000 × 3 % = 30,000
    expect(line(y17)).toEqual(['3000000.00', '200000.00', '30000.00', '3230000.00']);
    // 2018/19: MRP 200,000; interest (1,000,000 − 200,000) × 3 % = 24,000
    expect(line(y18)).toEqual(['3000000.00', '200000.00', '24000.00', '3224000.00']);
    expect(y17.expenditure.lines.find((l) => l.code === 'DEBT')).toMatchObject({
      kind: 'capital_financing',
      amount: { value: '3000000.00' },
    });
    // expenditure 2017/18: pay (104m + 52m) × 1.01 = 157,560,000; supplies 38m × 1.02 = 38,760,000; + 3,230,000 = 199,550,000
    expect(y17.expenditure.total.value).toBe('199550000.00');
    // the programme of 2016/17, and its reserves part drawn from the capital reserve: 1,000,000 − 200,000 = 800,000
    expect([
      y16.capitalProgramme.spend.value,
      y16.capitalProgramme.funding.borrowing.value,
      y16.capitalProgramme.schemes[0].fromReserve,
    ]).toEqual(['1500000.00', '1000000.00', 'capital']);
    expect(y16.reserves.find((r) => r.reserveId === 'capital')).toMatchObject({
      drawdowns: { value: '200000.00' },
      closing: { value: '800000.00' },
    });
  });

  it('cites its events with ?include=sources, and explains each new line', async () => {
    const [, y17] = await mtfp('&include=sources');
    expect(y17.capitalFinancing.total.sources?.length).toBeGreaterThan(0);
    const explain = async (line: string) =>
      (
        await t
          .http()
          .get(`/forces/herts/mtfp/explain?year=2017/18&line=${encodeURIComponent(line)}`)
          .expect(200)
      ).body.events.map((e: { type: string }) => e.type);
    expect(await explain('capitalFinancing/debtCharges/fleet:2016-17/mrp')).toEqual(['CapitalSchemeRecorded.v1']);
    expect(await explain('capitalFinancing/interest')).toEqual(
      expect.arrayContaining(['CapitalSchemeRecorded.v1', 'CapitalFinancingAssumptionsSet.v1']),
    );
    const lines = (await t.http().get('/forces/herts/mtfp/explain?year=2016/17').expect(200)).body.lines.map(
      (l: { line: string }) => l.line,
    );
    expect(lines).toEqual(
      expect.arrayContaining(['capitalFinancing/total', 'capitalProgramme/schemes/fleet/cost', 'capitalProgramme/funding/borrowing']),
    );
  });

  it('refuses bad input (400, field-level), a broken finance rule (422) and what is not there (404), recording nothing', async () => {
    const send = (body: object) => post('/forces/herts/capital-schemes', { ...fleet, ...body });
    const field = async (body: object, status: number) => (await refused('herts', send(body), status)).body.details.map((d) => d.field);
    expect(await field({ cost: '1,500,000' }, 400)).toEqual(['cost']);
    expect((await field({ funding: { ...fleet.funding, borrowing: 'lots' } }, 400)).join()).toMatch(/borrowing/);
    expect(await field({ assetLifeYears: 2.5 }, 400)).toEqual(['assetLifeYears']);
    // 300,000 + 200,000 + 900,000 = 1,400,000, not the 1,500,000 cost
    const short = await refused('herts', send({ funding: { ...fleet.funding, borrowing: '900000.00' } }), 422);
    expect(short.body.message).toMatch(/funding adds up to £1,400,000\.00, not its cost of £1,500,000\.00/);
    expect(await field({ assetLifeYears: 0 }, 422)).toEqual(['assetLifeYears']);
    expect(await field({ funding: { ...fleet.funding, reserveId: 'nowhere' } }, 422)).toEqual(['funding.reserveId']);
    expect(await field({ year: '2020/21' }, 422)).toEqual(['year']);
    await refused('herts', post('/forces/herts/capital-schemes/fleet/withdrawal', { year: '2018/19' }), 404);
    const assume = (body: object) =>
      post('/forces/herts/capital-financing-assumptions', { year: '2017/18', interestRate: '0.03', mrpMethod: 'straight_line', ...body });
    await refused('herts', assume({ mrpMethod: 'annuity' }), 400);
    await refused('herts', assume({ interestRate: '-0.01' }), 400);
  });

  it('withdraws a scheme-year: the year then has no programme and no charges', async () => {
    await post('/forces/herts/capital-schemes/fleet/withdrawal', { year: '2016/17', reason: 'Deferred' }).expect(201);
    const [y16, y17] = await mtfp();
    expect(y16.capitalProgramme.schemes).toEqual([]);
    expect(y17.capitalFinancing.total.value).toBe('3000000.00');
  });
});
