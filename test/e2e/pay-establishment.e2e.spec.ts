import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { binary, formulaTotals, readWorkbook } from '../support/spreadsheets';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The pay model's establishment and pensions grant through HTTP: a group's FTE by year scaling
 * its pay, a specific grant tied to the officers' employer pension with the cost, grant and net
 * beside it, explained line by line and in the export; and the refusals, with nothing recorded.
 */
describe('establishment (FTE) and the pensions grant against the employer pension, through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', {
      year: '2018/19',
      lines: [
        { code: 'officer-pay', name: 'Police officer pay', kind: 'pay', amount: '60000000.00', payGroup: 'officers' },
        { code: 'staff-pay', name: 'Police staff pay', kind: 'pay', amount: '25000000.00', payGroup: 'staff' },
      ],
    }).expect(201);
    const plan = { payAward: '0', nonPayInflation: '0', incomeInflation: '0', grantChange: '0', taxBaseGrowth: '0' };
    await post('/forces/herts/assumptions', { year: '2019/20', ...plan }).expect(201);
    const rates = { staffPension: '0.18', employerNationalInsurance: '0.1' };
    await post('/forces/herts/pay-on-costs', { year: '2018/19', officersPension: '0.213', ...rates }).expect(201);
    await post('/forces/herts/pay-on-costs', { year: '2019/20', officersPension: '0.31', ...rates }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, financeEvents } = forceFinanceHttp(() => t);
  const year19 = async () => (await t.http().get('/forces/herts/mtfp?from=2019/20&years=1&include=sources').expect(200)).body.years[0];
  type Figure = { value: string };
  type FundedOnCost = { cost: Figure; granted: Figure; net: Figure; fundedBy: Array<{ grantId: string }> };
  type PayGroupJson = { group: string; total: Figure; establishment: unknown; onCosts: { funding: { pension: FundedOnCost } } };
  const officersOf = (year: { expenditure: { payGroups: PayGroupJson[] } }) =>
    year.expenditure.payGroups.find((g) => g.group === 'officers')!;

  it('records a group’s establishment with its reason, and scales pay by FTE ÷ base FTE from the start of the year', async () => {
    await post('/forces/herts/establishment', { year: '2018/19', group: 'officers', fte: '1500', reason: 'Illustrative' }).expect(201);
    await post('/forces/herts/establishment', { year: '2019/20', group: 'officers', fte: '1530.0' }).expect(201);
    const recorded = (await financeEvents('herts')).filter((e) => e.type === 'EstablishmentSet.v1');
    expect(recorded.map((e) => e.data)).toEqual([
      { year: '2018/19', group: 'officers', fte: '1500' },
      { year: '2019/20', group: 'officers', fte: '1530' },
    ]);
    expect(recorded[0].metadata.reason).toBe('Illustrative');
    // 2019/20: 1,530 ÷ 1,500 = 1.02; officers £60,000,000 (plan award 0 %) × 1.02 = £61,200,000, of which the change £1,200,000.
    const officers = officersOf(await year19());
    expect(officers.establishment).toMatchObject({
      baseFte: { value: '1500.00' },
      baseFteFrom: '2018/19',
      fte: { value: '1530.00' },
      fteFrom: '2019/20',
      ratio: '1.0200',
      effect: { value: '1200000.00' },
    });
    expect(officers.total.value).toBe('61200000.00');
    const finance = await t.http().get('/forces/herts/finance').expect(200);
    expect(finance.body.establishments.map((e: { year: string; fte: string }) => [e.year, e.fte])).toEqual([
      ['2018/19', '1500'],
      ['2019/20', '1530'],
    ]);
  });

  it('sets the pensions grant against the officers’ employer pension: cost, grant and net', async () => {
    await post('/forces/herts/specific-grants', {
      grantId: 'pensions-grant',
      name: 'Police pensions grant',
      kind: 'specific',
      year: '2019/20',
      amount: '2000000.00',
      fundsOnCost: { group: 'officers', onCost: 'pension' },
      reason: 'Illustrative: the 2019/20 pensions grant',
    }).expect(201);
    const year = await year19();
    // Pension £61,200,000 × 31.0 % = £18,972,000; grant £2,000,000; net £16,972,000.
    const { pension } = officersOf(year).onCosts.funding;
    expect([pension.cost.value, pension.granted.value, pension.net.value]).toEqual(['18972000.00', '2000000.00', '16972000.00']);
    expect(pension.fundedBy.map((g: { grantId: string }) => g.grantId)).toEqual(['pensions-grant']);
    expect(year.funding.specificGrants[0].funds).toMatchObject({
      onCost: { group: 'officers', onCost: 'pension' },
      name: "Police officers' employer pension",
      spend: { value: '18972000.00' },
    });
    const explain = (line: string) => t.http().get(`/forces/herts/mtfp/explain?year=2019/20&line=${line}`).expect(200);
    const types = async (line: string) => (await explain(line)).body.events.map((e: { type: string }) => e.type);
    expect(await types('expenditure/payGroups/officers/establishment/effect')).toEqual(
      expect.arrayContaining(['BaseBudgetSet.v1', 'EstablishmentSet.v1']),
    );
    expect(await types('expenditure/payGroups/officers/onCosts/funding/pension/net')).toEqual(
      expect.arrayContaining(['PayOnCostRatesSet.v1', 'EstablishmentSet.v1', 'SpecificGrantRecorded.v1']),
    );
  });

  it('warns when the grant is more than the pension it funds', async () => {
    const body = { grantId: 'pensions-grant', name: 'Police pensions grant', kind: 'specific', year: '2019/20', amount: '20000000.00' };
    await post('/forces/herts/specific-grants', { ...body, fundsOnCost: { group: 'officers', onCost: 'pension' } }).expect(201);
    const mtfp = (await t.http().get('/forces/herts/mtfp?from=2019/20&years=1').expect(200)).body;
    // £20,000,000 − £18,972,000 = £1,028,000 funds nothing.
    expect(mtfp.warnings).toContain(
      "Police pensions grant of £20,000,000.00 in 2019/20 is more than the Police officers' employer pension it funds (£18,972,000.00): £1,028,000.00 funds nothing it is meant for",
    );
    await post('/forces/herts/specific-grants', {
      ...body,
      amount: '2000000.00',
      fundsOnCost: { group: 'officers', onCost: 'pension' },
    }).expect(201);
  });

  it('exports the change in establishment as a pay line whose formula total is the group’s pay', async () => {
    const workbook = await readWorkbook((await binary(t.http().get('/forces/herts/mtfp?from=2018/19&years=2&format=xlsx'))).body);
    const totals = formulaTotals(workbook.getWorksheet('Pay groups')!);
    for (const total of totals) expect(total.sumOfCells).toBe(total.result);
    expect(totals.find((x) => x.label === 'Police officers: pay' && x.column === '2019/20')?.result).toBe('61200000.00');
  });

  it('refuses bad input (400, field-level), a broken finance rule (422) and an unknown force (404), recording nothing', async () => {
    const field = async (body: object, status: number, path = '/forces/herts/establishment') =>
      (await refused('herts', post(path, body), status)).body.details.map((d) => d.field);
    expect(await field({ year: '2019/20', group: 'inspectors', fte: '10' }, 400)).toEqual(['group']);
    expect(await field({ year: '2019/20', group: 'officers', fte: 10 }, 400)).toEqual(['fte']);
    expect(await field({ year: '2019/20', group: 'officers', fte: '0' }, 400)).toEqual(['fte']);
    expect(await field({ year: '2021/22', group: 'officers', fte: '10' }, 422)).toEqual(['year']);
    await refused('nowhere', post('/forces/nowhere/establishment', { year: '2019/20', group: 'officers', fte: '10' }), 404);
    const grant = { grantId: 'pcso-grant', name: 'PCSO grant', kind: 'specific', year: '2019/20', amount: '100.00' };
    const grants = '/forces/herts/specific-grants';
    expect(await field({ ...grant, fundsOnCost: { group: 'officers', onCost: 'overtime' } }, 400, grants)).toEqual([
      expect.stringMatching(/fundsOnCost/),
    ]);
    expect(await field({ ...grant, fundsOnCost: 'officers' }, 400, grants)).toEqual(['fundsOnCost']);
    expect(
      await field({ ...grant, fundsOnCost: { group: 'officers', onCost: 'pension' }, fundsBudgetLine: 'officer-pay' }, 400, grants),
    ).toEqual(['fundsOnCost']);
    // No pay line names the PCSOs, so they have no on-costs for a grant to fund.
    expect(await field({ ...grant, fundsOnCost: { group: 'pcsos', onCost: 'pension' } }, 422, grants)).toEqual(['fundsOnCost']);
  });
});
