import type request from 'supertest';
import { loadConfig } from '../../src/config/app-config';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Fair rate limits: a signed-in user's allowance is their subject's, wherever they call from;
 * requests without a valid token share their address's smaller one; /health is never limited.
 * Nothing here waits for a clock: every limit is reached by counting requests well inside the
 * one-minute window.
 */
const USER_LIMIT = 5;
const ADDRESS_LIMIT = 3;

function expect429(res: request.Response, message: RegExp): void {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.body).toEqual({ statusCode: 429, error: 'too_many_requests', message: expect.stringMatching(message), details: [] });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
}

describe('rate limits', () => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  describe('behind no proxy (TRUST_PROXY=0, the default)', () => {
    beforeEach(async () => {
      t = await startTestApp({ rateLimitPerMinute: USER_LIMIT, rateLimitUnauthenticatedPerMinute: ADDRESS_LIMIT });
    });

    const garbage = () => t.anonymous().get('/forces').set('Authorization', 'Bearer a.b.c');

    it('keeps a garbage-token flood from an address off a valid token’s allowance from the same address, and off /health', async () => {
      for (let i = 0; i < ADDRESS_LIMIT; i++) await garbage().expect(401);
      expect429(await garbage(), new RegExp(`without a valid token from this address: ${ADDRESS_LIMIT} requests a minute`));
      // No token at all is the same bucket: the flood cannot switch to it.
      expect429(await t.anonymous().get('/forces'), /without a valid token/);

      // The admin, from the same address, still has all of their own allowance.
      for (let i = 0; i < USER_LIMIT; i++) await t.http().get('/forces').expect(200);
      await t.anonymous().get('/health').expect(200);
      await t.anonymous().get('/health').expect(200);
    });

    it('counts a user’s requests on every endpoint against their subject, answers the one over with 429, and records nothing', async () => {
      const before = (await t.anonymous().get('/health').expect(200)).body.headPosition;
      await t.http().get('/forces').expect(200);
      await t.http().get('/alliances').expect(200);
      await t.http().get('/referendum-principles').expect(200);
      await t.http().get('/forces/nowhere').expect(404);
      await t.http().post('/forces').send({}).expect(400);
      expect429(
        await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }),
        new RegExp(`each signed-in user may make ${USER_LIMIT} requests a minute`),
      );

      // Another token of the same subject shares the allowance; another subject has its own.
      expect429(await t.as({ role: 'admin', subject: 'admin@test' }).get('/forces'), /signed-in user/);
      await t.as({ role: 'viewer', force: 'herts', subject: 'panel@herts' }).get('/forces').expect(200);
      // A limited user's requests do not spend the address's allowance for requests without a token either.
      await t.anonymous().get('/forces').expect(401);

      for (let i = 0; i < 3; i++) await t.anonymous().get('/health').expect(200);
      expect((await t.anonymous().get('/health').expect(200)).body.headPosition).toBe(before);
    });

    it('does not believe X-Forwarded-For: a client cannot pass for many addresses', async () => {
      for (let i = 0; i < ADDRESS_LIMIT; i++) await garbage().set('X-Forwarded-For', `203.0.113.${i}`).expect(401);
      expect429(await garbage().set('X-Forwarded-For', '203.0.113.99'), /without a valid token/);
    });
  });

  describe('behind one proxy (TRUST_PROXY=1)', () => {
    beforeEach(async () => {
      t = await startTestApp({ rateLimitPerMinute: USER_LIMIT, rateLimitUnauthenticatedPerMinute: ADDRESS_LIMIT, trustProxy: 1 });
    });

    it('limits each client address the proxy reports separately', async () => {
      const from = (address: string) => t.anonymous().get('/forces').set('X-Forwarded-For', address);
      for (let i = 0; i < ADDRESS_LIMIT; i++) await from('203.0.113.7').expect(401);
      expect429(await from('203.0.113.7'), /without a valid token/);
      // Only the hop the proxy added counts: an address the client put in front of it does not.
      expect429(await from('198.51.100.1, 203.0.113.7'), /without a valid token/);
      await from('203.0.113.8').expect(401);
    });
  });

  it('reads TRUST_PROXY as a number of hops, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be the number of proxies/);
    expect(loadConfig({}).rateLimitUnauthenticatedPerMinute).toBeLessThan(loadConfig({}).rateLimitPerMinute);
    // A limit that is not a whole number would make the throttler misbehave silently: refused at start.
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE must be a whole number of at least 1/);
    expect(() => loadConfig({ RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '0' })).toThrow(
      /RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE must be a whole number/,
    );
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '300' }).rateLimitPerMinute).toBe(300);
  });
});
