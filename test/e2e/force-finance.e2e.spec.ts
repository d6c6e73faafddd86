import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

/** Force finance writes and the recorded facts, through HTTP; one app for the file, a force per test. */
describe('force finance through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, headPosition, financeEvents, forceWithPlan, refused, budget2016 } = forceFinanceHttp(() => t);

  it('records every kind of finance fact and reads them back, to the penny, with the events behind them', async () => {
    await forceWithPlan('herts');
    const budget = await t
      .as({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' })
      .post('/forces/herts/budgets')
      .send(budget2016)
      .expect(201);
    expect(budget.body).toMatchObject({ stream: 'force-finance-herts', revision: '1', events: [{ type: 'BaseBudgetSet.v1' }] });
    expect(budget.headers.etag).toBe('"1"');

    await post('/forces/herts/assumptions', {
      year: '2016/17',
      payAward: '0.01',
      nonPayInflation: '0.02',
      incomeInflation: '0.01',
      grantChange: '-0.013',
      taxBaseGrowth: '0.008',
    }).expect(201);
    await post('/forces/herts/funding', {
      year: '2016/17',
      coreGrant: '64000000.00',
      formulaGrant: '39000000.00',
      legacyCouncilTaxGrants: '9200000.00',
      otherGeneralGrants: '0.00',
    }).expect(201);
    await post('/forces/herts/tax-base', { year: '2016/17', bandDEquivalents: '427953.5' }).expect(201);
    await post('/forces/herts/collection-fund', { year: '2016/17', amount: '-150000.00' }).expect(201);
    await post('/forces/herts/precepts', { year: '2016/17', bandD: '147.00', status: 'proposed' }).expect(201);
    await post('/forces/herts/precepts', { year: '2016/17', bandD: '147.00', status: 'approved' }).expect(201);
    const reserve = await post('/forces/herts/reserves', {
      reserveId: 'budget-support',
      name: 'Base-budget support reserve',
      kind: 'earmarked',
      purpose: 'Smooths the savings requirement over the MTFP',
      openingBalance: '25300000.00',
      asAtYear: '2016/17',
    }).expect(201);
    expect(reserve.headers.location).toBe('/forces/herts/reserves/budget-support');
    const movement = await post('/forces/herts/reserves/budget-support/movements', {
      year: '2016/17',
      direction: 'drawdown',
      basis: 'planned',
      amount: '4450000.00',
      supportsRevenueBudget: true,
    }).expect(201);
    expect(movement.body.movementId).toEqual(expect.any(String));
    await post('/forces/herts/minimum-general-reserve', { shareOfNre: '0.03' }).expect(201);
    const item = await post('/forces/herts/budget-items', {
      kind: 'growth',
      fromYear: '2016/17',
      amount: '2400000.00',
      recurrence: 'recurring',
      description: 'DAISU',
    }).expect(201);

    const finance = await t.http().get('/forces/herts/finance').expect(200);
    expect(finance.body).toMatchObject({
      force: 'herts',
      asAt: { position: await headPosition() },
      planPeriod: { firstYear: '2016/17', lastYear: '2019/20' },
      baseBudgets: [
        {
          year: '2016/17',
          lines: budget2016.lines,
          totals: { pay: '156000000.00', nonPay: '38000000.00', income: '7000000.00', net: '187000000.00' },
          sources: [budget.body.events[0].id],
        },
      ],
      assumptions: [{ year: '2016/17', payAward: '0.01', grantChange: '-0.013', taxBaseGrowth: '0.008' }],
      budgetItems: [{ itemId: item.body.itemId, kind: 'growth', amount: '2400000.00', recurrence: 'recurring', withdrawn: false }],
      grantSettlements: [{ year: '2016/17', coreGrant: '64000000.00', total: '112200000.00' }],
      taxBases: [{ year: '2016/17', bandDEquivalents: '427953.5' }],
      collectionFunds: [{ year: '2016/17', amount: '-150000.00' }],
      precepts: [
        {
          year: '2016/17',
          approved: { bandD: '147.00' },
          proposed: { bandD: '147.00' },
          history: [{ status: 'proposed' }, { status: 'approved' }],
        },
      ],
      reserves: [
        {
          reserveId: 'budget-support',
          kind: 'earmarked',
          openingBalance: '25300000.00',
          movements: [
            {
              movementId: movement.body.movementId,
              direction: 'drawdown',
              amount: '4450000.00',
              supportsRevenueBudget: true,
              counts: true,
            },
          ],
          balances: [
            { year: '2016/17', opening: '25300000.00', drawdowns: '4450000.00', closing: '20850000.00' },
            { year: '2017/18', closing: '20850000.00' },
            { year: '2018/19', closing: '20850000.00' },
            { year: '2019/20', closing: '20850000.00' },
          ],
        },
      ],
      minimumGeneralReserve: { shareOfNre: '0.03' },
    });

    const trail = await financeEvents('herts');
    expect(trail[1]).toMatchObject({ type: 'BaseBudgetSet.v1', metadata: { actor: 'cfo@herts', reason: 'Budget book 2016/17' } });
    expect(trail[1].data.lines).toEqual(budget2016.lines.map((l) => ({ ...l, amount: l.amount.replace(/\.00$/, '') })));

    const one = await t.http().get('/forces/herts/reserves/budget-support').expect(200);
    expect(one.body).toMatchObject({ force: 'herts', reserveId: 'budget-support', balances: expect.any(Array) });
    await t.http().get('/forces/herts/reserves/rainy-day').expect(404);
  });

  it('adds, revises and withdraws a budget item, which keeps its history', async () => {
    await forceWithPlan('beds');
    const added = await post('/forces/beds/budget-items', {
      kind: 'saving',
      fromYear: '2017/18',
      amount: '500000.00',
      recurrence: 'recurring',
      description: 'Organisational support collaboration',
    }).expect(201);
    const { itemId } = added.body;
    expect(added.headers.location).toBe(`/forces/beds/budget-items/${itemId}`);
    expect(added.body).toMatchObject({ stream: 'force-finance-beds', events: [{ type: 'BudgetItemAdded.v1' }] });

    const revised = await t
      .http()
      .patch(`/forces/beds/budget-items/${itemId}`)
      .send({ amount: '700000.00', reason: 'Realised earlier than planned' })
      .expect(200);
    expect(revised.body.events).toEqual([{ id: expect.any(String), type: 'BudgetItemRevised.v1' }]);
    const unchanged = await t.http().patch(`/forces/beds/budget-items/${itemId}`).send({ amount: '700000.00' }).expect(200);
    expect(unchanged.body.events).toEqual([]);

    const withdrawn = await post(`/forces/beds/budget-items/${itemId}/withdrawal`, {
      reason: 'Superseded by the alliance programme',
    }).expect(201);
    expect(withdrawn.body.events).toEqual([{ id: expect.any(String), type: 'BudgetItemWithdrawn.v1' }]);

    const item = await t.http().get(`/forces/beds/budget-items/${itemId}`).expect(200);
    expect(item.body).toMatchObject({ itemId, kind: 'saving', amount: '700000.00', withdrawn: true });
    expect(item.body.sources).toEqual([added.body.events[0].id, revised.body.events[0].id, withdrawn.body.events[0].id]);

    const again = await refused('beds', t.http().patch(`/forces/beds/budget-items/${itemId}`).send({ amount: '1.00' }), 422);
    expect(again.body.message).toMatch(/was withdrawn and can no longer change/);
    await refused('beds', post(`/forces/beds/budget-items/${itemId}/withdrawal`), 422);
    await refused('beds', post('/forces/beds/budget-items/no-such-item/withdrawal'), 404);
    await t.http().get('/forces/beds/budget-items/no-such-item').expect(404);
  });

  it('gives a retried item (same Idempotency-Key) the same id and records it once', async () => {
    await forceWithPlan('cambs');
    const body = {
      kind: 'cost_pressure',
      fromYear: '2016/17',
      amount: '1200000.00',
      recurrence: 'one_off',
      description: 'Pension pressure',
    };
    const first = await post('/forces/cambs/budget-items', body).set('Idempotency-Key', 'item-key-1').expect(201);
    const retry = await post('/forces/cambs/budget-items', body).set('Idempotency-Key', 'item-key-1').expect(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.location).toBe(first.headers.location);
    const another = await post('/forces/cambs/budget-items', body).set('Idempotency-Key', 'item-key-2').expect(201);
    expect(another.body.itemId).not.toBe(first.body.itemId);
    const items = (await financeEvents('cambs')).filter((e) => e.type === 'BudgetItemAdded.v1');
    expect(items.map((e) => e.data.itemId)).toEqual([first.body.itemId, another.body.itemId]);
  });

  it('documents every force finance endpoint in the OpenAPI document', async () => {
    const docs = await t.http().get('/docs-json').expect(200);
    for (const path of [
      '/forces/{force}/plan-period',
      '/forces/{force}/budgets',
      '/forces/{force}/assumptions',
      '/forces/{force}/budget-items',
      '/forces/{force}/budget-items/{itemId}',
      '/forces/{force}/budget-items/{itemId}/withdrawal',
      '/forces/{force}/funding',
      '/forces/{force}/tax-base',
      '/forces/{force}/collection-fund',
      '/forces/{force}/precepts',
      '/forces/{force}/reserves',
      '/forces/{force}/reserves/{reserve}',
      '/forces/{force}/reserves/{reserve}/movements',
      '/forces/{force}/minimum-general-reserve',
      '/forces/{force}/finance',
      '/forces/{force}/mtfp',
      '/forces/{force}/mtfp/explain',
      '/forces/{force}/precept-options',
      '/referendum-principles',
    ]) {
      expect(docs.body.paths[path]).toBeDefined();
    }
  });
});
