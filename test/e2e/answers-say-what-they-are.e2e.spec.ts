import { startTestApp, type TestApp } from '../support/test-app';

/** Every projection says when it was worked out; a missing required parameter says it is required; a default says so. */
describe('answers say what they are', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    '/alliances/bch/benefits-realisation',
    '/alliances/bch/collaboration-shares?year=2016/17',
    '/forces/herts/collaboration?from=2016/17',
    '/forces/herts/mtfp',
    '/forces/herts/precept-options?year=2017/18',
  ])('%s states asAt', async (url) => {
    const head = (await t.http().get('/health').expect(200)).body.headPosition;
    const res = await t.http().get(url).expect(200);
    expect(res.body.asAt).toEqual({ position: head });
    const before = String(BigInt(head) - 1n);
    const past = await t
      .http()
      .get(`${url}${url.includes('?') ? '&' : '?'}asOf=${before}`)
      .expect(200);
    expect(past.body.asAt).toEqual({ position: before });
  });

  it.each([
    ['/forces/herts/mtfp/explain', 'year'],
    ['/alliances/bch/collaboration-shares', 'year'],
    ['/forces/herts/collaboration', 'from'],
  ])('%s without %s says it is required', async (url, field) => {
    const res = await t.http().get(url).expect(400);
    expect(res.body.details).toEqual([{ field, message: 'is required: a financial year written like "2016/17"' }]);
  });

  it('precept options without a year are for the first year with no approved precept, and say so', async () => {
    const res = await t.http().get('/forces/herts/precept-options').expect(200);
    expect(res.body.yearChosen).toMatch(/^No year was asked for: \d{4}\/\d{2}, the (first|last) year of the plan/);
    expect(res.body.year).toBe(res.body.yearChosen.match(/(\d{4}\/\d{2})/)[1]);
    const asked = await t.http().get(`/forces/herts/precept-options?year=${res.body.year}`).expect(200);
    expect(asked.body.yearChosen).toBeUndefined();
    expect({ ...res.body, yearChosen: undefined }).toEqual({ ...asked.body, yearChosen: undefined });
  });
});
