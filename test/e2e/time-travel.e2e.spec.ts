import { FACTS, type FactsRunner } from '../../src/projections/projections.module';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Time travel through HTTP: every projection endpoint, of the baseline and under a scenario,
 * asked `asOf` an earlier moment – a global position or a recording time from the audit trail –
 * answers byte for byte what it answered at that moment, however much was recorded since.
 */
describe('time travel through HTTP', () => {
  let t: TestApp;

  const post = async (path: string, body: object) => {
    const res = await t.http().post(path).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as { stream: string; position: string };
  };
  const head = async (): Promise<string> => (await t.http().get('/health').expect(200)).body.headPosition;
  /** When the newest event of a stream was recorded, as its audit trail says. */
  const recordedAtOfLast = async (stream: string): Promise<string> =>
    (await t.http().get(`/streams/${stream}/events?direction=backwards&limit=1`).expect(200)).body.events[0].metadata.recordedAt;

  const ENDPOINTS = [
    '/forces/herts/mtfp?from=2016/17&years=4',
    '/forces/herts/mtfp/explain?year=2018/19',
    '/forces/herts/mtfp/explain?year=2018/19&line=gap',
    '/forces/herts/precept-options?year=2017/18&poundRise=5.00',
    '/forces/herts/collaboration?from=2016/17&years=4',
    '/alliances/bch/collaboration-shares?year=2017/18',
    '/alliances/bch/benefits-realisation',
  ];
  const UNDER_SCENARIO = [
    ...ENDPOINTS.map((url) => `${url}${url.includes('?') ? '&' : '?'}scenario=tight`),
    '/scenarios/tight',
    '/scenarios/tight/compare?with=baseline',
  ];
  const ALL = [...ENDPOINTS, ...UNDER_SCENARIO];
  const withAsOf = (url: string, asOf: string) => `${url}${url.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}`;
  const answers = (urls: string[], asOf?: string) =>
    Promise.all(
      urls.map(
        async (url) =>
          (
            await t
              .http()
              .get(asOf ? withAsOf(url, asOf) : url)
              .expect(200)
          ).text,
      ),
    );

  /** What every endpoint answered at the first moment, and when that was. */
  let first: { answers: string[]; position: string; time: string };

  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, name] of [
      ['herts', 'Hertfordshire Constabulary'],
      ['beds', 'Bedfordshire Police'],
    ]) {
      await post('/forces', { code, name });
      await post(`/forces/${code}/plan-period`, { firstYear: '2016/17', lastYear: '2019/20' });
      await post(`/forces/${code}/budgets`, {
        year: '2016/17',
        lines: [
          { code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' },
          { code: 'NONPAY', name: 'Non-pay', kind: 'non_pay', amount: '40000000.00' },
          { code: 'FEES', name: 'Fees and charges', kind: 'income', amount: '6000000.00' },
        ],
      });
      await post(`/forces/${code}/assumptions`, {
        year: '2017/18',
        payAward: '0.01',
        nonPayInflation: '0.02',
        incomeInflation: '0.01',
        grantChange: '-0.013',
        taxBaseGrowth: '0.008',
      });
      await post(`/forces/${code}/funding`, {
        year: '2016/17',
        coreGrant: '100000000.00',
        formulaGrant: '0.00',
        legacyCouncilTaxGrants: '0.00',
        otherGeneralGrants: '0.00',
      });
      await post(`/forces/${code}/tax-base`, { year: '2016/17', bandDEquivalents: '420000' });
      await post(`/forces/${code}/precepts`, { year: '2016/17', bandD: '147.00', status: 'approved' });
    }
    await post('/forces/herts/reserves', {
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      openingBalance: '8000000.00',
      asAtYear: '2016/17',
    });
    await post('/alliances', { code: 'bch', name: 'BCH', members: ['beds', 'herts'].map((force) => ({ force, fromYear: '2012/13' })) });
    for (const force of ['beds', 'herts']) await post(`/forces/${force}/alliance-invitations/bch/accept`, {});
    await post('/alliances/bch/units', {
      code: 'jps',
      name: 'Joint Protective Services',
      leadForce: 'beds',
      category: 'protective_services',
    });
    await post('/alliances/bch/units/jps/cost-shares', { fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2016/17' } });
    await post('/alliances/bch/units/jps/budgets', { year: '2017/18', amount: '30000000.00' });
    await post('/alliances/bch/programmes', {
      code: 'jps-savings',
      name: 'JPS savings',
      unit: 'jps',
      cashable: true,
      startYear: '2017/18',
    });
    await post('/alliances/bch/programmes/jps-savings/savings', { kind: 'planned', year: '2017/18', amount: '1000000.00' });
    await post('/scenarios', { id: 'tight', name: 'A tight settlement', force: 'herts', basedOn: 'baseline' });
    const last = await post('/scenarios/tight/overrides', { kind: 'assumptions', year: '2017/18', grantChange: '-0.05' });

    first = { answers: await answers(ALL), position: await head(), time: await recordedAtOfLast(last.stream) };
    expect(first.position).toBe(last.position);

    // Recording times are to the millisecond: make sure what follows is recorded later.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await post('/forces/herts/assumptions', {
      year: '2018/19',
      payAward: '0.02',
      nonPayInflation: '0.02',
      incomeInflation: '0.01',
      grantChange: '-0.01',
      taxBaseGrowth: '0.01',
    });
    await post('/forces/herts/precepts', { year: '2017/18', bandD: '152.00', status: 'approved' });
    await post('/forces/herts/budget-items', {
      kind: 'growth',
      fromYear: '2017/18',
      amount: '2400000.00',
      recurrence: 'recurring',
      description: 'Digital investigation',
    });
    await post('/forces/herts/collaboration-spend', {
      year: '2017/18',
      partner: 'non_police',
      amount: '900000.00',
      description: 'Fire and rescue: shared estates',
    });
    await post('/forces/beds/budget-items', {
      kind: 'cost_pressure',
      fromYear: '2016/17',
      amount: '5000000.00',
      recurrence: 'recurring',
      description: 'Pensions',
    });
    await post('/alliances/bch/programmes/jps-savings/savings', {
      kind: 'forecast',
      year: '2017/18',
      amount: '700000.00',
      reason: 'Slower than planned',
    });
    await post('/alliances/bch/units/jps/budgets', { year: '2017/18', amount: '31000000.00' });
    await post('/scenarios/tight/overrides', { kind: 'precept-strategy', year: '2018/19', strategy: 'percentage', rate: '0.0199' });
    await post('/scenarios', { id: 'another', name: 'Another', force: 'herts', basedOn: 'tight' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers differently now: the later events changed every answer', async () => {
    const now = await answers(ALL);
    now.forEach((text, i) => expect({ url: ALL[i], changed: text !== first.answers[i] }).toEqual({ url: ALL[i], changed: true }));
  });

  it('as at the first moment’s global position, every endpoint answers byte for byte as it did then', async () => {
    expect(await answers(ALL, first.position)).toEqual(first.answers);
  });

  it('as at the first moment’s recording time (from the audit trail), byte for byte as then too', async () => {
    expect(await answers(ALL, first.time)).toEqual(first.answers);
  });

  it('and still after the projections are rebuilt from zero', async () => {
    await t.app.get<FactsRunner>(FACTS).rebuild();
    expect(await answers(ALL, first.position)).toEqual(first.answers);
  });

  it('a baseline answer says the position of the last baseline event it includes, and asking as at that gives it again', async () => {
    const now = await t.http().get(ENDPOINTS[0]).expect(200);
    // The newest events are a scenario's: the baseline stands where its own last event is.
    expect(BigInt(now.body.asAt.position)).toBeLessThan(BigInt(await head()));
    expect((await t.http().get(withAsOf(ENDPOINTS[0], now.body.asAt.position)).expect(200)).text).toBe(now.text);
  });

  it.each(['yesterday', '2017-13-45T00:00:00Z', '2999-01-01T00:00:00Z', '12ab', 'a position not yet reached'])(
    'refuses asOf=%s on every endpoint with 400',
    async (given) => {
      const asOf = given === 'a position not yet reached' ? String(BigInt(await head()) + 1n) : given;
      for (const url of ALL) {
        const res = await t.http().get(withAsOf(url, asOf));
        expect({ url, status: res.status }).toEqual({ url, status: 400 });
        expect(res.body.message).toMatch(/asOf/);
      }
    },
  );
});
