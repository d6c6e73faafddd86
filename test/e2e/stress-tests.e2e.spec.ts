import { recordDrainPlan } from '../fixtures/drain-plan';
import { startTestApp, type TestApp } from '../support/test-app';

interface StressYear {
  year: string;
  gap: { p5: string; p50: string; p95: string };
  generalReserve: { belowMinimum: { paths: number; probability: string } | null } | null;
  usableReserves: { exhausted: { probability: string } };
}

/**
 * Stress tests through HTTP, on a plan whose reserves are drawn down faster than they are
 * replenished: recorded runs that show again exactly, reproducible seeds, runs under a
 * scenario, and every refusal recording nothing.
 */
describe('stress tests through HTTP', () => {
  let t: TestApp;
  const cfo = { role: 'force_finance' as const, force: 'drain', subject: 'cfo@drain' };

  const post = async (path: string, body: object) => {
    const res = await t.http().post(path).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };
  const head = async (): Promise<string> => (await t.http().get('/health').expect(200)).body.headPosition;

  const UNCERTAIN = {
    payAward: { kind: 'triangular', min: '0.015', mode: '0.025', max: '0.045' },
    nonPayInflation: { kind: 'uniform', min: '0.01', max: '0.04' },
    grantChange: { kind: 'normal', mean: '-0.02', sd: '0.015' },
    taxBaseGrowth: { kind: 'triangular', min: '0', mode: '0.01', max: '0.015' },
  };
  const run = (body: object, as = t.as(cfo)) => as.post('/forces/drain/stress-tests').send(body);

  beforeAll(async () => {
    t = await startTestApp();
    await post('/forces', { code: 'drain', name: 'Drain Constabulary' });
    await post('/forces', { code: 'kent', name: 'Kent Police' });
    await recordDrainPlan(post);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a run', () => {
    let first: {
      status: number;
      headers: Record<string, string>;
      body: {
        run: { runId: string; position: string; parameters: { seed: number; paths: number } };
        result: { years: StressYear[] };
        stream: string;
        events: unknown[];
      };
    };

    beforeAll(async () => {
      const res = await run({ distributions: UNCERTAIN, paths: 2000, seed: 42, reason: 'Reserves strategy 2017' });
      first = { status: res.status, headers: res.headers, body: res.body };
    });

    it('is recorded with its parameters and the position it read, and answers with the result and where to find it', async () => {
      expect(first.status).toBe(201);
      const { run: recorded } = first.body;
      expect(first.headers.location).toBe(`/forces/drain/stress-tests/${recorded.runId}`);
      expect(first.body).toMatchObject({ stream: 'stress-tests-drain', events: [{ type: 'StressTestRun.v1' }] });
      expect(recorded).toMatchObject({
        force: 'drain',
        from: '2016/17',
        years: 5,
        scenario: null,
        parameters: { paths: 2000, seed: 42, byYear: {} },
      });
      const trail = await t.http().get('/streams/stress-tests-drain/events').expect(200);
      expect(trail.body.events[0]).toMatchObject({
        type: 'StressTestRun.v1',
        data: { runId: recorded.runId, position: recorded.position },
        metadata: { actor: 'cfo@drain', reason: 'Reserves strategy 2017' },
      });
      expect(first.body.result.years.map((y) => y.year)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21']);
    });

    it('shows the probability of breaching the minimum general reserve rising year by year', () => {
      const breach = first.body.result.years.map((y) => Number(y.generalReserve?.belowMinimum?.probability));
      // Shortfalls fall on the general reserve only, faster each year.
      expect(breach.slice(0, 2)).toEqual([0, 0]);
      for (let i = 2; i < breach.length; i++) expect(breach[i]).toBeGreaterThan(breach[i - 1]);
      expect(breach[breach.length - 1]).toBeGreaterThan(0.9);
      const exhausted = first.body.result.years.map((y) => Number(y.usableReserves.exhausted.probability));
      for (let i = 1; i < exhausted.length; i++) expect(exhausted[i]).toBeGreaterThanOrEqual(exhausted[i - 1]);
      expect(exhausted[exhausted.length - 1]).toBeGreaterThan(exhausted[0]);
    });

    it('moves the earmarked reserve only by its planned use on every path (£6m less £2m a year), and reports what goes unfunded', () => {
      const years = first.body.result.years as unknown as {
        reserves: { reserveId: string; closing: { p5: string; p95: string } }[];
        unfundedShortfall: { p50: string };
      }[];
      const support = years.map((y) => y.reserves.find((r) => r.reserveId === 'support')!.closing);
      expect(support.slice(0, 4).map((c) => [c.p5, c.p95])).toEqual(['6000000.00', '4000000.00', '2000000.00', '0.00'].map((m) => [m, m]));
      expect(years[0].unfundedShortfall.p50).toBe('0.00');
    });

    it('shows again, byte for byte, from what it recorded – however the plan changed since', async () => {
      await post('/forces/drain/budget-items', {
        kind: 'growth',
        fromYear: '2017/18',
        amount: '3000000.00',
        recurrence: 'recurring',
        description: 'More officers',
      });
      const shown = await t.as({ role: 'viewer', force: 'drain' }).get(first.headers.location).expect(200);
      expect(JSON.stringify(shown.body.result)).toBe(JSON.stringify(first.body.result));
      expect(shown.body.run).toEqual(first.body.run);
      const list = await t.as({ role: 'viewer', force: 'drain' }).get('/forces/drain/stress-tests').expect(200);
      expect(list.body).toEqual({ force: 'drain', runs: [first.body.run] });
    });

    it('gives the same result for the same seed and parameters, and a different one for another seed', async () => {
      const again = await run({ distributions: UNCERTAIN, paths: 2000, seed: 42 }).expect(201);
      const other = await run({ distributions: UNCERTAIN, paths: 2000, seed: 43 }).expect(201);
      // Run on the same plan as the first run read: as at its position, so the growth added since does not count.
      const asFirst = (await t.http().get(`/forces/drain/stress-tests/${again.body.run.runId}`).expect(200)).body.result;
      expect(again.body.run.runId).not.toBe(first.body.run.runId);
      expect(JSON.stringify(asFirst)).toBe(JSON.stringify(again.body.result));
      const sameSeedTwice = await run({ distributions: UNCERTAIN, paths: 2000, seed: 42 }).expect(201);
      expect(JSON.stringify(sameSeedTwice.body.result)).toBe(JSON.stringify(again.body.result));
      expect(JSON.stringify(other.body.result)).not.toBe(JSON.stringify(again.body.result));
    });

    it('chooses and records a seed when none is given, and runs 10,000 paths by default', async () => {
      const res = await run({ distributions: { payAward: UNCERTAIN.payAward } }).expect(201);
      expect(res.body.run.parameters).toMatchObject({ paths: 10000, seed: expect.any(Number) });
      expect(res.body.result.paths).toBe(10000);
      const shown = await t.http().get(res.headers.location).expect(200);
      expect(JSON.stringify(shown.body.result)).toBe(JSON.stringify(res.body.result));
    });

    it('answers a retry with the same Idempotency-Key from the run first recorded, recording nothing twice', async () => {
      const body = { distributions: UNCERTAIN, paths: 500 };
      const once = await t.as(cfo).post('/forces/drain/stress-tests').set('Idempotency-Key', 'run-2017-02-01').send(body).expect(201);
      const before = await head();
      const twice = await t.as(cfo).post('/forces/drain/stress-tests').set('Idempotency-Key', 'run-2017-02-01').send(body).expect(201);
      expect(twice.headers['idempotent-replayed']).toBe('true');
      expect(twice.text).toBe(once.text);
      expect(await head()).toBe(before);
    });
  });

  describe('under a scenario', () => {
    it('runs on the scenario’s plan, and shows again under it', async () => {
      await post('/scenarios', { id: 'raid', name: 'An £8m pressure', force: 'drain', basedOn: 'baseline' });
      await post('/scenarios/raid/overrides', {
        kind: 'extra-item',
        itemKind: 'cost_pressure',
        fromYear: '2017/18',
        amount: '8000000.00',
        recurrence: 'recurring',
      });
      const body = { distributions: UNCERTAIN, paths: 1000, seed: 7, from: '2017/18', years: 3 };
      const baseline = await run(body).expect(201);
      const scenario = await run({ ...body, scenario: 'raid' }).expect(201);
      expect(scenario.body.run).toMatchObject({ scenario: 'raid', from: '2017/18', years: 3 });
      const breach = (r: { body: { result: { years: StressYear[] } } }) =>
        r.body.result.years.map((y) => Number(y.generalReserve?.belowMinimum?.probability));
      // £8m a year more to find falls on the general reserve (earmarked reserves move only by their planned
      // use): in 2017/18 it breaches its minimum more often than the baseline, by 2018/19 on almost every path.
      expect(breach(scenario)[0]).toBeGreaterThan(breach(baseline)[0]);
      expect(breach(scenario)[1]).toBeGreaterThan(0.9);
      breach(scenario).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(breach(baseline)[i]));
      await post('/scenarios/raid/overrides', { kind: 'assumptions', year: '2018/19', payAward: '0.05' });
      const shown = await t.http().get(scenario.headers.location).expect(200);
      expect(JSON.stringify(shown.body.result)).toBe(JSON.stringify(scenario.body.result));
    });
  });

  describe('bad input: 400 or 422 with a clear message, nothing recorded', () => {
    it.each<[string, number, object, RegExp]>([
      [
        'a triangular with min above max',
        422,
        { distributions: { payAward: { kind: 'triangular', min: '0.04', mode: '0.03', max: '0.02' } } },
        /min \(0.04\) is more than max \(0.02\)/,
      ],
      [
        'a uniform with min above max',
        422,
        { distributions: { grantChange: { kind: 'uniform', min: '0.01', max: '-0.01' } } },
        /min \(0.01\) is more than max \(-0.01\)/,
      ],
      [
        'a mode outside min and max',
        422,
        { distributions: { payAward: { kind: 'triangular', min: '0.01', mode: '0.05', max: '0.02' } } },
        /the mode \(0.05\) must lie between/,
      ],
      [
        'a negative standard deviation',
        422,
        { distributions: { grantChange: { kind: 'normal', mean: '0', sd: '-0.01' } } },
        /standard deviation cannot be negative/,
      ],
      ['more than 100,000 paths', 400, { distributions: {}, paths: 100001 }, /paths.*from 1 to 100,000/],
      ['no paths', 400, { distributions: {}, paths: 0 }, /paths/],
      ['paths as text', 400, { distributions: {}, paths: '10000' }, /paths/],
      ['a seed that cannot be reproduced', 400, { distributions: {}, seed: -1 }, /seed/],
      ['a fractional seed', 400, { distributions: {}, seed: 1.5 }, /seed/],
      ['a seed of null', 400, { distributions: {}, seed: null }, /seed/],
      ['a JSON number for a rate', 400, { distributions: { payAward: { kind: 'uniform', min: 0.01, max: 0.02 } } }, /payAward\.min/],
      [
        'an unknown kind of distribution',
        400,
        { distributions: { payAward: { kind: 'lognormal', mean: '0.01', sd: '0.01' } } },
        /payAward\.kind/,
      ],
      ['an unknown variable', 400, { distributions: { weather: { kind: 'uniform', min: '0', max: '1' } } }, /weather/],
      ['a stray parameter', 400, { distributions: { payAward: { kind: 'uniform', min: '0', max: '0.1', mode: '0.05' } } }, /mode/],
      ['a rate beyond 100 %', 400, { distributions: { payAward: { kind: 'uniform', min: '0', max: '1.5' } } }, /payAward\.max/],
      ['no distributions', 400, { paths: 100 }, /distributions/],
      ['distributions that are not a map', 400, { distributions: ['payAward'] }, /distributions/],
      [
        'a year not tested',
        422,
        { distributions: {}, from: '2017/18', years: 2, byYear: { '2020/21': {} } },
        /2020\/21 is not one of the years tested/,
      ],
      ['a malformed year', 400, { distributions: {}, byYear: { '2020-21': {} } }, /byYear/],
      ['too many years', 400, { distributions: {}, years: 21 }, /years/],
      ['an unknown field', 400, { distributions: {}, colour: 'red' }, /colour/],
    ])('%s: %d', async (_, status, body, message) => {
      const before = await head();
      const res = await run(body);
      expect({ status: res.status, message: res.body.message }).toEqual({ status, message: expect.stringMatching(message) });
      expect(await head()).toBe(before);
    });

    it('names the distribution in the sentence, and the problem beside its field without the field again', async () => {
      const res = await run({ distributions: { payAward: { kind: 'triangular', min: '0.04', mode: '0.03', max: '0.02' } } });
      expect(res.status).toBe(422);
      expect(res.body.message).toBe('distributions.payAward: min (0.04) is more than max (0.02)');
      expect(res.body.details).toEqual([{ field: 'distributions.payAward.min', message: 'min (0.04) is more than max (0.02)' }]);
    });

    it('refuses an unknown force or scenario (404), and a scenario of another force as if unknown', async () => {
      await post('/scenarios', { id: 'kent-plan', name: 'Kent plan', force: 'kent', basedOn: 'baseline' });
      const before = await head();
      await t.http().post('/forces/nowhere/stress-tests').send({ distributions: {} }).expect(404);
      const unknown = await t.http().post('/forces/drain/stress-tests').send({ distributions: {}, scenario: 'no-such' }).expect(404);
      expect(unknown.body.message).toMatch(/There is no scenario "no-such"/);
      // Scenario ids are the force's own: Kent's is looked for among Drain's and not found.
      const other = await t.http().post('/forces/drain/stress-tests').send({ distributions: {}, scenario: 'kent-plan' }).expect(404);
      expect(JSON.stringify(other.body).replaceAll('kent-plan', 'no-such')).toBe(JSON.stringify(unknown.body));
      await t.http().get('/forces/drain/stress-tests/no-such-run').expect(404);
      expect(await head()).toBe(before);
    });
  });

  describe('who may do what', () => {
    it('lets the force’s finance team and PCC office run stress tests, and its readers read them', async () => {
      const before = await head();
      await run({ distributions: {} }, t.as({ role: 'viewer', force: 'drain' })).expect(403);
      await run({ distributions: {} }, t.as({ role: 'force_finance', force: 'kent' })).expect(403);
      await run({ distributions: {}, scenario: 'kent-plan' }, t.as(cfo)).expect(404);
      expect(await head()).toBe(before);
      await run({ distributions: {}, paths: 10 }, t.as({ role: 'pcc_office', force: 'drain' })).expect(201);
      await t.as({ role: 'force_finance', force: 'kent' }).get('/forces/drain/stress-tests').expect(404);
      await t.as({ role: 'viewer', force: 'drain' }).get('/streams/stress-tests-drain/events').expect(200);
      await t.as({ role: 'viewer', force: 'kent' }).get('/streams/stress-tests-drain/events').expect(404);
    });
  });
});
