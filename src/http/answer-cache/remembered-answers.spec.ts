import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installFastLanes } from '../fast-lane/fast-lane';
import { AnswerCache } from './answer-cache';
import { RememberedAnswers } from './remembered-answers';
import type { SignedInRateLimit } from './signed-in-rate-limit';

/** A bearer token whose payload says `exp`; the lane never checks signatures (the access guard has). */
const tokenExpiringAt = (exp: number) => `Bearer h.${Buffer.from(JSON.stringify({ sub: 'alice', exp })).toString('base64url')}.s`;
const IN_AN_HOUR = Math.floor(Date.now() / 1000) + 3600;

/**
 * The fast lane on a real node:http server, in front of a stand-in for the full pipeline that
 * marks its answers as the interceptor does: what the lane replays, and when it leaves the
 * request to the pipeline instead.
 */
describe('RememberedAnswers', () => {
  let server: Server;
  let base: string;
  let pipelineCalls: number;
  let head: bigint;
  let blocked: boolean;
  const cache = new AnswerCache(1 << 20);

  beforeEach(async () => {
    pipelineCalls = 0;
    head = 7n;
    blocked = false;
    const rateLimit = { count: async () => (blocked ? null : { 'X-RateLimit-Remaining': 41 }) } as unknown as SignedInRateLimit;
    const lane = new RememberedAnswers(cache, { headPosition: async () => head }, rateLimit);
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      pipelineCalls++;
      const answerKey = `${req.url}@${head}`;
      cache.set(answerKey, { bytes: Buffer.from(`{"url":"${req.url}","head":"${head}"}`), etag: `"e${head}"`, immutable: false });
      RememberedAnswers.mark(req, { answerKey, head: String(head), subject: 'alice', contentType: 'application/json; charset=utf-8' });
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('ETag', `"e${head}"`);
      res.setHeader('X-Frame-Options', 'SAMEORIGIN');
      res.setHeader('X-RateLimit-Remaining', 42);
      res.end(cache.get(answerKey)!.bytes);
    });
    installFastLanes(server, [lane]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { headers: { authorization: tokenExpiringAt(IN_AN_HOUR), ...headers } });

  it('answers a repeated request itself, with the same bytes and headers and a fresh rate-limit count', async () => {
    const first = await get('/forces/herts/mtfp?years=4');
    const second = await get('/forces/herts/mtfp?years=4');
    expect(pipelineCalls).toBe(1);
    expect(await second.text()).toBe(await first.text());
    for (const name of ['content-type', 'etag', 'x-frame-options']) expect(second.headers.get(name)).toBe(first.headers.get(name));
    expect(second.headers.get('x-ratelimit-remaining')).toBe('41');
  });

  // fetch adds Cache-Control: no-cache to a request with If-None-Match, so these go by node:http.
  const conditional = (headers: Record<string, string>) =>
    new Promise<{ status: number; contentType: string | undefined; body: string }>((resolve, reject) => {
      const req = request(`${base}/a`, { headers: { authorization: tokenExpiringAt(IN_AN_HOUR), accept: '*/*', ...headers } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('answers If-None-Match with the current ETag by a 304 without a body or its headers', async () => {
    await conditional({});
    expect(await conditional({ 'if-none-match': 'W/"x", "e7"' })).toEqual({ status: 304, contentType: undefined, body: '' });
    expect((await conditional({ 'if-none-match': '"e6"' })).status).toBe(200);
    expect((await conditional({ 'if-none-match': '"e7"', 'cache-control': 'no-cache' })).status).toBe(200);
    expect(pipelineCalls).toBe(1);
  });

  it('leaves to the pipeline anything it has not seen answered the same way: another URL, token or Accept header', async () => {
    await get('/a');
    await get('/b');
    await get('/a', { accept: 'text/csv' });
    await get('/a', { authorization: tokenExpiringAt(IN_AN_HOUR + 1) });
    await fetch(`${base}/a`);
    expect(pipelineCalls).toBe(5);
  });

  it('leaves to the pipeline a request once the store has moved on, and learns the new answer', async () => {
    await get('/a');
    head = 8n;
    const after = await get('/a');
    expect(await after.json()).toEqual({ url: '/a', head: '8' });
    await get('/a');
    expect(pipelineCalls).toBe(2);
  });

  it('leaves to the pipeline a request whose token has expired, or whose caller has spent the rate limit', async () => {
    const soon = tokenExpiringAt(Math.floor(Date.now() / 1000) + 60);
    await get('/a', { authorization: soon });
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 61_000);
    try {
      await get('/a', { authorization: soon });
    } finally {
      now.mockRestore();
    }
    expect(pipelineCalls).toBe(2);
    blocked = true;
    await get('/a', { authorization: soon });
    expect(pipelineCalls).toBe(3);
  });

  it('leaves a GET with a body, and every other method, to the pipeline', async () => {
    await get('/a');
    await fetch(`${base}/a`, { method: 'POST', headers: { authorization: tokenExpiringAt(IN_AN_HOUR) }, body: '{}' });
    await fetch(`${base}/a`, { method: 'HEAD', headers: { authorization: tokenExpiringAt(IN_AN_HOUR) } });
    expect(pipelineCalls).toBe(3);
  });
});
