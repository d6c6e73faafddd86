import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { startTestApp, type TestApp } from '../support/test-app';

/** A method a path does not take is 405 with Allow, not 404; TRACE and its like are 405 everywhere. */
describe('methods a path does not take', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answer TRACE with 405 on any path, naming what the path takes (nothing, where there is no such path)', async () => {
    const forces = await t.anonymous().trace('/forces').expect(405);
    expect(forces.headers.allow).toBe('GET, HEAD, POST');
    expect(forces.body).toEqual({
      statusCode: 405,
      error: 'method_not_allowed',
      message: 'TRACE is not accepted by /forces; it takes GET, HEAD, POST.',
      details: [],
    });
    const nowhere = await t.anonymous().trace('/no/such/path').expect(405);
    expect(nowhere.headers.allow).toBe('');
    expect(nowhere.body.message).toBe('TRACE is not accepted by this service.');
  });

  it('answer a method the path does not take with 405 and Allow, before asking for a token, and record nothing', async () => {
    const store = t.app.get<symbol, EventStore>(EVENT_STORE);
    const before = await store.headPosition();
    const res = await t.anonymous().delete('/forces/herts').expect(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(res.body.message).toBe('DELETE is not accepted by /forces/herts; it takes GET, HEAD.');
    const put = await t.http().put('/forces').send({ code: 'herts', name: 'Herts' }).expect(405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expect(await store.headPosition()).toEqual(before);
  });

  it('answer OPTIONS on a path with routes with 204 and Allow, and leave it at 404 where there are none', async () => {
    const options = await t.anonymous().options('/forces/herts/budget-items').expect(204);
    expect(options.headers.allow).toBe('POST');
    expect((await t.anonymous().options('/forces').expect(204)).headers.allow).toBe('GET, HEAD, POST');
    await t.anonymous().options('/no/such/path').expect(404);
  });

  it('leave paths that do not exist at 404 and methods a path takes to its route', async () => {
    await t.http().delete('/no/such/path').expect(404);
    await t.http().get('/forces').expect(200);
    await t.anonymous().get('/health').expect(200);
  });

  it('match paths as written, a trailing slash aside: /forces/herts/ is /forces/herts, /Forces/herts is no path', async () => {
    await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' });
    expect((await t.http().get('/forces/herts/').expect(200)).body.code).toBe('herts');
    await t.http().get('/Forces/herts').expect(404);
  });

  it('answer a path part longer than any code or id with 404 in the error shape, without echoing it', async () => {
    const long = 'a'.repeat(150);
    for (const res of [await t.http().get(`/forces/${long}`), await t.http().post(`/forces/${long}/budget-items`).send({})]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({
        statusCode: 404,
        error: 'not_found',
        message: 'Nothing here: a part of this path is longer than 100 characters, and no code or id of this service is.',
        details: [],
      });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
