import type request from 'supertest';
import { VALID_BODIES } from '../fuzz/fuzz-world';
import { OpenApiContract } from '../support/openapi-contract';
import { startTestApp, type AuthorisedHttp, type TestApp } from '../support/test-app';

/**
 * The OpenAPI document is the contract: every answer of a representative flow on the worked
 * example (its reads, writes on it, and the errors a caller meets) is checked against the
 * document the service publishes at /docs-json – its path, its status and its body's schema.
 */
describe('the OpenAPI document is the contract', () => {
  let t: TestApp;
  let contract: OpenApiContract;

  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
    contract = new OpenApiContract((await t.http().get('/docs-json').expect(200)).body);
  });
  afterAll(async () => {
    await t?.close();
  });

  type Method = 'get' | 'post' | 'put' | 'patch';
  async function send(method: Method, url: string, body?: object, http: AuthorisedHttp = t.http()): Promise<request.Response> {
    const req = http[method](url);
    return contract.check(method, url, await (body === undefined ? req : req.send(body)));
  }
  const get = (url: string, http?: AuthorisedHttp) => send('get', url, undefined, http);

  it('every read of the worked example answers as documented', async () => {
    const reads = [
      '/health',
      '/forces',
      '/forces/herts',
      '/forces/herts/finance',
      '/forces/herts/mtfp',
      '/forces/herts/mtfp?from=2016/17&years=4&asOf=2017-02-01T00:00:00Z',
      '/forces/herts/mtfp?include=sources',
      '/forces/herts/mtfp/explain?year=2019/20',
      '/forces/herts/mtfp/explain?year=2019/20&line=gap',
      '/forces/herts/precept-options?year=2017/18',
      '/forces/herts/precept-options?year=2017/18&percentageRise=0.0199&poundRise=5.00',
      '/forces/herts/precept-options?year=2017/18&include=sources',
      '/forces/herts/precept-options',
      '/forces/herts/reserves/general',
      '/forces/herts/collaboration?from=2016/17',
      '/forces/herts/collaboration?from=2016/17&include=sources',
      '/forces/herts/alliance-invitations',
      '/forces/herts/audit',
      '/forces/herts/stress-tests',
      '/referendum-principles',
      '/referendum-principles?year=2017/18',
      '/alliances',
      '/alliances/bch',
      '/alliances/bch/invitations',
      '/alliances/bch/collaboration-shares?year=2016/17',
      '/alliances/bch/benefits-realisation',
      '/alliances/bch/benefits-realisation?include=sources&green=0.9&amber=0.7',
      '/alliances/bch/collaboration-shares?year=2017/18&include=sources',
      '/alliances/bch/audit',
      '/scenarios',
      '/streams/force-finance-herts/events?limit=5',
    ];
    for (const url of reads) expect([url, (await get(url)).status]).toEqual([url, 200]);
    expect(contract.problems).toEqual([]);
  });

  it('writes, a scenario and a stress test answer as documented', async () => {
    const writes: [Method, string, object][] = [
      ['post', '/forces', { code: 'essex', name: 'Essex Police' }],
      ['put', '/forces/essex/name', { name: 'Essex Police' }],
      ['post', '/forces/essex/plan-period', VALID_BODIES['POST /forces/{force}/plan-period']],
      ['post', '/forces/essex/budgets', { ...VALID_BODIES['POST /forces/{force}/budgets'], year: '2016/17' }],
      ['post', '/forces/essex/assumptions', VALID_BODIES['POST /forces/{force}/assumptions']],
      ['post', '/forces/essex/budget-items', VALID_BODIES['POST /forces/{force}/budget-items']],
      ['post', '/forces/essex/funding', VALID_BODIES['POST /forces/{force}/funding']],
      ['post', '/forces/essex/tax-base', VALID_BODIES['POST /forces/{force}/tax-base']],
      ['post', '/forces/essex/precepts', VALID_BODIES['POST /forces/{force}/precepts']],
      ['post', '/forces/essex/reserves', VALID_BODIES['POST /forces/{force}/reserves']],
      ['post', '/forces/essex/reserves/general/movements', VALID_BODIES['POST /forces/{force}/reserves/{reserve}/movements']],
      ['post', '/scenarios', VALID_BODIES['POST /scenarios']],
      ['post', '/scenarios/pay-rise/overrides', VALID_BODIES['POST /scenarios/{scenario}/overrides']],
      ['post', '/forces/herts/stress-tests', VALID_BODIES['POST /forces/{force}/stress-tests']],
      ['post', '/alliances/bch/invitations', { force: 'essex', fromYear: '2017/18', reason: 'A fourth member' }],
    ];
    let runId = '';
    for (const [method, url, body] of writes) {
      const res = await send(method, url, body);
      expect([url, res.status]).toEqual([url, method === 'put' ? 200 : 201]);
      if (url.endsWith('/stress-tests')) runId = res.body.run.runId;
    }
    for (const url of [
      '/scenarios/pay-rise',
      '/scenarios/pay-rise/compare',
      '/forces/herts/mtfp?scenario=pay-rise',
      '/forces/essex/mtfp',
      `/forces/herts/stress-tests/${runId}`,
      '/forces/herts/stress-tests',
      '/scenarios',
      '/forces/essex/alliance-invitations',
      '/alliances/bch/invitations',
      '/forces/essex/audit',
    ]) {
      await get(url);
    }
    // The lists read after the writes have entries, so their item schemas were checked too.
    expect((await get('/scenarios')).body.scenarios.length).toBeGreaterThan(0);
    expect((await get('/forces/essex/alliance-invitations')).body.invitations).toHaveLength(1);
    expect(contract.problems).toEqual([]);
    expect([...contract.checked].filter((c) => / (200|201)$/.test(c)).length).toBeGreaterThanOrEqual(35);
  });

  it('documents request bodies as strictly as they are validated: every valid body matches, and bodies the service refuses do not', () => {
    expect(Object.entries(VALID_BODIES).flatMap(([operation, body]) => contract.requestProblems(operation, body))).toEqual([]);
    const refused: Array<[string, object]> = [
      ['POST /forces/{force}/tax-base', { year: '2017/18', bandDEquivalents: 420000 }], // a JSON number
      ['POST /forces/{force}/precepts', { year: '2017/18', bandD: '152.005', status: 'proposed' }], // part of a penny
      ['POST /forces/{force}/plan-period', { firstYear: '2016-17', lastYear: '2019/20' }], // not a year
      ['POST /forces/{force}/plan-period', { firstYear: '2016/17', lastYear: '2019/20', colour: 'blue' }], // an unknown field
      ['POST /forces', { code: 'Herts!', name: 'Hertfordshire' }], // not a force code
      ['POST /forces', { code: 'herts', name: '' }], // a blank name
      ['POST /alliances/{alliance}/units/{unit}/budgets', { year: '2017/18', amount: '-1.00' }], // a negative budget
    ];
    for (const [operation, body] of refused)
      expect([operation, contract.requestProblems(operation, body).length > 0]).toEqual([operation, true]);
  });

  it('shows a worked-example body on every JSON write, each matching its own request schema', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> } }>>;
    };
    const writes = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.requestBody?.content['application/json'])
        .map(([method, op]) => ({
          operation: `${method.toUpperCase()} ${path}`,
          example: op.requestBody?.content['application/json'].example,
        })),
    );
    expect(writes.length).toBeGreaterThan(40);
    expect(writes.filter((w) => w.example === undefined).map((w) => w.operation)).toEqual([]);
    expect(writes.flatMap((w) => contract.requestProblems(w.operation, w.example))).toEqual([]);
  });

  it('errors answer with the documented status and the one error body', async () => {
    const viewer = t.as({ role: 'viewer', force: 'herts' });
    const statuses = [
      (await send('post', '/forces/herts/precepts', { year: '2017/18', bandD: 152, status: 'proposed' })).status,
      (await contract.check('get', '/forces/herts/mtfp', await t.anonymous().get('/forces/herts/mtfp'))).status,
      (await send('post', '/forces/herts/tax-base', VALID_BODIES['POST /forces/{force}/tax-base'], viewer)).status,
      (await get('/forces/nowhere/mtfp')).status,
      (await send('post', '/forces', { code: 'herts', name: 'Hertfordshire again' })).status,
      (await contract.check('post', '/forces', await t.http().post('/forces').set('Content-Type', 'text/plain').send('code=x'))).status,
      (await send('post', '/forces/herts/plan-period', { firstYear: '2019/20', lastYear: '2016/17' })).status,
      (await get('/forces/herts/mtfp/explain')).status,
      (await get('/forces/herts/mtfp?from=2016')).status,
    ];
    expect(statuses).toEqual([400, 401, 403, 404, 409, 415, expect.any(Number), 400, 400]);
    const stale = await t.http().post('/forces/herts/tax-base').set('If-Match', '"1"').send(VALID_BODIES['POST /forces/{force}/tax-base']);
    expect(contract.check('post', '/forces/herts/tax-base', stale).status).toBe(409);
    expect(contract.problems).toEqual([]);
  });
});
