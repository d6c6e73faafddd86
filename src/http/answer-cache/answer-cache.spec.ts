import { AnswerCache } from './answer-cache';
import { answerKey, isImmutable, isJsonRequest, SETTLED_AFTER_MS } from './answer-key';

const answer = (body: string) => ({ bytes: Buffer.from(body), etag: '"e"', immutable: false });
const text = (found: { bytes: Buffer } | undefined) => found?.bytes.toString();

describe('AnswerCache', () => {
  it('forgets the least recently used answers once its byte budget is spent', () => {
    // Each entry is 100 + 2 × (1 + 3) + 64 = 172 bytes: four fit in 700.
    const cache = new AnswerCache(700);
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, answer(key.repeat(100)));
    expect(text(cache.get('a'))).toBe('a'.repeat(100)); // a is now the most recently used
    cache.set('e', answer('e'.repeat(100)));
    expect(cache.get('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd', 'e']) expect(text(cache.get(key))).toBe(key.repeat(100));
    expect(cache.stats).toMatchObject({ entries: 4, evictions: 1, hits: 5, misses: 1 });
    expect(cache.stats.bytes).toBeLessThanOrEqual(700);
  });

  it('keeps no answer larger than a quarter of its budget', () => {
    const cache = new AnswerCache(2000);
    cache.set('big', answer('x'.repeat(600)));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('counts a replaced answer once', () => {
    const cache = new AnswerCache(10_000);
    cache.set('a', answer('x'.repeat(100)));
    const once = cache.stats.bytes;
    cache.set('a', answer('y'.repeat(100)));
    expect(cache.stats).toMatchObject({ entries: 1, bytes: once });
  });
});

describe('answer keys', () => {
  const request = { routePath: '/forces/:force/mtfp', params: { force: 'herts' }, principal: undefined, accept: undefined };

  it('do not depend on the order of the query, but on its values, the caller, the Accept header and the head', () => {
    const key = answerKey({ ...request, query: { from: '2016/17', years: '4' } }, 10n);
    expect(answerKey({ ...request, query: { years: '4', from: '2016/17' } }, 10n)).toBe(key);
    expect(answerKey({ ...request, query: { years: '5', from: '2016/17' } }, 10n)).not.toBe(key);
    expect(answerKey({ ...request, query: { from: '2016/17', years: '4' } }, 11n)).not.toBe(key);
    expect(answerKey({ ...request, query: { from: '2016/17', years: '4' }, accept: 'text/csv' }, 10n)).not.toBe(key);
    const viewer = { subject: 'v', role: 'viewer' as const, force: 'herts' };
    expect(answerKey({ ...request, query: { from: '2016/17', years: '4' }, principal: viewer }, 10n)).not.toBe(key);
  });

  it('leave exports alone: a format other than json, or an Accept without JSON', () => {
    expect(isJsonRequest({ query: {}, accept: undefined })).toBe(true);
    expect(isJsonRequest({ query: {}, accept: 'application/json' })).toBe(true);
    expect(isJsonRequest({ query: {}, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' })).toBe(true);
    expect(isJsonRequest({ query: { format: 'json' }, accept: undefined })).toBe(true);
    expect(isJsonRequest({ query: { format: 'csv' }, accept: undefined })).toBe(false);
    expect(isJsonRequest({ query: { format: 'xlsx' }, accept: 'application/json' })).toBe(false);
    expect(isJsonRequest({ query: {}, accept: 'text/csv' })).toBe(false);
    expect(isJsonRequest({ query: {}, accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })).toBe(false);
  });

  it('call an answer immutable as at a position, or a time settled in the past, and not otherwise', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    expect(isImmutable({ asOf: '1234' }, now)).toBe(true);
    expect(isImmutable({ asOf: '2017-02-01' }, now)).toBe(true);
    expect(isImmutable({ asOf: new Date(now - SETTLED_AFTER_MS - 1).toISOString() }, now)).toBe(true);
    expect(isImmutable({ asOf: new Date(now - 1000).toISOString() }, now)).toBe(false);
    expect(isImmutable({}, now)).toBe(false);
    expect(isImmutable({ asOf: ['1', '2'] }, now)).toBe(false);
  });
});
