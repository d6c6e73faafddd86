import type request from 'supertest';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { HealthLane } from '../../src/health/health-lane';
import { RememberedAnswers } from '../../src/http/answer-cache/remembered-answers';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/** Headers Node or the rate limit writes for every response: the rest must be the full pipeline's. */
const PER_REQUEST = new Set(['date', 'connection', 'keep-alive', 'x-ratelimit-remaining', 'x-ratelimit-reset']);
const headersOf = (res: request.Response) => Object.fromEntries(Object.entries(res.headers).filter(([name]) => !PER_REQUEST.has(name)));

/**
 * The fast lanes in front of Express (issue 15), on the real application and the worked example:
 * a repeated answer and /health go out without the framework, byte for byte and header for
 * header as the full pipeline sends them, while access, the rate limit and writes still count.
 */
describe('fast lanes', () => {
  let t: TestApp;
  const tokens = new TokenIssuer(TEST_JWT_SECRET);
  const admin = `Bearer ${tokens.issue({ role: 'admin', subject: 'lane@test' })}`;
  const get = (url: string, authorization = admin) => t.anonymous().get(url).set('Authorization', authorization);
  const lane = () => t.app.get(RememberedAnswers);
  const MTFP = '/forces/herts/mtfp?from=2016/17&years=4';

  afterEach(() => t.close());

  describe('with the worked example', () => {
    beforeEach(async () => {
      t = await startTestApp({ seedExampleWhenEmpty: true });
    });

    it('answers a repeated request with the bytes and headers the full pipeline sent', async () => {
      const first = await get(MTFP).expect(200);
      expect(lane().answered).toBe(0);
      const second = await get(MTFP).expect(200);
      expect(lane().answered).toBe(1);
      expect(second.text).toBe(first.text);
      expect(headersOf(second)).toEqual(headersOf(first));
      expect(Number(second.headers['x-ratelimit-remaining'])).toBe(Number(first.headers['x-ratelimit-remaining']) - 1);
      const notModified = await get(MTFP).set('If-None-Match', first.headers.etag).expect(304);
      expect(notModified.text).toBe('');
      expect(lane().answered).toBe(2);
    });

    it('answers a repeated 304 with the headers the full pipeline sent with its 304 (none of a body)', async () => {
      const { etag } = (await get(MTFP).expect(200)).headers;
      // A request the lane has not seen (another Accept) goes through the full pipeline first.
      const conditional = () => get(MTFP).set('Accept', 'application/json').set('If-None-Match', etag);
      const before = lane().answered;
      const fromPipeline = await conditional().expect(304);
      expect(lane().answered).toBe(before);
      const fromLane = await conditional().expect(304);
      expect(lane().answered).toBe(before + 1);
      expect(headersOf(fromLane)).toEqual(headersOf(fromPipeline));
      expect(fromLane.headers['content-length']).toBeUndefined();
    });

    it('leaves another caller to the full pipeline, which checks their access', async () => {
      await get(MTFP).expect(200);
      const beds = `Bearer ${tokens.issue({ role: 'force_finance', force: 'beds', subject: 'beds@test' })}`;
      await get(MTFP, beds).expect(404);
      await get(MTFP, beds).expect(404);
      await get(MTFP, 'Bearer not.a.token').expect(401);
      expect(lane().answered).toBe(0);
    });

    it('answers with the new figures after a write', async () => {
      const before = await get(MTFP).expect(200);
      await get(MTFP).expect(200);
      await t
        .anonymous()
        .post('/forces/herts/budget-items')
        .set('Authorization', admin)
        .send({ kind: 'growth', fromYear: '2017/18', amount: '2400000.00', recurrence: 'recurring', description: 'fast lane' })
        .expect(201);
      const after = await get(MTFP).expect(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(after.body.years[1].expenditure.growth.value).not.toBe(before.body.years[1].expenditure.growth.value);
      expect((await get(MTFP).expect(200)).text).toBe(after.text);
      expect(lane().answered).toBe(2);
    });

    it('answers /health as HealthController does, with the same headers and ETag, and a 304 for a matching one', async () => {
      const health = t.app.get(HealthLane);
      const first = await t.anonymous().get('/health').expect(200);
      expect(health.answered).toBe(0);
      const second = await t.anonymous().get('/health').expect(200);
      expect(health.answered).toBe(1);
      expect(second.body).toEqual(first.body);
      expect(headersOf(second)).toEqual(headersOf(first));
      await t.anonymous().get('/health').set('If-None-Match', first.headers.etag).expect(304);
      expect(health.answered).toBe(2);
    });
  });

  it('counts its answers against the caller’s rate limit, and leaves the one over it to the full pipeline’s 429', async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true, rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) await get(MTFP).expect(200);
    expect(lane().answered).toBe(2);
    const over = await get(MTFP).expect(429);
    expect(over.body.message).toMatch(/each signed-in user may make 3 requests a minute/);
  });
});
