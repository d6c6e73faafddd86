import { startTestApp, type AuthorisedHttp, type TestApp } from '../support/test-app';
import { ACTORS, OTHER, OWN, READS, STREAM_READS, WRITES, type Actor, type Row } from './access-matrix.table';

/**
 * The whole access matrix through HTTP: every endpoint × every role × its own scope and
 * another. Writes are sent with empty bodies, so an allowed write fails validation (400) and
 * records nothing – what is tested is only whether the guard lets it through. The table of
 * who may do what (access-matrix.table.ts) is written out by hand, independently of the rules
 * in src/auth, and every endpoint in the OpenAPI document must have a row.
 */

function urlOf(row: Row, scope: typeof OWN): string {
  return row.path
    .replace('{force}', scope.force)
    .replace('{alliance}', scope.alliance)
    .replace('{itemId}', 'no-such-item')
    .replace('{grantId}', 'no-such-grant')
    .replace('{schemeId}', 'no-such-scheme')
    .replace('{reserve}', 'no-such-reserve')
    .replace('{unit}', 'no-such-unit')
    .replace('{programme}', 'no-such-programme')
    .replace('{scenario}', scope.scenario)
    .replace('{run}', 'no-such-run');
}

function send(http: AuthorisedHttp, row: Row, scope: typeof OWN) {
  const url = urlOf(row, scope);
  const body = row.bodyCode ? { code: scope[row.bodyCode] } : row.bodyForce ? { force: scope.force } : {};
  switch (row.method) {
    case 'GET':
      return http.get(url);
    case 'POST':
      return http.post(url).send(body);
    case 'PUT':
      return http.put(url).send(body);
    case 'PATCH':
      return http.patch(url).send(body);
  }
}

/**
 * The guard refused: 403 for writes; reads answer 404 (or 403) and never data. A scenario is
 * looked for only where the caller may look, so one outside it answers as an unknown id (404).
 */
function refusedByGuard(status: number, body: { message?: string }): boolean {
  return status === 403 || (status === 404 && /outside your scope|^There is no scenario/.test(body.message ?? ''));
}

/** Addressed by a scenario the caller cannot look for (another force's, or any for a caller without a force): 404 as if unknown. */
function hiddenScenario(row: Row, actor: Actor, scope: typeof OWN): boolean {
  return row.path.includes('{scenario}') && ACTORS[actor].force !== scope.force;
}

