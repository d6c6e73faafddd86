import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore, type EventToAppend } from '../../src/event-store/event-store.port';
import { startTestApp, type AuthorisedHttp, type TestApp } from '../support/test-app';

/**
 * Scenarios do not leak across forces (issue 9, section 6): ids are unique within a force only,
 * and a scenario of another force answers exactly what an unknown id answers – the same status
 * and the same body, byte for byte apart from the id – for every token and every way of naming
 * a scenario. Scenarios recorded before ids belonged to a force (on `scenario-{id}`) stay
 * readable and writable by their force.
 */
describe('scenarios do not leak across forces', () => {
  let t: TestApp;
  const hertsCfo = { role: 'force_finance' as const, force: 'herts', subject: 'cfo@herts' };
  const bedsCfo = { role: 'force_finance' as const, force: 'beds', subject: 'cfo@beds' };
  const SECRET_NAME = 'Herts secret: close two stations';

  const head = async (): Promise<string> => (await t.http().get('/health').expect(200)).body.headPosition;
  const created = async (as: AuthorisedHttp, body: object) => {
    const res = await as.post('/scenarios').send(body);
    if (res.status !== 201) throw new Error(`POST /scenarios answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, name] of [
      ['herts', 'Hertfordshire Constabulary'],
      ['beds', 'Bedfordshire Police'],
      ['kent', 'Kent Police'],
    ]) {
      await t.http().post('/forces').send({ code, name }).expect(201);
    }
    for (const force of ['herts', 'beds'])
      await t.http().post(`/forces/${force}/plan-period`).send({ firstYear: '2016/17', lastYear: '2019/20' }).expect(201);
    const members = ['beds', 'herts'].map((force) => ({ force, fromYear: '2012/13' }));
    await t.http().post('/alliances').send({ code: 'bch', name: 'BCH', members }).expect(201);
    await created(t.as(hertsCfo), { id: 'secret', name: SECRET_NAME, force: 'herts', basedOn: 'baseline' });
    await created(t.as(hertsCfo), { id: 'herts-only', name: 'Herts only', force: 'herts', basedOn: 'baseline' });
    await created(t.as(bedsCfo), { id: 'beds-own', name: 'Beds own', force: 'beds', basedOn: 'baseline' });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every way a request can name a scenario, as a Bedfordshire (or other) caller would send it. */
  const namings: Array<[string, (as: AuthorisedHttp, id: string) => Promise<{ status: number; text: string }>]> = [
    ['GET /scenarios/{id}', (as, id) => as.get(`/scenarios/${id}`)],
    ['GET /scenarios/{id}?force=herts', (as, id) => as.get(`/scenarios/${id}?force=herts`)],
    ['GET /scenarios/{id}/compare', (as, id) => as.get(`/scenarios/${id}/compare`)],
    [
      'POST /scenarios/{id}/overrides',
      (as, id) => as.post(`/scenarios/${id}/overrides`).send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' }),
    ],
    ['POST /scenarios/{id}/keep', (as, id) => as.post(`/scenarios/${id}/keep`).send({})],
    ['POST /scenarios/{id}/discard', (as, id) => as.post(`/scenarios/${id}/discard`).send({})],
    ['GET /scenarios/beds-own/compare?with={id}', (as, id) => as.get(`/scenarios/beds-own/compare?with=${id}`)],
    ['GET /forces/beds/mtfp?scenario={id}', (as, id) => as.get(`/forces/beds/mtfp?from=2016/17&years=2&scenario=${id}`)],
    ['GET /forces/beds/precept-options?scenario={id}', (as, id) => as.get(`/forces/beds/precept-options?year=2017/18&scenario=${id}`)],
    ['GET /forces/beds/collaboration?scenario={id}', (as, id) => as.get(`/forces/beds/collaboration?scenario=${id}`)],
    ['GET /forces/herts/collaboration?scenario={id}', (as, id) => as.get(`/forces/herts/collaboration?scenario=${id}`)],
    [
      'GET /alliances/bch/collaboration-shares?scenario={id}',
      (as, id) => as.get(`/alliances/bch/collaboration-shares?year=2017/18&scenario=${id}`),
    ],
    ['GET /alliances/bch/benefits-realisation?scenario={id}', (as, id) => as.get(`/alliances/bch/benefits-realisation?scenario=${id}`)],
    [
      'GET /alliances/bch/collaboration-shares?scenario={id}&force=herts',
      (as, id) => as.get(`/alliances/bch/collaboration-shares?year=2017/18&scenario=${id}&force=herts`),
    ],
    [
      'POST /scenarios basedOn {id}',
      (as, id) => as.post('/scenarios').send({ id: 'branch-try', name: 'Branch', force: 'beds', basedOn: id }),
    ],
    [
      'POST /forces/beds/stress-tests scenario {id}',
      (as, id) => as.post('/forces/beds/stress-tests').send({ distributions: {}, paths: 10, scenario: id }),
    ],
    ['GET /streams/scenario--herts-{id}/events', (as, id) => as.get(`/streams/scenario--herts-${id}/events`)],
  ];
  const outsiders: Array<[string, Parameters<TestApp['as']>[0]]> = [
    ['Bedfordshire finance', bedsCfo],
    ['Bedfordshire PCC office', { role: 'pcc_office', force: 'beds' }],
    ['Bedfordshire viewer', { role: 'viewer', force: 'beds' }],
    ['Kent finance', { role: 'force_finance', force: 'kent' }],
    ['the BCH board', { role: 'alliance_board', alliance: 'bch' }],
    ['a BCH viewer', { role: 'viewer', alliance: 'bch' }],
  ];

  it.each(outsiders)(
    'answers %s for a Herts scenario exactly as for an unknown id, through every naming, recording nothing',
    async (_, who) => {
      const before = await head();
      for (const [naming, send] of namings) {
        const secret = await send(t.as(who), 'secret');
        const unknown = await send(t.as(who), 'never-was');
        const seen = { naming, status: secret.status, body: secret.text.replaceAll('secret', 'never-was') };
        expect(seen).toEqual({ naming, status: unknown.status, body: unknown.text });
        expect(secret.text).not.toContain(SECRET_NAME);
      }
      expect(await head()).toBe(before);
    },
  );

  it('says so in the one message for an unknown scenario, for /scenarios/{id} and ?scenario= alike', async () => {
    const expected = {
      statusCode: 404,
      error: 'not_found',
      message: 'There is no scenario "secret". GET /scenarios lists the scenarios you may read.',
    };
    expect((await t.as(bedsCfo).get('/scenarios/secret').expect(404)).body).toMatchObject(expected);
    expect((await t.as(bedsCfo).get('/forces/beds/mtfp?scenario=secret').expect(404)).body).toMatchObject(expected);
    expect(
      (await t.as(bedsCfo).post('/scenarios/secret/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' }).expect(404))
        .body,
    ).toMatchObject(expected);
  });

  it('lets another force create an id Herts uses: a different scenario, on its own stream, and nothing of Herts’ in the answer', async () => {
    const res = await created(t.as(bedsCfo), { id: 'secret', name: 'Beds secret', force: 'beds', basedOn: 'baseline' });
    expect(res.text).not.toContain(SECRET_NAME);
    expect(res.body).toMatchObject({ stream: 'scenario--beds-secret', events: [{ type: 'ScenarioCreated.v1' }] });
    expect(res.headers.location).toBe('/scenarios/secret?force=beds');
    await t.as(bedsCfo).post('/scenarios/secret/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.05' }).expect(201);

    // Each force sees its own.
    expect((await t.as(hertsCfo).get('/scenarios/secret').expect(200)).body).toMatchObject({
      name: SECRET_NAME,
      force: 'herts',
      overrides: { assumptionOverrides: [] },
    });
    const beds = (await t.as(bedsCfo).get('/scenarios/secret').expect(200)).body;
    expect(beds).toMatchObject({
      name: 'Beds secret',
      force: 'beds',
      overrides: { assumptionOverrides: [expect.objectContaining({ payAward: '0.05' })] },
    });
    expect(JSON.stringify(beds)).not.toContain(SECRET_NAME);
    expect((await t.as(bedsCfo).get('/forces/beds/mtfp?from=2016/17&years=2&scenario=secret').expect(200)).body.scenario).toEqual({
      id: 'secret',
      chain: ['secret'],
      warnings: [],
    });

    // Unique within the force: Herts again is 409, naming only Herts' own scenario.
    const again = await t
      .as(hertsCfo)
      .post('/scenarios')
      .send({ id: 'secret', name: 'Again', force: 'herts', basedOn: 'baseline' })
      .expect(409);
    expect(again.body.message).toBe(`Scenario "secret" already exists ("${SECRET_NAME}")`);
  });

  it('branches, compares and stress-tests within the force, whoever else uses the id', async () => {
    await created(t.as(bedsCfo), { id: 'secret-child', name: 'Beds child', force: 'beds', basedOn: 'secret' });
    const child = (await t.as(bedsCfo).get('/scenarios/secret-child').expect(200)).body;
    expect(child.inherits).toEqual([expect.objectContaining({ id: 'secret', name: 'Beds secret', force: 'beds' })]);
    const compared = (await t.as(bedsCfo).get('/scenarios/secret-child/compare?with=secret').expect(200)).body;
    expect(compared).toMatchObject({ force: 'beds', with: { kind: 'scenario', id: 'secret', name: 'Beds secret' } });
    const run = await t
      .as(bedsCfo)
      .post('/forces/beds/stress-tests')
      .send({ distributions: {}, paths: 10, seed: 1, scenario: 'secret' })
      .expect(201);
    expect(run.body.run).toMatchObject({ scenario: 'secret', force: 'beds' });
    await t.as(bedsCfo).get(run.headers.location).expect(200);
  });

  it('asks an admin whose scenario an id means when several forces use it, and answers when told or when the URL says', async () => {
    const ambiguous = await t.http().get('/scenarios/secret').expect(400);
    expect(ambiguous.body.details).toEqual([expect.objectContaining({ field: 'force' })]);
    await t.http().post('/scenarios/secret/keep').send({}).expect(400);
    await t.http().get('/alliances/bch/collaboration-shares?year=2017/18&scenario=secret').expect(400);
    expect((await t.http().get('/scenarios/secret?force=beds').expect(200)).body.name).toBe('Beds secret');
    expect((await t.http().get('/scenarios/secret?force=herts').expect(200)).body.name).toBe(SECRET_NAME);
    expect((await t.http().get('/scenarios/secret?force=kent').expect(404)).body.message).toMatch(/There is no scenario "secret"/);
    await t.http().get('/scenarios/secret?force=Not!A!Code').expect(400);
    expect(
      (await t.http().get('/alliances/bch/collaboration-shares?year=2017/18&scenario=secret&force=herts').expect(200)).body.scenario.id,
    ).toBe('secret');
    // The route's force says whose: no need to ask.
    await t.http().get('/forces/herts/mtfp?from=2016/17&years=1&scenario=secret').expect(200);
    // Only one force uses this id: found without asking.
    expect((await t.http().get('/scenarios/herts-only').expect(200)).body.force).toBe('herts');
    const listed = (await t.http().get('/scenarios').expect(200)).body.scenarios.filter((s: { id: string }) => s.id === 'secret');
    expect(listed.map((s: { force: string }) => s.force)).toEqual(['beds', 'herts']);
  });

  it('never lets a force-scoped token reach another force with ?force=', async () => {
    const other = await t.as(bedsCfo).get('/scenarios/herts-only?force=herts').expect(404);
    const unknown = await t.as(bedsCfo).get('/scenarios/never-was?force=herts').expect(404);
    expect(other.text.replaceAll('herts-only', 'never-was')).toBe(unknown.text);
    expect((await t.as(bedsCfo).get('/scenarios/secret?force=beds').expect(200)).body.name).toBe('Beds secret');
  });

  describe('scenarios recorded before ids belonged to a force', () => {
    let createdAt: string;

    /** As an older version wrote them: `scenario-{id}`, straight into the store, then a restart. */
    beforeAll(async () => {
      const store = t.app.get<EventStore>(EVENT_STORE);
      const meta = () => ({
        actor: 'cfo@herts',
        recordedAt: new Date().toISOString(),
        correlationId: randomUUID(),
        causationId: null,
        schemaVersion: 1,
      });
      const event = (type: string, data: Record<string, unknown>): EventToAppend => ({ id: randomUUID(), type, data, metadata: meta() });
      const first = await store.appendToStream(
        'scenario-old-plan',
        [event('ScenarioCreated.v1', { scenarioId: 'old-plan', name: 'Old Herts plan', basedOn: { kind: 'baseline' }, force: 'herts' })],
        'no_stream',
      );
      createdAt = first.position.toString();
      await store.appendToStream(
        'scenario-old-plan',
        [event('AssumptionsOverridden.v1', { force: 'herts', year: '2017/18', payAward: '0.03' })],
        first.nextExpectedRevision,
      );
      await t.restart();
    });

    it('reads and writes them for their force, on the stream they were recorded on', async () => {
      const shown = (await t.as(hertsCfo).get('/scenarios/old-plan').expect(200)).body;
      expect(shown).toMatchObject({
        name: 'Old Herts plan',
        force: 'herts',
        overrides: { assumptionOverrides: [expect.objectContaining({ payAward: '0.03' })] },
      });
      const override = await t
        .as(hertsCfo)
        .post('/scenarios/old-plan/overrides')
        .send({ kind: 'assumptions', year: '2018/19', payAward: '0.04' })
        .expect(201);
      expect(override.body.stream).toBe('scenario-old-plan');
      const plan = (await t.as(hertsCfo).get('/forces/herts/mtfp?from=2016/17&years=3&scenario=old-plan').expect(200)).body;
      expect(plan.scenario).toEqual({ id: 'old-plan', chain: ['old-plan'], warnings: [] });
      // As it stood when created: only the creation.
      const then = (await t.as(hertsCfo).get(`/scenarios/old-plan?asOf=${createdAt}`).expect(200)).body;
      expect(then.overrides.assumptionOverrides).toEqual([]);
      // A new branch of it, on a new stream, inherits it.
      await created(t.as(hertsCfo), { id: 'old-plan-child', name: 'Child of the old plan', force: 'herts', basedOn: 'old-plan' });
      expect((await t.as(hertsCfo).get('/scenarios/old-plan-child').expect(200)).body.inherits).toEqual([
        expect.objectContaining({ id: 'old-plan' }),
      ]);
      // Its audit trail, by its stream.
      const trail = (await t.as({ role: 'viewer', force: 'herts' }).get('/streams/scenario-old-plan/events').expect(200)).body;
      expect(trail.events.map((e: { type: string }) => e.type)).toEqual([
        'ScenarioCreated.v1',
        'AssumptionsOverridden.v1',
        'AssumptionsOverridden.v1',
      ]);
      // Its id stays taken in its force.
      await t.as(hertsCfo).post('/scenarios').send({ id: 'old-plan', name: 'Again', force: 'herts', basedOn: 'baseline' }).expect(409);
    });

    it('answers any other force as for an unknown id, by URL and by stream, and lets it use the id', async () => {
      const before = await head();
      for (const who of [bedsCfo, { role: 'alliance_board' as const, alliance: 'bch' }]) {
        for (const url of ['/scenarios/old-plan', '/streams/scenario-old-plan/events', '/forces/beds/mtfp?scenario=old-plan']) {
          const old = await t.as(who).get(url);
          const unknown = await t.as(who).get(url.replace('old-plan', 'never-was'));
          expect({ url, status: old.status, body: old.text.replaceAll('old-plan', 'never-was') }).toEqual({
            url,
            status: unknown.status,
            body: unknown.text,
          });
          expect(old.text).not.toContain('Old Herts plan');
        }
      }
      expect(await head()).toBe(before);
      const mine = await created(t.as(bedsCfo), { id: 'old-plan', name: 'Beds old plan', force: 'beds', basedOn: 'baseline' });
      expect(mine.body.stream).toBe('scenario--beds-old-plan');
      expect((await t.as(hertsCfo).get('/scenarios/old-plan').expect(200)).body.name).toBe('Old Herts plan');
    });
  });
});
