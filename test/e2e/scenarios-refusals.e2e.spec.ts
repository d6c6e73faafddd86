import { startTestApp, type TestApp } from '../support/test-app';
import {
  herts,
  recordBranchOfBranch,
  recordEveryKindOfOverride,
  recordScenarioWorld,
  scenarioRequests,
} from '../fixtures/scenario-world.fixture';

/**
 * Scenarios through HTTP, continued: a branch of the baseline as it stood, bad input, and who
 * may do what – on the same world as scenarios.e2e.spec.ts, with its scenarios "pay-3-5",
 * "grant-flat", "grant-flat-precept" and Kent's "kent-cuts".
 */
describe('scenarios through HTTP: the baseline as it stood, refusals and access', () => {
  let t: TestApp;
  const requests = scenarioRequests(() => t);
  const { post, head, mtfp, year, projections } = requests;

  beforeAll(async () => {
    t = await startTestApp();
    await recordScenarioWorld(requests);
    await recordEveryKindOfOverride(requests, t);
    await recordBranchOfBranch(requests, t);
    await post('/scenarios', { id: 'kent-cuts', name: 'Kent cuts', force: 'kent', basedOn: 'baseline' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a branch of the baseline as it stood', () => {
    it('reads the baseline at that moment, not what was recorded since', async () => {
      const then = await head();
      const thenPlan = await mtfp();
      await post('/forces/herts/budget-items', {
        kind: 'cost_pressure',
        fromYear: '2017/18',
        amount: '3000000.00',
        recurrence: 'recurring',
        description: 'Pensions',
      });
      await post('/scenarios', { id: 'as-was', name: 'The plan as it was', force: 'herts', basedOn: 'baseline', asOf: then }, t.as(herts));
      await post('/scenarios', { id: 'as-was-child', name: 'A branch of it', force: 'herts', basedOn: 'as-was' }, t.as(herts));
      const asWas = await mtfp('&scenario=as-was');
      const child = await mtfp('&scenario=as-was-child');
      const now = await mtfp();
      expect(year(now, '2017/18').gap.value).not.toBe(year(thenPlan, '2017/18').gap.value);
      expect(year(asWas, '2017/18').gap.value).toBe(year(thenPlan, '2017/18').gap.value);
      expect(year(child, '2017/18').gap.value).toBe(year(thenPlan, '2017/18').gap.value);
      expect((await t.http().get('/scenarios/as-was').expect(200)).body.baselineAsAt).toEqual({ position: then });
    });

    it('refuses an asOf that is malformed, in the future, not yet reached, or on a branch of a scenario, recording nothing', async () => {
      const before = await head();
      const create = (asOf: string, basedOn = 'baseline') =>
        t.as(herts).post('/scenarios').send({ id: 'when', name: 'When', force: 'herts', basedOn, asOf });
      const malformed = await create('last-tuesday').expect(400);
      expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'asOf' })]);
      const future = await create('2999-01-01T00:00:00Z').expect(400);
      expect(future.body.message).toMatch(/in the future/);
      const beyond = await create(String(BigInt(before) + 1000n)).expect(400);
      expect(beyond.body.message).toMatch(/has not been reached yet/);
      const onBranch = await create('1', 'pay-3-5').expect(422);
      expect(onBranch.body.message).toMatch(/cannot give its own asAt/);
      expect(await head()).toBe(before);
    });
  });

  describe('bad input', () => {
    it.each<[string, number, object, string]>([
      ['a year outside the plan', 422, { kind: 'assumptions', year: '2020/21', payAward: '0.02' }, 'year'],
      [
        'a year before the plan',
        422,
        { kind: 'extra-item', itemKind: 'growth', fromYear: '2015/16', amount: '1.00', recurrence: 'one_off' },
        'fromYear',
      ],
      ['no rate at all', 400, { kind: 'assumptions', year: '2017/18' }, 'payAward'],
      ['a JSON number for a rate', 400, { kind: 'assumptions', year: '2017/18', payAward: 0.02 }, 'payAward'],
      ['a field of another kind', 400, { kind: 'assumptions', year: '2017/18', payAward: '0.02', amount: '5.00' }, 'amount'],
      ['an unknown kind', 400, { kind: 'wishful-thinking', year: '2017/18' }, 'kind'],
      ['an unknown field', 400, { kind: 'assumptions', year: '2017/18', payAward: '0.02', colour: 'red' }, 'colour'],
      ['a strategy without its amount', 400, { kind: 'precept-strategy', year: '2017/18', strategy: 'pound' }, 'amount'],
      ['a freeze with a rate', 400, { kind: 'precept-strategy', year: '2017/18', strategy: 'freeze', rate: '0.02' }, 'strategy'],
      ['an unknown strategy', 400, { kind: 'precept-strategy', year: '2017/18', strategy: 'double-it' }, 'strategy'],
      [
        'a share above 1',
        400,
        { kind: 'savings-slippage', alliance: 'bch', programme: 'jps-savings', year: '2017/18', share: '1.5', mode: 'lost' },
        'share',
      ],
      [
        'an unknown programme',
        404,
        { kind: 'savings-slippage', alliance: 'bch', programme: 'nothing', year: '2017/18', share: '0.5', mode: 'lost' },
        '',
      ],
      [
        'a programme of an alliance the force is not in',
        422,
        { kind: 'savings-slippage', alliance: 'kse', programme: 'kse-savings', year: '2017/18', share: '0.5', mode: 'lost' },
        'alliance',
      ],
      [
        'a year with no savings',
        422,
        { kind: 'savings-slippage', alliance: 'bch', programme: 'jps-savings', year: '2019/20', share: '0.5', mode: 'lost' },
        'year',
      ],
      ['an unknown reserve', 404, { kind: 'extra-drawdown', reserveId: 'rainy-day', year: '2017/18', amount: '1.00' }, ''],
      [
        'a negative extra item',
        422,
        { kind: 'extra-item', itemKind: 'growth', fromYear: '2017/18', amount: '-5.00', recurrence: 'one_off' },
        'amount',
      ],
      [
        'an amount in fractions of a penny',
        400,
        { kind: 'extra-drawdown', reserveId: 'general', year: '2017/18', amount: '1.001' },
        'amount',
      ],
    ])('an override with %s: %d, nothing recorded', async (_, status, body, field) => {
      const before = await head();
      const res = await t.as(herts).post('/scenarios/pay-3-5/overrides').send(body);
      expect({ status: res.status, body: res.body }).toMatchObject({ status });
      if (field) expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await head()).toBe(before);
    });

    it.each<[string, number, object]>([
      ['a scenario id that cannot be one', 400, { id: 'Pay 3.5%', name: 'x', force: 'herts', basedOn: 'baseline' }],
      ['no name', 400, { id: 'nameless', force: 'herts', basedOn: 'baseline' }],
      ['the id "baseline"', 400, { id: 'baseline', name: 'x', force: 'herts', basedOn: 'baseline' }],
      ['a JSON number for asOf', 400, { id: 'numbered', name: 'x', force: 'herts', basedOn: 'baseline', asOf: 12 }],
      ['an unknown force', 404, { id: 'nowhere', name: 'x', force: 'nowhere', basedOn: 'baseline' }],
      ['an id already taken', 409, { id: 'pay-3-5', name: 'Again', force: 'herts', basedOn: 'baseline' }],
    ])('a new scenario with %s: %d, nothing recorded', async (_, status, body) => {
      const before = await head();
      await t.http().post('/scenarios').send(body).expect(status);
      expect(await head()).toBe(before);
    });

    it('answers 404 for an unknown scenario, 400 for one that cannot be a scenario id', async () => {
      const before = await head();
      await t.http().post('/scenarios/no-such/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' }).expect(404);
      await t.http().post('/scenarios/no-such/keep').send({}).expect(404);
      await t.http().get('/scenarios/no-such').expect(404);
      await t.http().get('/scenarios/no-such/compare').expect(404);
      await t.http().get('/scenarios/pay-3-5/compare?with=no-such').expect(404);
      await t.http().get('/scenarios/pay-3-5/compare?with=Not_An_Id').expect(400);
      for (const url of projections('no-such')) {
        const res = await t.http().get(url).expect(404);
        expect(res.body.message).toMatch(/There is no scenario "no-such"/);
      }
      for (const url of projections('Not_An_Id')) {
        const res = await t.http().get(url).expect(400);
        expect(res.body.details).toEqual([expect.objectContaining({ field: 'scenario' })]);
      }
      expect(await head()).toBe(before);
    });
  });

  describe('who may do what', () => {
    const kent = { role: 'force_finance' as const, force: 'kent' };
    const board = { role: 'alliance_board' as const, alliance: 'bch' };
    const viewer = { role: 'viewer' as const, force: 'herts' };

    it('lets a force’s finance team and PCC office write its scenarios, and its readers read them', async () => {
      const before = await head();
      await t.as(viewer).post('/scenarios').send({ id: 'viewer-try', name: 'x', force: 'herts', basedOn: 'baseline' }).expect(403);
      await t.as(viewer).post('/scenarios/pay-3-5/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' }).expect(403);
      await t.as(kent).post('/scenarios').send({ id: 'kent-try', name: 'x', force: 'herts', basedOn: 'baseline' }).expect(403);
      // Another force's scenario is not one they can find: 404, as for an unknown id.
      await t.as(kent).post('/scenarios/pay-3-5/discard').send({}).expect(404);
      await t.as(board).post('/scenarios/pay-3-5/keep').send({}).expect(404);
      expect(await head()).toBe(before);
      await t.as(viewer).get('/scenarios/pay-3-5/compare').expect(200);
    });

    it('hides a force’s scenarios from everyone outside it, even through another endpoint’s ?scenario=', async () => {
      const hidden = await t.as(kent).get('/scenarios/pay-3-5').expect(404);
      expect(hidden.body.message).toBe('There is no scenario "pay-3-5". GET /scenarios lists the scenarios you may read.');
      await t.as(kent).get('/forces/kent/mtfp?from=2016/17&years=1&scenario=pay-3-5').expect(404);
      await t.as(board).get('/alliances/bch/collaboration-shares?year=2017/18&scenario=pay-3-5').expect(404);
      await t.as(board).get('/alliances/bch/collaboration-shares?year=2017/18').expect(200);
      await t.as(kent).get('/scenarios/kent-cuts/compare?with=pay-3-5').expect(404);
      await t.as(kent).post('/scenarios').send({ id: 'kent-branch', name: 'x', force: 'kent', basedOn: 'pay-3-5' }).expect(422);
      await t.as(kent).get('/streams/scenario--herts-pay-3-5/events').expect(404);
      await t.as(viewer).get('/streams/scenario--herts-pay-3-5/events').expect(200);
    });

    it('lists only the scenarios the caller may read', async () => {
      const ids = async (as: ReturnType<TestApp['as']>, query = '') =>
        (await as.get(`/scenarios${query}`).expect(200)).body.scenarios.map((s: { id: string }) => s.id);
      const hertsIds = await ids(t.as(viewer));
      expect(hertsIds).toEqual(expect.arrayContaining(['pay-3-5', 'grant-flat', 'grant-flat-precept']));
      expect(hertsIds).not.toContain('kent-cuts');
      expect(await ids(t.as(kent))).toEqual(['kent-cuts']);
      expect(await ids(t.as(board))).toEqual([]);
      expect(await ids(t.http(), '?force=kent')).toEqual(['kent-cuts']);
      await t.http().get('/scenarios?force=Kent!').expect(400);
    });
  });
});