describe('access matrix', () => {
  let t: TestApp;
  let headBefore: string | null;

  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, name] of [
      ['herts', 'Hertfordshire Constabulary'],
      ['beds', 'Bedfordshire Police'],
      ['cambs', 'Cambridgeshire Constabulary'],
      ['kent', 'Kent Police'],
      ['essex', 'Essex Police'],
    ]) {
      await t.http().post('/forces').send({ code, name }).expect(201);
    }
    const members = (forces: string[]) => forces.map((force) => ({ force, fromYear: '2012/13' }));
    await t
      .http()
      .post('/alliances')
      .send({ code: 'bch', name: 'BCH', members: members(['beds', 'cambs', 'herts']) })
      .expect(201);
    await t
      .http()
      .post('/alliances')
      .send({ code: 'kse', name: 'Kent and Essex', members: members(['essex', 'kent']) })
      .expect(201);
    for (const [alliance, forces] of [
      ['bch', ['beds', 'cambs', 'herts']],
      ['kse', ['essex', 'kent']],
    ] as const) {
      for (const force of forces) await t.http().post(`/forces/${force}/alliance-invitations/${alliance}/accept`).send({}).expect(201);
    }
    for (const scope of [OWN, OTHER]) {
      await t
        .http()
        .post('/scenarios')
        .send({ id: scope.scenario, name: `Matrix ${scope.force}`, force: scope.force, basedOn: 'baseline' })
        .expect(201);
      await t.http().post(`/scenarios/${scope.scenario}/discard`).send({}).expect(201);
    }
    headBefore = (await t.http().get('/health')).body.headPosition;
  });
  afterAll(async () => {
    // Nothing the matrix sent was recorded: every allowed write had an empty body.
    expect((await t.http().get('/health')).body.headPosition).toBe(headBefore);
    await t.close();
  });

  it('has a row for every endpoint the service serves', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set([...WRITES, ...READS].map((r) => `${r.method} ${r.path}`));
    covered.add('GET /health');
    covered.add('GET /streams/{stream}/events');
    expect(served.filter((e) => !covered.has(e))).toEqual([]);
  });

  describe.each(Object.keys(ACTORS) as Actor[])('as %s', (actor) => {
    const allowedIn = (row: Row, own: boolean) => actor === 'admin' || (row.allowed.includes(actor) && (own || row.anyScope === true));

    it.each(WRITES.map((r) => [`${r.method} ${r.path}`, r] as const))('write %s', async (_, row) => {
      for (const [own, scope] of [
        [true, OWN],
        [false, OTHER],
      ] as const) {
        const res = await send(t.as(ACTORS[actor]), row, scope);
        const expectation = allowedIn(row, own) ? 'allowed' : 'refused';
        expect({
          scope: own ? 'own' : 'other',
          outcome: refusedByGuard(res.status, res.body) ? 'refused' : 'allowed',
          status: res.status,
        }).toEqual({
          scope: own ? 'own' : 'other',
          outcome: expectation,
          status: expectation === 'refused' ? (hiddenScenario(row, actor, scope) ? 404 : 403) : expect.any(Number),
        });
        expect(res.status).not.toBe(500);
      }
    });

    it.each(READS.map((r) => [`${r.method} ${r.path}`, r] as const))('read %s', async (_, row) => {
      for (const [own, scope] of [
        [true, OWN],
        [false, OTHER],
      ] as const) {
        const res = await send(t.as(ACTORS[actor]), row, scope);
        const outcome = refusedByGuard(res.status, res.body) ? 'refused' : 'allowed';
        expect({ scope: own ? 'own' : 'other', outcome }).toEqual({
          scope: own ? 'own' : 'other',
          outcome: allowedIn(row, own) ? 'allowed' : 'refused',
        });
        if (outcome === 'refused') expect(Object.keys(res.body).sort()).toEqual(['details', 'error', 'message', 'statusCode']);
      }
    });

    it.each(STREAM_READS.map((s) => [s.stream, s] as const))('audit trail of %s', async (_, s) => {
      const res = await t.as(ACTORS[actor]).get(`/streams/${s.stream}/events`);
      const allowed = actor === 'admin' || s.allowed.includes(actor);
      expect(refusedByGuard(res.status, res.body) ? 'refused' : 'allowed').toBe(allowed ? 'allowed' : 'refused');
    });
  });

  it('serves the board of an alliance whose code has a hyphen, as the alliance rules allow', async () => {
    const members = ['essex', 'kent'].map((force) => ({ force, fromYear: '2014/15' }));
    await t.http().post('/alliances').send({ code: 'east-region', name: 'Eastern region', members }).expect(201);
    for (const { force } of members) await t.http().post(`/forces/${force}/alliance-invitations/east-region/accept`).send({}).expect(201);
    const board = t.as({ role: 'alliance_board', alliance: 'east-region' });
    await board.get('/alliances/east-region').expect(200);
    await board.get('/alliances/east-region/audit').expect(200);
    await board.get('/streams/alliance-east-region/events').expect(200);
    await board.get('/alliances/bch').expect(404);
    headBefore = (await t.http().get('/health')).body.headPosition;
  });

  it('refuses requests without a valid token with 401, and health needs none', async () => {
    await t.anonymous().get('/forces').expect(401);
    await t.anonymous().post('/forces').send({ code: 'x1', name: 'X' }).expect(401);
    await t.anonymous().get('/forces').set('Authorization', 'Bearer not.a.token').expect(401);
    await t.anonymous().get('/health').expect(200);
  });

  it('records the token subject as the actor of every event, with the reason given', async () => {
    await t
      .as({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' })
      .post('/forces/herts/plan-period')
      .send({ firstYear: '2016/17', lastYear: '2019/20', reason: 'MTFP 2016/17 to 2019/20' })
      .expect(201);
    const trail = await t.http().get('/streams/force-finance-herts/events').expect(200);
    expect(trail.body.events[0].metadata).toMatchObject({ actor: 'cfo@herts', reason: 'MTFP 2016/17 to 2019/20' });
    const audit = await t.as({ role: 'viewer', force: 'herts' }).get('/forces/herts/audit?actor=cfo@herts').expect(200);
    expect(audit.body.events.map((e: { type: string }) => e.type)).toEqual(['PlanPeriodSet.v1']);
    headBefore = (await t.http().get('/health')).body.headPosition;
  });
});
