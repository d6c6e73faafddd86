import Decimal from 'decimal.js';
import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { binary, formulaTotals, readWorkbook } from '../support/spreadsheets';
import { startTestApp, type TestApp } from '../support/test-app';

interface PayGroupJson {
  group: string;
  opening: { value: string };
  drift: { value: string };
  awardFullYear: { value: string };
  awardInYear: { value: string };
  total: { value: string };
  award: { basis: string; effectiveMonth: number | null; monthsInYear: number } | null;
}

/**
 * The pay model through HTTP: pay lines naming their pay group, a group's award from September
 * with its reason, the MTFP's part-year effect and drift, explained line by line and in the
 * export; and the refusals, with nothing recorded.
 */
describe('pay awards per pay group through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', {
      year: '2016/17',
      lines: [
        { code: 'PAY-OFFICERS', name: 'Police officer pay', kind: 'pay', amount: '10000000.00', payGroup: 'officers' },
        { code: 'PAY-STAFF', name: 'Police staff pay', kind: 'pay', amount: '4000000.00', payGroup: 'staff' },
      ],
    }).expect(201);
    const plan = { nonPayInflation: '0', incomeInflation: '0', grantChange: '0', taxBaseGrowth: '0' };
    await post('/forces/herts/assumptions', { year: '2017/18', payAward: '0.01', ...plan }).expect(201);
    await post('/forces/herts/assumptions', { year: '2018/19', payAward: '0', ...plan }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, financeEvents } = forceFinanceHttp(() => t);
  const mtfp = async () => (await t.http().get('/forces/herts/mtfp?from=2016/17&years=3&include=sources').expect(200)).body;

  it('records a group’s award, September unless told, with its reason', async () => {
    await post('/forces/herts/pay-awards', {
      year: '2017/18',
      group: 'officers',
      rate: '0.02',
      reason: 'Illustrative: a 2 % officers’ award from 1 September',
    }).expect(201);
    await post('/forces/herts/pay-awards', {
      year: '2018/19',
      group: 'staff',
      rate: '0.015',
      effectiveMonth: 4,
      incrementalDrift: '0.01',
    }).expect(201);
    const recorded = (await financeEvents('herts')).filter((e) => e.type === 'PayAwardSet.v1');
    expect(recorded.map((e) => e.data)).toEqual([
      { year: '2017/18', group: 'officers', rate: '0.02', effectiveMonth: 9 },
      { year: '2018/19', group: 'staff', rate: '0.015', effectiveMonth: 4, incrementalDrift: '0.01' },
    ]);
    expect(recorded[0].metadata.reason).toBe('Illustrative: a 2 % officers’ award from 1 September');
    const finance = await t.http().get('/forces/herts/finance').expect(200);
    expect(finance.body.payAwards.map((a: { year: string; group: string }) => [a.year, a.group])).toEqual([
      ['2017/18', 'officers'],
      ['2018/19', 'staff'],
    ]);
  });

  it('shows each group’s pay in the MTFP: 7/12 of a September award in its year, the full award the next', async () => {
    const { years } = await mtfp();
    const officers = years.map((y: { expenditure: { payGroups: PayGroupJson[] } }) => y.expenditure.payGroups[0]);
    // 2017/18: £10,000,000 × 2 % = £200,000 full year; 7/12 of it £116,666.67; pay £10,116,666.67.
    expect(officers[1]).toMatchObject({
      group: 'officers',
      opening: { value: '10000000.00' },
      awardFullYear: { value: '200000.00' },
      awardInYear: { value: '116666.67' },
      total: { value: '10116666.67' },
      award: { basis: 'recorded', effectiveMonth: 9, monthsInYear: 7 },
    });
    // 2018/19: no officers' award, the plan's 0 %: £10,200,000.00.
    expect(officers[2]).toMatchObject({ opening: { value: '10200000.00' }, total: { value: '10200000.00' }, award: { basis: 'plan' } });
    // Staff 2018/19: £4,000,000 × 1.01 (plan 2017/18) = £4,040,000; drift 1 % £40,400; award (£4,080,400 × 1.5 %) £61,206 from April.
    const staff = years[2].expenditure.payGroups[1];
    expect([staff.drift.value, staff.awardInYear.value, staff.total.value]).toEqual(['40400.00', '61206.00', '4141606.00']);
    // pay 2018/19 = £10,200,000 + £4,141,606 = £14,341,606.
    expect(years[2].expenditure.pay.value).toBe('14341606.00');
    expect(years[1].expenditure.lines[0].amount.sources.length).toBeGreaterThan(1);
  });

  it('explains every pay group line, citing the award, and exports the groups with formula totals', async () => {
    const lines = (await t.http().get('/forces/herts/mtfp/explain?year=2017/18').expect(200)).body.lines.map(
      (l: { line: string }) => l.line,
    );
    expect(lines).toEqual(expect.arrayContaining(['expenditure/payGroups/officers/awardInYear', 'expenditure/payGroups/staff/total']));
    const explained = await t
      .http()
      .get('/forces/herts/mtfp/explain?year=2017/18&line=expenditure/payGroups/officers/awardInYear')
      .expect(200);
    expect(explained.body.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['BaseBudgetSet.v1', 'PayAwardSet.v1']),
    );
    const csv = (await t.http().get('/forces/herts/mtfp?from=2016/17&years=3&format=csv').expect(200)).text;
    expect(csv).toContain('2017/18,expenditure,expenditure/payGroups/officers/awardInYear,116666.67');
    const workbook = await readWorkbook((await binary(t.http().get('/forces/herts/mtfp?from=2016/17&years=3&format=xlsx'))).body);
    const sheet = workbook.getWorksheet('Pay groups')!;
    const totals = formulaTotals(sheet);
    for (const total of totals) expect(total.sumOfCells).toBe(total.result);
    // Each group's pay is a formula over opening + drift + award in year, equal to the service's figure.
    const pay = (label: string, year: string) => totals.find((x) => x.label === label && x.column === year)?.result;
    expect(pay('Police officers: pay', '2017/18')).toBe('10116666.67');
    expect(pay('Police staff: pay', '2018/19')).toBe('4141606.00');
  });

  it('refuses bad input (400, field-level), a broken finance rule (422) and an unknown force (404), recording nothing', async () => {
    const group = await refused('herts', post('/forces/herts/pay-awards', { year: '2018/19', group: 'inspectors', rate: '0.02' }), 400);
    expect(group.body.details).toEqual([expect.objectContaining({ field: 'group' })]);
    const month = await refused(
      'herts',
      post('/forces/herts/pay-awards', { year: '2018/19', group: 'officers', rate: '0.02', effectiveMonth: 13 }),
      400,
    );
    expect(month.body.details).toEqual([expect.objectContaining({ field: 'effectiveMonth' })]);
    const number = await refused('herts', post('/forces/herts/pay-awards', { year: '2018/19', group: 'officers', rate: 0.02 }), 400);
    expect(number.body.details).toEqual([expect.objectContaining({ field: 'rate' })]);
    const line = await refused(
      'herts',
      post('/forces/herts/budgets', {
        year: '2017/18',
        lines: [{ code: 'X', name: 'Supplies', kind: 'pay', amount: '1.00', payGroup: 'sergeants' }],
      }),
      400,
    );
    expect(line.body.details).toEqual([expect.objectContaining({ field: expect.stringMatching(/payGroup/) })]);
    const cut = await refused('herts', post('/forces/herts/pay-awards', { year: '2018/19', group: 'pcsos', rate: '-1' }), 422);
    expect(cut.body.details).toEqual([expect.objectContaining({ field: 'rate' })]);
    const outside = await refused('herts', post('/forces/herts/pay-awards', { year: '2021/22', group: 'pcsos', rate: '0.02' }), 422);
    expect(outside.body.details).toEqual([expect.objectContaining({ field: 'year' })]);
    await refused('nowhere', post('/forces/nowhere/pay-awards', { year: '2018/19', group: 'officers', rate: '0.02' }), 404);
  });

  it('adds employer on-costs once a force records their rates, in the MTFP, explain and the export', async () => {
    const before = (await mtfp()).years[2].expenditure.total.value;
    const bad = await refused(
      'herts',
      post('/forces/herts/pay-on-costs', {
        year: '2018/19',
        officersPension: 'much',
        staffPension: '0.18',
        employerNationalInsurance: '0.1',
      }),
      400,
    );
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'officersPension' })]);
    const negative = await refused(
      'herts',
      post('/forces/herts/pay-on-costs', {
        year: '2018/19',
        officersPension: '0.31',
        staffPension: '-0.18',
        employerNationalInsurance: '0.1',
      }),
      422,
    );
    expect(negative.body.details).toEqual([expect.objectContaining({ field: 'staffPension' })]);
    await post('/forces/herts/pay-on-costs', {
      year: '2018/19',
      officersPension: '0.31',
      staffPension: '0.18',
      employerNationalInsurance: '0.1',
      reason: 'Illustrative on-cost rates',
    }).expect(201);
    const year = (await mtfp()).years[2];
    // Officers £10,200,000: pension × 31 % = £3,162,000, NI £1,020,000; staff £4,141,606: pension × 18 % = £745,489.08, NI £414,160.60.
    // Levy (£14,341,606 − £3m) × 0.5 % = £56,708.03: officers £56,708.03 × 10,200,000 / 14,341,606
    // = £40,331.738… → £40,331.74, staff £56,708.03 × 4,141,606 / 14,341,606 = £16,376.291… → £16,376.29.
    const [officers, staff] = year.expenditure.payGroups;
    expect([officers.onCosts.pension.value, officers.onCosts.nationalInsurance.value, officers.onCosts.apprenticeshipLevy.value]).toEqual([
      '3162000.00',
      '1020000.00',
      '40331.74',
    ]);
    expect([staff.onCosts.pension.value, staff.onCosts.nationalInsurance.value, staff.onCosts.apprenticeshipLevy.value]).toEqual([
      '745489.08',
      '414160.60',
      '16376.29',
    ]);
    // On-costs £3,162,000 + £1,020,000 + £745,489.08 + £414,160.60 + £56,708.03 = £5,398,357.71, added to the total.
    expect(year.expenditure.payOnCosts.value).toBe('5398357.71');
    expect(new Decimal(year.expenditure.total.value).minus(before).toFixed(2)).toBe('5398357.71');
    const explained = await t
      .http()
      .get('/forces/herts/mtfp/explain?year=2018/19&line=expenditure/payGroups/officers/onCosts/pension')
      .expect(200);
    expect(explained.body.events.map((e: { type: string }) => e.type)).toContain('PayOnCostRatesSet.v1');
    const workbook = await readWorkbook((await binary(t.http().get('/forces/herts/mtfp?from=2016/17&years=3&format=xlsx'))).body);
    const totals = ['Expenditure', 'Pay groups'].flatMap((name) => formulaTotals(workbook.getWorksheet(name)!));
    for (const total of totals) expect(total.sumOfCells).toBe(total.result);
    expect(totals.find((x) => x.label === 'Total expenditure' && x.column === '2018/19')?.result).toBe(year.expenditure.total.value);
    expect(totals.find((x) => x.label === 'Police staff: on-costs' && x.column === '2018/19')?.result).toBe(staff.onCosts.total.value);
  });
});
