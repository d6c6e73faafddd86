import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/** Every GET answer has an ETag, and a client that already holds it gets a 304 (src/http/conditional-get.ts). */
describe('conditional GETs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestAppWithHerts();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives an answer without an ETag of its own a weak one of its bytes, and answers it again with 304 and no body', async () => {
    const first = await t.http().get('/forces').expect(200);
    expect(first.headers.etag).toMatch(/^W\/"[0-9a-f]+-[\w+/]{27}"$/);
    const again = await t.http().get('/forces').set('If-None-Match', first.headers.etag).expect(304);
    expect(again.text).toBe('');
    expect(again.headers['content-type']).toBeUndefined();
    expect(again.headers['content-length']).toBeUndefined();
    expect(again.headers.etag).toBe(first.headers.etag);
  });

  it("keeps an answer's own ETag (a cached answer's hash) and answers a matching If-None-Match with 304", async () => {
    const mtfp = await t.http().get('/forces/herts/mtfp?from=2016/17&years=2').expect(200);
    expect(mtfp.headers.etag).toMatch(/^"[\w-]{43}"$/);
    await t.http().get('/forces/herts/mtfp?from=2016/17&years=2').set('If-None-Match', mtfp.headers.etag).expect(304);
  });

  it('answers a changed answer in full, and a client that asks for no cache in full', async () => {
    const before = await t.http().get('/forces').expect(200);
    await t.http().post('/forces').send({ code: 'kent', name: 'Kent Police' }).expect(201);
    const after = await t.http().get('/forces').set('If-None-Match', before.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    await t.http().get('/forces').set('If-None-Match', after.headers.etag).set('Cache-Control', 'no-cache').expect(200);
  });
});
