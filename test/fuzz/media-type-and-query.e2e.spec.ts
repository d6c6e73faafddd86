import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/**
 * A body sent as something other than JSON is refused with 415, not read as empty; a query
 * parameter given as a list or an object, or more than once, is refused with 400, not ignored.
 */
describe('content types and query strings', () => {
  let t: TestApp;
  const headPosition = async (): Promise<string | null> => (await t.http().get('/health').expect(200)).body.headPosition;
  const kent = JSON.stringify({ code: 'kent', name: 'Kent Police' });

  beforeAll(async () => {
    t = await startTestAppWithHerts();
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'text/csv',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/jsonx',
    'json',
  ])('answers JSON sent as %s with 415 naming application/json, recording nothing', async (type) => {
    const before = await headPosition();
    const res = await t.http().post('/forces').set('Content-Type', type).send(kent);
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      statusCode: 415,
      error: 'unsupported_media_type',
      message: expect.stringContaining('Content-Type: application/json'),
      details: [{ field: 'Content-Type', message: 'must be application/json' }],
    });
    expect(await headPosition()).toBe(before);
  });

  it('answers a body with no Content-Type with 415, on PUT and PATCH too', async () => {
    const before = await headPosition();
    const raw = (method: 'post' | 'put' | 'patch', url: string) => t.http()[method](url).set('Content-Type', '').send(Buffer.from(kent));
    for (const [method, url] of [
      ['post', '/forces'],
      ['put', '/forces/herts/name'],
      ['patch', '/forces/herts/budget-items/none'],
    ] as const) {
      const res = await raw(method, url);
      expect({ url, status: res.status, message: res.body.message }).toEqual({
        url,
        status: 415,
        message: expect.stringMatching(/none was given/),
      });
    }
    expect(await headPosition()).toBe(before);
  });

  it('takes application/json with a charset, and application/*+json', async () => {
    await t.http().post('/forces').set('Content-Type', 'application/json; charset=utf-8').send(kent).expect(201);
    await t
      .http()
      .put('/forces/kent/name')
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ name: 'Kent Police Force' }))
      .expect(200);
  });

  it('takes a write with no body at all, whatever its Content-Type', async () => {
    const res = await t
      .http()
      .post('/forces/herts/budget-items')
      .send({ kind: 'growth', fromYear: '2016/17', amount: '1.00', recurrence: 'one_off', description: 'x' })
      .expect(201);
    await t.http().post(`/forces/herts/budget-items/${res.body.itemId}/withdrawal`).set('Content-Type', 'text/plain').expect(201);
  });

  it('asks for a token before it looks at the Content-Type', async () => {
    expect((await t.anonymous().post('/forces').set('Content-Type', 'text/plain').send(kent)).status).toBe(401);
  });

  it.each([
    ['/forces/herts/mtfp?from=2016/17&years=1&scenario[]=x', 'scenario'],
    ['/forces/herts/mtfp?from=2016/17&years=1&asOf[x]=1', 'asOf'],
    ['/forces/herts/mtfp?from=2016/17&years=1&asOf=1&asOf=2', 'asOf'],
    ['/forces/herts/mtfp?from[]=2016/17&years=1', 'from'],
    ['/forces/herts/precept-options?year=2016/17&poundRise=1.00&poundRise=2.00', 'poundRise'],
    ['/forces/herts/finance?asOf[]=1', 'asOf'],
    ['/forces?asOf=1&asOf=1', 'asOf'],
    ['/alliances?asOf[0]=1', 'asOf'],
    ['/streams/force-herts/events?limit=1&limit=2', 'limit'],
    ['/forces/herts/audit?type[]=ForceRegistered.v1', 'type'],
    ['/scenarios?force=herts&force=beds', 'force'],
  ])('answers %s with 400 naming the parameter', async (url, field) => {
    const res = await t.http().get(url);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'invalid_input',
      details: [{ field, message: expect.stringMatching(/must be given once/) }],
    });
  });

  it('refuses a repeated parameter on a write too, recording nothing', async () => {
    const before = await headPosition();
    const res = await t.http().post('/forces?reason=a&reason=b').send(kent);
    expect(res.status).toBe(400);
    expect(await headPosition()).toBe(before);
  });
});
