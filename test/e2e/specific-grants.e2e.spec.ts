import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Figure {
  value: string;
}
interface Grant {
  grantId: string;
  kind: string;
  amount: Figure;
  funds: { budgetLine?: string; name: string; spend: Figure } | null;
}
interface Year {
  year: string;
  expenditure: { lines: Array<{ code: string; fundedBy?: Array<{ grantId: string; amount: Figure }> }> };
  funding: { specificGrants: Grant[]; specificGrantsTotal: Figure; total: Figure; precept: { councilTaxRequirement: Figure } };
}

/**
 * Specific and ring-fenced grants through HTTP: recorded with a reason, their own funding line in
 * the MTFP beside the spend they fund, explained by their events; the plan as at before the grant
 * is the old plan; superseded and withdrawn; refusals record nothing.
 */
describe('specific grants through HTTP', () => {
  let t: TestApp;
  let before: string | null;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', budget2016).expect(201);
    await post('/forces/herts/tax-base', { year: '2016/17', bandDEquivalents: '420000' }).expect(201);
    await post('/forces/herts/precepts', { year: '2016/17', bandD: '147.00', status: 'approved' }).expect(201);
    before = await headPosition();
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, financeEvents, headPosition, budget2016 } = forceFinanceHttp(() => t);
  const year19 = async (query = ''): Promise<{ year: Year; warnings: string[] }> => {
    const res = await t.http().get(`/forces/herts/mtfp?from=2019/20&years=1${query}`).expect(200);
    return { year: res.body.years[0], warnings: res.body.warnings };
  };
  const uplift = {
    grantId: 'uplift',
    name: 'Officer uplift grant',
    kind: 'ring_fenced',
    year: '2019/20',
    amount: '1000000.00',
    fundsBudgetLine: 'PAY-OFFICERS',
    conditions: 'Paid as recruitment targets are met',
    reason: 'Illustrative: Home Office uplift allocation',
  };

  it('records a year of a grant with its reason', async () => {
    await post('/forces/herts/specific-grants', uplift).expect(201);
    const recorded = (await financeEvents('herts')).filter((e) => e.type === 'SpecificGrantRecorded.v1');
    expect(recorded.map((e) => e.data)).toEqual([
      {
        grantId: 'uplift',
        name: 'Officer uplift grant',
        kind: 'ring_fenced',
        year: '2019/20',
        amount: '1000000',
        fundsBudgetLine: 'PAY-OFFICERS',
        conditions: 'Paid as recruitment targets are met',
      },
    ]);
    expect(recorded[0].metadata.reason).toBe('Illustrative: Home Office uplift allocation');
    const finance = await t.http().get('/forces/herts/finance').expect(200);
    expect(finance.body.specificGrants).toEqual([
      expect.objectContaining({ grantId: 'uplift', year: '2019/20', amount: '1000000.00', fundsBudgetLine: 'PAY-OFFICERS' }),
    ]);
  });

  it('shows it as its own funding line beside the pay it funds, in the total but not the council tax requirement', async () => {
    const { year } = await year19();
    expect(year.funding.specificGrants).toEqual([
      expect.objectContaining({
        grantId: 'uplift',
        kind: 'ring_fenced',
        amount: { value: '1000000.00' },
        // no plan assumptions recorded: officer pay stays at its 2016/17 £104,000,000.00
        funds: { budgetLine: 'PAY-OFFICERS', name: 'Police officer pay', spend: { value: '104000000.00' } },
        conditions: 'Paid as recruitment targets are met',
      }),
    ]);
    expect(year.funding.specificGrantsTotal.value).toBe('1000000.00');
    // no settlement: grants 0; precept £147 × 420,000 = £61,740,000.00; + the £1,000,000.00 grant
    expect(year.funding.total.value).toBe('62740000.00');
    expect(year.funding.precept.councilTaxRequirement.value).toBe('61740000.00');
    expect(year.expenditure.lines.find((l) => l.code === 'PAY-OFFICERS')?.fundedBy).toEqual([
      expect.objectContaining({ grantId: 'uplift', amount: { value: '1000000.00' } }),
    ]);
  });

  it('explains the line with the event that recorded it', async () => {
    const res = await t.http().get('/forces/herts/mtfp/explain?year=2019/20&line=funding/specificGrants/uplift/amount').expect(200);
    expect(res.body.events).toEqual([
      expect.objectContaining({
        type: 'SpecificGrantRecorded.v1',
        metadata: expect.objectContaining({ reason: 'Illustrative: Home Office uplift allocation' }),
      }),
    ]);
    const lines = (await t.http().get('/forces/herts/mtfp/explain?year=2019/20').expect(200)).body.lines.map(
      (l: { line: string }) => l.line,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'funding/specificGrants/uplift/amount',
        'funding/specificGrantsTotal',
        'expenditure/lines/PAY-OFFICERS/fundedBy/uplift/amount',
      ]),
    );
  });

  it('as at before the grant shows the old plan', async () => {
    const { year } = await year19(`&asOf=${before}`);
    expect(year.funding.specificGrants).toEqual([]);
    expect(year.funding.specificGrantsTotal.value).toBe('0.00');
    expect(year.funding.total.value).toBe('61740000.00');
    expect(year.expenditure.lines.find((l) => l.code === 'PAY-OFFICERS')?.fundedBy).toBeUndefined();
  });

  it('a later record supersedes; a ring-fenced grant above its spend is warned of; a withdrawn year has none', async () => {
    await post('/forces/herts/specific-grants', { ...uplift, amount: '105000000.00', reason: 'Corrected allocation' }).expect(201);
    const { year, warnings } = await year19();
    expect(year.funding.specificGrants.map((g) => g.amount.value)).toEqual(['105000000.00']);
    expect(warnings).toContain(
      'Ring-fenced Officer uplift grant of £105,000,000.00 in 2019/20 is more than the spend it funds (Police officer pay, £104,000,000.00): £1,000,000.00 is unspent, and ring-fenced money cannot fund the general budget',
    );
    await post('/forces/herts/specific-grants/uplift/withdrawal', { year: '2019/20', reason: 'Not allocated after all' }).expect(201);
    expect((await year19()).year.funding.specificGrants).toEqual([]);
  });

  it('refuses bad input (400, field-level), a broken finance rule (422) and what is not there (404), recording nothing', async () => {
    const send = (body: object) => post('/forces/herts/specific-grants', { ...uplift, ...body });
    expect((await refused('herts', send({ kind: 'general' }), 400)).body.details).toEqual([expect.objectContaining({ field: 'kind' })]);
    expect((await refused('herts', send({ amount: '1,000' }), 400)).body.details).toEqual([expect.objectContaining({ field: 'amount' })]);
    expect((await refused('herts', send({ grantId: 'a b' }), 400)).body.details).toEqual([expect.objectContaining({ field: 'grantId' })]);
    const outside = await refused('herts', send({ year: '2020/21' }), 422);
    expect(outside.body.details).toEqual([expect.objectContaining({ field: 'year' })]);
    const negative = await refused('herts', send({ amount: '-1.00' }), 422);
    expect(negative.body.details).toEqual([expect.objectContaining({ field: 'amount' })]);
    const noLine = await refused('herts', send({ fundsBudgetLine: 'PAY-PCSO' }), 422);
    expect(noLine.body.message).toMatch(/2016\/17 base budget \(which 2019\/20 rolls forward from\) has no line PAY-PCSO/);
    const { fundsBudgetLine: _line, ...untied } = uplift;
    const ringFenced = await refused('herts', post('/forces/herts/specific-grants', untied), 422);
    expect(ringFenced.body.message).toMatch(/ring-fenced: name the spend it funds/);
    await refused('herts', post('/forces/herts/specific-grants/uplift/withdrawal', { year: '2019/20' }), 404);
    await refused('nowhere', post('/forces/nowhere/specific-grants', uplift), 404);
  });
});
