import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

/** Cost pressures and growth inflate with their category from their first year, through HTTP; and the refusals. */
describe('budget item inflation through HTTP', () => {
  let t: TestApp;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestApp();
    await forceWithPlan('herts');
    await post('/forces/herts/budgets', budget2016).expect(201);
    await post('/forces/herts/assumptions', {
      year: '2017/18',
      payAward: '0.01',
      nonPayInflation: '0.02',
      incomeInflation: '0',
      grantChange: '0',
      taxBaseGrowth: '0',
    }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, budget2016, financeEvents } = forceFinanceHttp(() => t);

  it('records the category and moves the item by the pay award after its first year', async () => {
    const res = await post('/forces/herts/budget-items', {
      kind: 'growth',
      fromYear: '2016/17',
      amount: '2400000.00',
      recurrence: 'recurring',
      description: 'DAISU',
      inflation: 'pay',
    }).expect(201);
    itemId = res.body.itemId;
    const mtfp = (await t.http().get('/forces/herts/mtfp?from=2016/17&years=2').expect(200)).body;
    const daisu = (i: number) => mtfp.years[i].expenditure.items.find((x: { itemId: string }) => x.itemId === itemId);
    // £2.4m at 2016/17 prices, × 1.01 (the 2017/18 pay award) = £2,424,000.00.
    expect(daisu(0)).toMatchObject({ inflation: 'pay', amount: { value: '2400000.00' } });
    expect(daisu(1)).toMatchObject({ inflation: 'pay', amount: { value: '2424000.00' }, recordedAmount: { value: '2400000.00' } });
    const explained = await t.http().get(`/forces/herts/mtfp/explain?year=2017/18&line=expenditure/items/${itemId}/amount`).expect(200);
    expect(explained.body.events.map((e: { type: string }) => e.type)).toEqual(['PlanAssumptionsSet.v1', 'BudgetItemAdded.v1']);
  });

  it('revises the category to flat cash', async () => {
    await t.http().patch(`/forces/herts/budget-items/${itemId}`).send({ inflation: 'none' }).expect(200);
    const mtfp = (await t.http().get('/forces/herts/mtfp?from=2017/18&years=1').expect(200)).body;
    expect(mtfp.years[0].expenditure.items[0]).toMatchObject({ inflation: 'none', amount: { value: '2400000.00' } });
  });

  it('refuses an unknown category (400, field-level), recording nothing', async () => {
    const bad = await refused(
      'herts',
      post('/forces/herts/budget-items', {
        kind: 'growth',
        fromYear: '2016/17',
        amount: '1.00',
        recurrence: 'one_off',
        description: 'x',
        inflation: 'energy',
      }),
      400,
    );
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'inflation' })]);
    expect((await financeEvents('herts')).filter((e) => e.type === 'BudgetItemAdded.v1')).toHaveLength(1);
  });
});
