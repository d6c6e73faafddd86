import { deflateSync, gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { loadConfig } from '../../src/config/app-config';
import { startTestAppWithHerts, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

/**
 * How bodies are read (src/http/body-parsers.ts): compressed as Content-Encoding says, limited
 * after decompression too, and a refusal records nothing.
 */
describe('request bodies', () => {
  let t: TestApp;
  const headPosition = async (): Promise<string | null> => (await t.http().get('/health').expect(200)).body.headPosition;
  // supertest would turn a Buffer sent as JSON into JSON of its bytes: these go through Fastify's inject.
  const post = async (headers: Record<string, string>, payload: Buffer) => {
    const token = new TokenIssuer(TEST_JWT_SECRET).issue({ subject: 'admin@test', role: 'admin' });
    const res = await (t.app as NestFastifyApplication).inject({
      method: 'POST',
      url: '/forces/herts/budget-items',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      payload,
    });
    return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
  };
  const item = (description: string) =>
    JSON.stringify({ kind: 'cost_pressure', fromYear: '2017/18', amount: '1000.00', recurrence: 'recurring', description });

  beforeAll(async () => {
    t = await startTestAppWithHerts({ bodyLimit: 16 * 1024 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes a JSON body sent gzip or deflate compressed', async () => {
    for (const [encoding, compress] of [
      ['gzip', gzipSync],
      ['deflate', deflateSync],
    ] as const) {
      const res = await post({ 'content-encoding': encoding }, compress(Buffer.from(item(`Sent ${encoding}`))));
      expect(res).toEqual({ status: 201, body: expect.objectContaining({ itemId: expect.any(String) }) });
    }
  });

  it('refuses a compressed body that inflates past the limit with 413, recording nothing', async () => {
    const before = await headPosition();
    const huge = item('x'.repeat(1_000_000));
    const bomb = gzipSync(Buffer.from(huge));
    expect(bomb.length).toBeLessThan(16 * 1024);
    const res = await post({ 'content-encoding': 'gzip' }, bomb);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, error: 'payload_too_large', message: 'The request body is too large.', details: [] });
    expect(await headPosition()).toBe(before);
  });

  it('refuses JSON in another charset, or an encoding it cannot read, with 415 saying what to send', async () => {
    const latin1 = await t
      .http()
      .post('/forces/herts/budget-items')
      .set('Content-Type', 'application/json; charset=latin1')
      .send(item('x'));
    expect(latin1.status).toBe(415);
    expect(latin1.body.message).toBe('Send JSON in UTF-8, not latin1.');
    const compress = await t
      .http()
      .post('/forces/herts/budget-items')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'compress')
      .send(item('x'));
    expect(compress.status).toBe(415);
    expect(compress.body.message).toMatch(/Content-Encoding compress is not one this service reads: send gzip, deflate, br or none/);
  });
});

describe('BODY_LIMIT', () => {
  it('is read as body-parser read it, in bytes, and refused at start when it cannot be read', () => {
    expect(loadConfig({}).bodyLimit).toBe(256 * 1024);
    expect(loadConfig({ BODY_LIMIT: '1mb' }).bodyLimit).toBe(1024 * 1024);
    expect(loadConfig({ BODY_LIMIT: '300000' }).bodyLimit).toBe(300_000);
    for (const text of ['lots', '0', '-5kb', '1 megabyte'])
      expect(() => loadConfig({ BODY_LIMIT: text })).toThrow(
        `BODY_LIMIT must be a size such as 256kb, 1mb or 300000 (bytes) ("${text}" given)`,
      );
  });
});
