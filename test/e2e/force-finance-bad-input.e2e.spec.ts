import { forceFinanceHttp } from '../fixtures/force-finance-http';
import { startTestApp, type TestApp } from '../support/test-app';

/** Force finance writes refused through HTTP (404, 400, 422), and nothing recorded; one app for the file. */
describe('force finance through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const { post, forceWithPlan, refused, budget2016 } = forceFinanceHttp(() => t);

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
