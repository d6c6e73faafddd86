import { ANSWER_CACHE } from '../../src/http/answer-cache/answer-cache.interceptor';
import type { AnswerCache } from '../../src/http/answer-cache/answer-cache';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The answer cache through HTTP, on the worked example: answers are the bytes the service sends
 * without it, a strong ETag makes If-None-Match a 304, a write is seen at once, as-at answers
 * are immutable, and access is still checked on every request.
 */
describe('answer cache', () => {
  let t: TestApp;
  const URLS = [
    '/forces/herts/mtfp?from=2016/17&years=4',
    '/forces/herts/mtfp/explain?year=2017/18&line=gap',
    '/forces/herts/precept-options?year=2017/18',
    '/forces/herts/collaboration?from=2016/17&years=4',
    '/alliances/bch/collaboration-shares?year=2017/18',
    '/alliances/bch/benefits-realisation',
  ];
  const texts = (urls: string[]) => Promise.all(urls.map(async (url) => (await t.http().get(url).expect(200)).text));
  const growth = (amount: string) =>
    t
      .http()
      .post('/forces/herts/budget-items')
      .send({ kind: 'growth', fromYear: '2017/18', amount, recurrence: 'recurring', description: 'answer cache' })
      .expect(201);
  const cache = () => t.app.get<symbol, AnswerCache>(ANSWER_CACHE);

  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true, answerCacheMegabytes: 0 });
  });
  afterAll(() => t.close());

  it('sends byte for byte what the service sends without it, first from the handlers, then from the cache', async () => {
    const uncached = await texts(URLS);
    t.config.answerCacheMegabytes = 64;
    await t.restart();
    expect(await texts(URLS)).toEqual(uncached);
    expect(cache().stats).toMatchObject({ entries: URLS.length, misses: URLS.length, hits: 0 });
    expect(await texts(URLS)).toEqual(uncached);
    expect(cache().stats).toMatchObject({ entries: URLS.length, hits: URLS.length });
    expect(cache().stats.bytes).toBeGreaterThan(uncached.join('').length);
  });

  it('gives a strong ETag that If-None-Match answers with a 304 and no body, and a stale one with the answer', async () => {
    const first = await t.http().get(URLS[0]).expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await t.http().get(URLS[0]).set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text).toBe('');
    const stale = await t.http().get(URLS[0]).set('If-None-Match', '"not-this-one"').expect(200);
    expect(stale.text).toBe(first.text);
  });

  it('answers a write at once: the next read has the new figures and a new ETag', async () => {
    const before = await t.http().get(URLS[0]).expect(200);
    await growth('2400000.00');
    const after = await t.http().get(URLS[0]).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.asAt.position).not.toBe(before.body.asAt.position);
    expect(after.body.years[1].expenditure.growth.value).not.toBe(before.body.years[1].expenditure.growth.value);
    await t.http().get(URLS[0]).set('If-None-Match', before.headers.etag).expect(200);
  });

  it('says an answer as at a position can never change', async () => {
    const head = (await t.http().get('/health').expect(200)).body.headPosition as string;
    const url = `${URLS[0]}&asOf=${head}`;
    const first = await t.http().get(url).expect(200);
    expect(first.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    await growth('100000.00');
    const later = await t.http().get(url).expect(200);
    expect(later.text).toBe(first.text);
    expect(later.headers.etag).toBe(first.headers.etag);
  });

  it('still checks access on every request: a cached answer is not shown to someone outside its scope', async () => {
    await t.http().get(URLS[0]).expect(200);
    await t.as({ role: 'force_finance', force: 'beds' }).get(URLS[0]).expect(404);
    const own = await t.as({ role: 'force_finance', force: 'herts' }).get(URLS[0]).expect(200);
    expect(own.text).toBe((await t.http().get(URLS[0]).expect(200)).text);
  });

  it('keeps the compact answer and the one with sources apart', async () => {
    const compact = (await t.http().get(URLS[0]).expect(200)).text;
    const full = (await t.http().get(`${URLS[0]}&include=sources`).expect(200)).text;
    expect(full).toContain('"sources"');
    expect(compact).not.toContain('"sources"');
    expect((await t.http().get(URLS[0]).expect(200)).text).toBe(compact);
    expect((await t.http().get(`${URLS[0]}&include=sources`).expect(200)).text).toBe(full);
  });

  it('keeps no error: a refused question is asked again each time', async () => {
    const misses = cache().stats.misses;
    await t.http().get('/forces/herts/mtfp?from=2016/17&years=99').expect(400);
    await t.http().get('/forces/herts/mtfp?from=2016/17&years=99').expect(400);
    expect(cache().stats.misses).toBe(misses + 2);
    expect(cache().stats.entries).toBeLessThanOrEqual(URLS.length + 5);
  });
});
