import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { loadConfig } from '../../src/config/app-config';
import { HealthLane } from '../../src/health/health-lane';
import { RememberedAnswers } from '../../src/http/answer-cache/remembered-answers';
import { TEST_JWT_SECRET } from '../support/test-app';

interface RequestLine {
  msg: string;
  method: string;
  path: string;
  status: number;
  actor: string | null;
  correlationId: string;
}

/** The request log, as the service writes it to stdout: it names the actor and the correlation id the events got. */
describe('the request log', () => {
  let app: INestApplication;
  let dir: string;
  let lines: RequestLine[] = [];
  let stdout: jest.SpyInstance;
  const ops = `Bearer ${new TokenIssuer(TEST_JWT_SECRET).issue({ role: 'admin', subject: 'ops@centre' })}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cfm-log-'));
    const config = {
      ...loadConfig({ DATA_DIR: dir }),
      seedExampleWhenEmpty: false,
      logRequests: true,
      jwtSecret: TEST_JWT_SECRET,
      rateLimitPerMinute: 1_000_000,
      rateLimitUnauthenticatedPerMinute: 1_000_000,
    };
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      for (const text of String(chunk).split('\n')) {
        if (!text.startsWith('{')) continue;
        const line = JSON.parse(text) as RequestLine;
        if (line.msg === 'request') lines.push(line);
      }
      return true;
    });
    app = await createApp(config);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    stdout?.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    lines = [];
  });

  const http = () => request(app.getHttpServer());
  const t = { lanes: () => ({ health: app.get(HealthLane), answers: app.get(RememberedAnswers) }) };
  const eventsOf = async (stream: string) =>
    (await http().get(`/streams/${stream}/events`).set('Authorization', ops).expect(200)).body.events as {
      metadata: { correlationId: string; actor: string };
    }[];
  /** The one log line of that request; it is written when the response finishes, so wait for it rather than for a time. */
  const lineOf = async (method: string, path: string) => {
    const matching = () => lines.filter((l) => l.method === method && l.path === path);
    while (matching().length === 0) await new Promise((r) => setImmediate(r));
    const found = matching();
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('logs the correlation id the events were given when the client sent none, and the actor', async () => {
    await http().post('/forces').set('Authorization', ops).send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
    const line = await lineOf('POST', '/forces');
    const [event] = await eventsOf('force-herts');
    expect(line).toMatchObject({ status: 201, actor: 'ops@centre', correlationId: event.metadata.correlationId });
    expect(line.correlationId).toEqual(expect.any(String));
  });

  it('logs the client’s X-Correlation-Id when it is well-formed, and the generated one the events got when it is not', async () => {
    await http()
      .post('/forces')
      .set('Authorization', ops)
      .set('X-Correlation-Id', 'budget-round-7')
      .send({ code: 'beds', name: 'Bedfordshire Police' })
      .expect(201);
    expect(await lineOf('POST', '/forces')).toMatchObject({ correlationId: 'budget-round-7' });
    expect((await eventsOf('force-beds'))[0].metadata.correlationId).toBe('budget-round-7');

    lines = [];
    await http()
      .post('/forces')
      .set('Authorization', ops)
      .set('X-Correlation-Id', 'not a valid id!')
      .send({ code: 'cambs', name: 'Cambridgeshire Constabulary' })
      .expect(201);
    const line = await lineOf('POST', '/forces');
    expect(line.correlationId).not.toBe('not a valid id!');
    expect(line.correlationId).toBe((await eventsOf('force-cambs'))[0].metadata.correlationId);
  });

  it('logs no actor for a request whose token was not accepted', async () => {
    await http().get('/forces').set('Authorization', 'Bearer a.b.c').expect(401);
    expect(await lineOf('GET', '/forces')).toMatchObject({ status: 401, actor: null, correlationId: expect.any(String) });
  });

  it('logs answers given before any route, a 405 for TRACE and a 400 for a repeated query parameter among them', async () => {
    await http().trace('/forces').expect(405);
    expect(await lineOf('TRACE', '/forces')).toMatchObject({ status: 405, actor: null });
    await http().get('/forces?asOf=1&asOf=2').set('Authorization', ops).expect(400);
    expect(await lineOf('GET', '/forces')).toMatchObject({ status: 400 });
  });

  it('logs answers the fast lanes give in front of Express, with their status and actor', async () => {
    await http().get('/health').expect(200);
    await http().get('/health').expect(200);
    await new Promise((r) => setImmediate(r));
    expect(t.lanes().health.answered).toBe(1);
    expect(lines.filter((l) => l.method === 'GET' && l.path === '/health')).toEqual([
      expect.objectContaining({ status: 200, actor: null }),
      expect.objectContaining({ status: 200, actor: null }),
    ]);

    lines = [];
    const url = '/forces/herts/finance';
    const first = await http().get(url).set('Authorization', ops).expect(200);
    await http().get(url).set('Authorization', ops).set('If-None-Match', first.headers.etag).expect(304);
    while (lines.filter((l) => l.path === url).length < 2) await new Promise((r) => setImmediate(r));
    expect(t.lanes().answers.answered).toBe(1);
    expect(lines.filter((l) => l.path === url)).toEqual([
      expect.objectContaining({ status: 200, actor: 'ops@centre' }),
      expect.objectContaining({ status: 304, actor: 'ops@centre', correlationId: expect.any(String) }),
    ]);
  });
});
