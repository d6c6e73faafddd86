import { startTestApp, type TestApp } from '../support/test-app';

describe('forces through HTTP', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('registers a force, lists it, gets it, and shows the event in the audit trail', async () => {
    const created = await t
      .as({ role: 'admin', subject: 'finance@herts' })
      .post('/forces')
      .send({ code: 'herts', name: 'Hertfordshire Constabulary', reason: 'Setting up the MTFP' })
      .expect(201);
    expect(created.headers.location).toBe('/forces/herts');
    expect(created.headers.etag).toBe('"0"');
    expect(created.body).toMatchObject({ stream: 'force-herts', revision: '0', events: [{ type: 'ForceRegistered.v1' }] });

    const list = await t.http().get('/forces').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ code: 'herts', name: 'Hertfordshire Constabulary', sources: [created.body.events[0].id] }),
    ]);
    await t.http().get('/forces/herts').expect(200);

    const trail = await t.http().get('/streams/force-herts/events').expect(200);
    expect(trail.body.events).toHaveLength(1);
    expect(trail.body.events[0]).toMatchObject({
      type: 'ForceRegistered.v1',
      revision: '0',
      data: { code: 'herts', name: 'Hertfordshire Constabulary' },
      metadata: { actor: 'finance@herts', reason: 'Setting up the MTFP', schemaVersion: 1, causationId: null },
    });
    expect(trail.body.events[0].metadata.correlationId).toEqual(expect.any(String));
    expect(Number(trail.body.events[0].position)).toBeGreaterThan(0);
  });

  it('keeps a registered force across a restart', async () => {
    await t.http().post('/forces').send({ code: 'beds', name: 'Bedfordshire Police' }).expect(201);
    await t.restart();
    const res = await t.http().get('/forces/beds').expect(200);
    expect(res.body.name).toBe('Bedfordshire Police');
  });

  it('answers a retried write with the same Idempotency-Key with the first answer and records one event', async () => {
    const send = () =>
      t.http().post('/forces').set('Idempotency-Key', 'k-123').send({ code: 'cambs', name: 'Cambridgeshire Constabulary' });
    const first = await send().expect(201);
    const second = await send().expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const trail = await t.http().get('/streams/force-cambs/events').expect(200);
    expect(trail.body.events).toHaveLength(1);

    const reused = await t
      .http()
      .post('/forces')
      .set('Idempotency-Key', 'k-123')
      .send({ code: 'cambs', name: 'Something else' })
      .expect(422);
    expect(reused.body.message).toMatch(/already used for a different request/);
  });

  it('makes a write conditional with If-Match: of two concurrent writers at one revision, one wins and one gets 409', async () => {
    await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
    const [a, b] = await Promise.all([
      t.http().put('/forces/herts/name').set('If-Match', '"0"').send({ name: 'Herts A' }),
      t.http().put('/forces/herts/name').set('If-Match', '"0"').send({ name: 'Herts B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body).toMatchObject({ error: 'concurrency_conflict', currentRevision: '1', expectedRevision: '0' });
    expect(loser.headers.etag).toBe('"1"');
    const trail = await t.http().get('/streams/force-herts/events').expect(200);
    expect(trail.body.events).toHaveLength(2);
  });

  describe('bad input: 400 with the field and reason, nothing written', () => {
    const cases: [string, unknown, string][] = [
      ['an unknown field', { code: 'herts', name: 'Herts', colour: 'blue' }, 'colour'],
      ['a missing name', { code: 'herts' }, 'name'],
      ['a number where a string belongs', { code: 'herts', name: 42 }, 'name'],
      ['a malformed code', { code: 'Herts Police', name: 'Herts' }, 'code'],
    ];
    it.each(cases)('%s', async (_, body, field) => {
      const res = await t
        .http()
        .post('/forces')
        .send(body as object)
        .expect(400);
      expect(res.body.error).toBe('invalid_input');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      await t.http().get('/streams/force-herts/events').expect(404);
      expect((await t.http().get('/forces').expect(200)).body).toEqual([]);
    });

    it('malformed JSON', async () => {
      const res = await t.http().post('/forces').set('Content-Type', 'application/json').send('{"code": ').expect(400);
      expect(res.body.message).toMatch(/not valid JSON/);
    });

    it('a malformed If-Match or Idempotency-Key', async () => {
      await t.http().post('/forces').set('If-Match', 'yesterday').send({ code: 'herts', name: 'H' }).expect(400);
      await t.http().post('/forces').set('Idempotency-Key', 'x'.repeat(500)).send({ code: 'herts', name: 'H' }).expect(400);
    });
  });

  it('404s an unknown force and an unknown stream', async () => {
    const res = await t.http().get('/forces/nowhere').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'not_found' });
    await t.http().get('/streams/force-nowhere/events').expect(404);
    await t.http().put('/forces/nowhere/name').send({ name: 'X' }).expect(404);
  });

  it('409s a second registration of the same force', async () => {
    await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
    await t.http().post('/forces').send({ code: 'herts', name: 'Again' }).expect(409);
  });

  it('reports the store and projection lag on /health', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', eventStore: 'sqlite', projections: [{ name: 'stream-facts', lag: '0' }] });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    expect(res.body.paths['/forces']).toBeDefined();
  });

  it('answers a list as it stood at an earlier position', async () => {
    const first = await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
    await t.http().post('/forces').send({ code: 'beds', name: 'Bedfordshire Police' }).expect(201);
    const then = await t.http().get(`/forces?asOf=${first.body.position}`).expect(200);
    expect(then.body.map((f: { code: string }) => f.code)).toEqual(['herts']);
    const now = await t.http().get('/forces').expect(200);
    expect(now.body.map((f: { code: string }) => f.code)).toEqual(['beds', 'herts']);
    await t.http().get('/forces?asOf=2999-01-01T00:00:00Z').expect(400);
    await t.http().get('/forces?asOf=last-tuesday').expect(400);
  });
});
