import type { Test } from 'supertest';
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

  const post = (url: string, body: object = {}) => t.http().post(url).send(body);
  const headPosition = async (): Promise<string | null> => (await t.http().get('/health').expect(200)).body.headPosition;
  const financeEvents = async (
    force: string,
  ): Promise<Array<{ type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }>> => {
    const res = await t.http().get(`/streams/force-finance-${force}/events?limit=1000`);
    return res.status === 404 ? [] : res.body.events;
  };

  /** A registered force with the plan period 2016/17 to 2019/20. */
  async function forceWithPlan(code: string): Promise<void> {
    await post('/forces', { code, name: `${code.toUpperCase()} Constabulary` }).expect(201);
    await post(`/forces/${code}/plan-period`, { firstYear: '2016/17', lastYear: '2019/20' }).expect(201);
  }

  /** Sends a request that must be refused, and checks that nothing at all was recorded. */
  async function refused(
    force: string,
    request: Test,
    status: number,
  ): Promise<{ body: { error: string; message: string; details: Array<{ field: string; message: string }> } }> {
    const before = { head: await headPosition(), events: (await financeEvents(force)).length };
    const res = await request;
    expect(res.status).toBe(status);
    expect(await headPosition()).toBe(before.head);
    expect(await financeEvents(force)).toHaveLength(before.events);
    return res as never;
  }

  const budget2016 = {
    year: '2016/17',
    lines: [
      { code: 'PAY-OFFICERS', name: 'Police officer pay', kind: 'pay', amount: '104000000.00' },
      { code: 'PAY-STAFF', name: 'Police staff pay', kind: 'pay', amount: '52000000.00' },
      { code: 'SUPPLIES', name: 'Supplies and services', kind: 'non_pay', amount: '38000000.00' },
      { code: 'FEES', name: 'Fees and charges', kind: 'income', amount: '7000000.00' },
    ],
    reason: 'Budget book 2016/17',
  };

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

  describe('bad input: refused, and nothing recorded', () => {
    beforeAll(async () => {
      await forceWithPlan('kent');
      await post('/forces/kent/reserves', {
        reserveId: 'budget-support',
        name: 'Budget support reserve',
        kind: 'earmarked',
        openingBalance: '25300000.00',
        asAtYear: '2016/17',
      }).expect(201);
      for (const year of ['2016/17', '2017/18', '2018/19', '2019/20']) {
        await post('/forces/kent/reserves/budget-support/movements', {
          year,
          direction: 'drawdown',
          basis: 'planned',
          amount: '4450000.00',
          supportsRevenueBudget: true,
        }).expect(201);
      }
    });

    const writes: Array<[string, object]> = [
      ['plan-period', { firstYear: '2016/17', lastYear: '2019/20' }],
      ['budgets', budget2016],
      [
        'assumptions',
        { year: '2016/17', payAward: '0.01', nonPayInflation: '0.02', incomeInflation: '0.01', grantChange: '0', taxBaseGrowth: '0' },
      ],
      ['budget-items', { kind: 'growth', fromYear: '2016/17', amount: '1.00', recurrence: 'one_off', description: 'x' }],
      ['funding', { year: '2016/17', coreGrant: '1.00', formulaGrant: '1.00', legacyCouncilTaxGrants: '0', otherGeneralGrants: '0' }],
      ['tax-base', { year: '2016/17', bandDEquivalents: '420000' }],
      ['collection-fund', { year: '2016/17', amount: '600000.00' }],
      ['precepts', { year: '2016/17', bandD: '147.00', status: 'approved' }],
      ['reserves', { reserveId: 'general', name: 'General reserve', kind: 'general', openingBalance: '1.00', asAtYear: '2016/17' }],
      ['reserves/general/movements', { year: '2016/17', direction: 'contribution', basis: 'planned', amount: '1.00' }],
      ['minimum-general-reserve', { shareOfNre: '0.03' }],
    ];
    it.each(writes)('404 for an unknown force: POST /forces/nowhere/%s', async (path, body) => {
      const res = await refused('nowhere', post(`/forces/nowhere/${path}`, body), 404);
      expect(res.body).toMatchObject({ error: 'not_found', message: expect.stringMatching(/No force "nowhere" is registered/) });
    });

    it('404 for an unknown force on the reads', async () => {
      await t.http().get('/forces/nowhere/finance').expect(404);
      await t.http().get('/forces/nowhere/mtfp?from=2016/17&years=4').expect(404);
      await t.http().get('/forces/nowhere/precept-options?year=2017/18').expect(404);
      await refused('nowhere', t.http().patch('/forces/nowhere/budget-items/x').send({ amount: '1.00' }), 404);
    });

    const malformed: Array<[string, string, object, string, RegExp]> = [
      ['a year written with a hyphen', 'budgets', { ...budget2016, year: '2016-17' }, 'year', /financial year written like "2016\/17"/],
      [
        'a year whose halves do not follow',
        'plan-period',
        { firstYear: '2016/18', lastYear: '2019/20' },
        'firstYear',
        /not a financial year/,
      ],
      [
        'money as a JSON number',
        'budgets',
        { ...budget2016, lines: [{ ...budget2016.lines[0], amount: 104000000 }] },
        'lines[0].amount',
        /not a JSON number/,
      ],
      [
        'money with a thousands separator',
        'funding',
        { year: '2016/17', coreGrant: '64,000,000', formulaGrant: '0', legacyCouncilTaxGrants: '0', otherGeneralGrants: '0' },
        'coreGrant',
        /decimal string of pounds/,
      ],
      ['money in fractions of a penny', 'collection-fund', { year: '2016/17', amount: '100.001' }, 'amount', /two decimal places/],
      ['a Band D as a JSON number', 'precepts', { year: '2017/18', bandD: 152, status: 'approved' }, 'bandD', /not a JSON number/],
      [
        'an opening balance as a JSON number',
        'reserves',
        { reserveId: 'general', name: 'General', kind: 'general', openingBalance: 5000000, asAtYear: '2016/17' },
        'openingBalance',
        /not a JSON number/,
      ],
      [
        'a drawdown as a JSON number',
        'reserves/budget-support/movements',
        { year: '2017/18', direction: 'drawdown', basis: 'planned', amount: 1000 },
        'amount',
        /not a JSON number/,
      ],
      [
        'a rate as a percentage',
        'assumptions',
        { year: '2016/17', payAward: '1%', nonPayInflation: '0.02', incomeInflation: '0', grantChange: '0', taxBaseGrowth: '0' },
        'payAward',
        /decimal fraction string/,
      ],
      [
        'an unknown kind of line',
        'budgets',
        { ...budget2016, lines: [{ ...budget2016.lines[0], kind: 'overtime' }] },
        'lines[0].kind',
        /pay, non_pay, income/,
      ],
      [
        'a field the request does not take',
        'tax-base',
        { year: '2016/17', bandDEquivalents: '420000', bandD: '147.00' },
        'bandD',
        /not a field this request accepts/,
      ],
      ['a tax base as a JSON number', 'tax-base', { year: '2016/17', bandDEquivalents: 420000 }, 'bandDEquivalents', /not a JSON number/],
    ];
    it.each(malformed)('400 for %s, naming the field', async (_, path, body, field, message) => {
      const res = await refused('kent', post(`/forces/kent/${path}`, body), 400);
      expect(res.body.error).toBe('invalid_input');
      expect(res.body.details).toEqual(expect.arrayContaining([{ field, message: expect.stringMatching(message) }]));
    });

    it('422 for a budget for a year outside the plan, naming the plan period', async () => {
      const res = await refused('kent', post('/forces/kent/budgets', { ...budget2016, year: '2021/22' }), 422);
      expect(res.body).toMatchObject({
        error: 'rule_violated',
        message: "2021/22 is outside KENT Constabulary's plan period (2016/17 to 2019/20)",
      });
    });

    it('422 for a precept for a year outside the plan', async () => {
      const res = await refused('kent', post('/forces/kent/precepts', { year: '2015/16', bandD: '147.82', status: 'approved' }), 422);
      expect(res.body.message).toBe("2015/16 is outside KENT Constabulary's plan period (2016/17 to 2019/20)");
      expect(res.body.details).toEqual([{ field: 'year', message: res.body.message }]);
    });

    it('422 for figures before any plan period is set', async () => {
      await post('/forces', { code: 'essex', name: 'Essex Police' }).expect(201);
      const res = await refused('essex', post('/forces/essex/tax-base', { year: '2016/17', bandDEquivalents: '420000' }), 422);
      expect(res.body.message).toMatch(/^Essex Police has no plan period yet: set its plan period/);
    });

    it('422 for a duplicate reserve', async () => {
      const res = await refused(
        'kent',
        post('/forces/kent/reserves', {
          reserveId: 'budget-support',
          name: 'Another reserve',
          kind: 'general',
          openingBalance: '1.00',
          asAtYear: '2016/17',
        }),
        422,
      );
      expect(res.body.message).toBe('KENT Constabulary already has a reserve called Budget support reserve with id budget-support');
      const sameName = await refused(
        'kent',
        post('/forces/kent/reserves', {
          reserveId: 'bsr',
          name: 'budget support reserve',
          kind: 'earmarked',
          openingBalance: '1.00',
          asAtYear: '2016/17',
        }),
        422,
      );
      expect(sameName.body.message).toMatch(/already has a reserve called Budget support reserve \(id budget-support\)/);
    });

    it('422 for a negative opening balance', async () => {
      const res = await refused(
        'kent',
        post('/forces/kent/reserves', {
          reserveId: 'general',
          name: 'General reserve',
          kind: 'general',
          openingBalance: '-1.00',
          asAtYear: '2016/17',
        }),
        422,
      );
      expect(res.body.message).toBe('The opening balance of General reserve cannot be negative (-£1.00 given)');
    });

    it('422 for a drawdown beyond the balance, saying what the balance is', async () => {
      const res = await refused(
        'kent',
        post('/forces/kent/reserves/budget-support/movements', {
          year: '2019/20',
          direction: 'drawdown',
          basis: 'planned',
          amount: '7500000.01',
        }),
        422,
      );
      expect(res.body.message).toBe(
        'Drawdown of £7,500,000.01 from Budget support reserve would take it below zero: its balance in 2019/20 is £7,500,000.00',
      );
      const early = await refused(
        'kent',
        post('/forces/kent/reserves/budget-support/movements', {
          year: '2017/18',
          direction: 'drawdown',
          basis: 'planned',
          amount: '8000000.00',
        }),
        422,
      );
      expect(early.body.message).toMatch(/its balance in 2019\/20 would be -£500,000\.00/);
    });

    it('404 for a movement on a reserve the force does not have', async () => {
      const res = await refused(
        'kent',
        post('/forces/kent/reserves/rainy-day/movements', { year: '2017/18', direction: 'contribution', basis: 'planned', amount: '1.00' }),
        404,
      );
      expect(res.body.message).toBe('KENT Constabulary has no reserve with id rainy-day');
    });

    it('422 for a budget item of zero, and a plan period that would leave recorded figures out', async () => {
      await refused(
        'kent',
        post('/forces/kent/budget-items', {
          kind: 'saving',
          fromYear: '2017/18',
          amount: '0.00',
          recurrence: 'recurring',
          description: 'Nothing',
        }),
        422,
      );
      const res = await refused('kent', post('/forces/kent/plan-period', { firstYear: '2017/18', lastYear: '2019/20' }), 422);
      expect(res.body.message).toMatch(/would leave out figures already recorded/);
    });
  });
});
