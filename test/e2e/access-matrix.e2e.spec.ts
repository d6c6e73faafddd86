import type { Role } from '../../src/auth/principal';
import { startTestApp, type AuthorisedHttp, type TestApp } from '../support/test-app';

/**
 * The whole access matrix through HTTP: every endpoint × every role × its own scope and
 * another. Writes are sent with empty bodies, so an allowed write fails validation (400) and
 * records nothing – what is tested is only whether the guard lets it through. The table of
 * who may do what is written out here by hand, independently of the rules in src/auth, and
 * every endpoint in the OpenAPI document must have a row.
 */

type Actor = 'forceFinance' | 'pccOffice' | 'allianceBoard' | 'viewer' | 'admin';
const ACTORS: Record<Actor, { role: Role; force?: string; alliance?: string }> = {
  forceFinance: { role: 'force_finance', force: 'herts' },
  pccOffice: { role: 'pcc_office', force: 'herts' },
  allianceBoard: { role: 'alliance_board', alliance: 'bch' },
  viewer: { role: 'viewer', force: 'herts' },
  admin: { role: 'admin' },
};

// Own scope: Hertfordshire and BCH (of which it is a member). Other scope: Kent, and an alliance Kent leads.
// Each force has a scenario, discarded so that no write the matrix sends can record anything.
const OWN = { force: 'herts', alliance: 'bch', scenario: 'herts-matrix' };
const OTHER = { force: 'kent', alliance: 'kse', scenario: 'kent-matrix' };

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  /** Who may, within their own scope (admin may always, anywhere). */
  allowed: Actor[];
  /** Whether the same actors may also reach the OTHER scope (directory reads). */
  anyScope?: boolean;
  /** For endpoints that take the scope from the body's code. */
  bodyCode?: 'force' | 'alliance';
  /** For endpoints that take the force from the body's `force` (a new scenario). */
  bodyForce?: boolean;
}

const forceFinance: Actor[] = ['forceFinance'];
const pcc: Actor[] = ['pccOffice'];
const board: Actor[] = ['allianceBoard'];
const nobodyButAdmin: Actor[] = [];
const forceReaders: Actor[] = ['forceFinance', 'pccOffice', 'viewer'];
const allianceReaders: Actor[] = ['allianceBoard', 'forceFinance', 'pccOffice'];
const everyone: Actor[] = ['forceFinance', 'pccOffice', 'allianceBoard', 'viewer'];
const modellers: Actor[] = ['forceFinance', 'pccOffice'];

const WRITES: Row[] = [
  { method: 'POST', path: '/forces', allowed: nobodyButAdmin, bodyCode: 'force' },
  { method: 'PUT', path: '/forces/{force}/name', allowed: nobodyButAdmin },
  { method: 'POST', path: '/forces/{force}/plan-period', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/budgets', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/assumptions', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/budget-items', allowed: forceFinance },
  { method: 'PATCH', path: '/forces/{force}/budget-items/{itemId}', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/budget-items/{itemId}/withdrawal', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/funding', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/tax-base', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/collection-fund', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/precepts', allowed: pcc },
  { method: 'POST', path: '/forces/{force}/reserves', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/reserves/{reserve}/movements', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/minimum-general-reserve', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/collaboration-spend', allowed: forceFinance },
  { method: 'POST', path: '/referendum-principles', allowed: nobodyButAdmin },
  { method: 'POST', path: '/referendum-principles/withdrawal', allowed: nobodyButAdmin },
  { method: 'POST', path: '/collaboration-averages', allowed: nobodyButAdmin },
  { method: 'POST', path: '/alliances', allowed: board, bodyCode: 'alliance' },
  { method: 'POST', path: '/alliances/{alliance}/members', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/invitations', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/invitations/{force}/withdrawal', allowed: board },
  // Only the force answers its invitations: never the board.
  { method: 'POST', path: '/forces/{force}/alliance-invitations/{alliance}/accept', allowed: forceFinance },
  { method: 'POST', path: '/forces/{force}/alliance-invitations/{alliance}/decline', allowed: forceFinance },
  { method: 'POST', path: '/alliances/{alliance}/members/{force}/departure', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units/{unit}/cost-shares', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/units/{unit}/budgets', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/programmes', allowed: board },
  { method: 'POST', path: '/alliances/{alliance}/programmes/{programme}/savings', allowed: board },
  { method: 'POST', path: '/scenarios', allowed: modellers, bodyForce: true },
  { method: 'POST', path: '/scenarios/{scenario}/overrides', allowed: modellers },
  { method: 'POST', path: '/scenarios/{scenario}/keep', allowed: modellers },
  { method: 'POST', path: '/scenarios/{scenario}/discard', allowed: modellers },
  { method: 'POST', path: '/forces/{force}/stress-tests', allowed: modellers },
];

const READS: Row[] = [
  { method: 'GET', path: '/forces', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/forces/{force}', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/referendum-principles', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/alliances', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/forces/{force}/finance', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/mtfp', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/mtfp/explain', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/precept-options', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/budget-items/{itemId}', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/reserves/{reserve}', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/audit', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/collaboration', allowed: [...forceReaders, 'allianceBoard'] },
  { method: 'GET', path: '/alliances/{alliance}', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/collaboration-shares', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/benefits-realisation', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/audit', allowed: allianceReaders },
  { method: 'GET', path: '/alliances/{alliance}/invitations', allowed: allianceReaders },
  { method: 'GET', path: '/forces/{force}/alliance-invitations', allowed: forceReaders },
  // The list is open to everyone signed in, and shows each only the scenarios they may read.
  { method: 'GET', path: '/scenarios', allowed: everyone, anyScope: true },
  { method: 'GET', path: '/scenarios/{scenario}', allowed: forceReaders },
  { method: 'GET', path: '/scenarios/{scenario}/compare', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/stress-tests', allowed: forceReaders },
  { method: 'GET', path: '/forces/{force}/stress-tests/{run}', allowed: forceReaders },
];

/** The audit trail of a stream is scoped by the stream it names. */
const STREAM_READS: { stream: string; own: boolean; allowed: Actor[] }[] = [
  { stream: 'force-herts', own: true, allowed: forceReaders },
  { stream: 'force-finance-herts', own: true, allowed: forceReaders },
  { stream: 'force-collaboration-herts', own: true, allowed: [...forceReaders, 'allianceBoard'] },
  { stream: 'alliance-bch', own: true, allowed: allianceReaders },
  { stream: 'force-finance-kent', own: false, allowed: [] },
  { stream: 'alliance-kse', own: false, allowed: [] },
  { stream: 'reference-referendum-principles', own: true, allowed: everyone },
  { stream: 'scenario--herts-herts-matrix', own: true, allowed: forceReaders },
  { stream: 'scenario--kent-kent-matrix', own: false, allowed: [] },
  { stream: 'stress-tests-herts', own: true, allowed: forceReaders },
  { stream: 'stress-tests-kent', own: false, allowed: [] },
];

function urlOf(row: Row, scope: typeof OWN): string {
  return row.path
    .replace('{force}', scope.force)
    .replace('{alliance}', scope.alliance)
    .replace('{itemId}', 'no-such-item')
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
