import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { EventStore } from '../../event-store/event-store.port';
import { markAnswered, type Lane } from '../fast-lane/fast-lane';
import type { AnswerCache, CachedAnswer } from './answer-cache';
import { isFresh } from './if-none-match';
import type { SignedInRateLimit } from './signed-in-rate-limit';

/** What the interceptor knows of a cacheable answer as it goes out through the full pipeline. */
export interface Rememberable {
  answerKey: string;
  /** The store's head position the answer was worked out at; null when it can never change. */
  head: string | null;
  subject: string;
  /** The answer's Content-Type, which a 304 does not carry: the fast lane can learn from a 304 too. */
  contentType: string;
}

interface Remembered extends Rememberable {
  /**
   * Every header the full pipeline sent, except those made per request (see PER_REQUEST), as
   * writeHead takes them (name, value, name, value…): for a 200, and for a 304 (without the
   * headers of a body). Written in one call, not one setHeader each (a tenth of serving one).
   */
  headers: { ok: string[]; notModified: string[] };
  /** When the caller's token expires (ms since the epoch): after it, the full pipeline answers 401. */
  expiresAt: number;
}

/** Written anew for every response, by Node or by the rate limit: never replayed. */
const PER_REQUEST = /^(date|connection|keep-alive|content-length|transfer-encoding|x-ratelimit-.*|retry-after)$/i;
/** A 304 carries no body, so none of the headers that describe one (as the full pipeline's 304 has none). */
const BODY_HEADERS = /^(content-type|content-length|transfer-encoding)$/i;
const MAX_REMEMBERED = 10_000;
const marks = new WeakMap<IncomingMessage, Rememberable>();

/**
 * The fast lane for answers in the answer cache. A request is answered here only when the full
 * pipeline has answered exactly the same request – the same URL, bearer token and Accept header
 * – from the answer cache (200, or 304) at the store's current head: then access, validation and the answer are
 * already decided, and only the token's expiry and the caller's rate limit can differ, which are
 * checked again. Everything else goes to the framework. The first answer teaches it: the interceptor
 * marks the request (`mark`), and once the response has gone out its headers are kept.
 */
export class RememberedAnswers implements Lane {
  readonly name = 'remembered answers';
  private readonly byRequest = new Map<string, Remembered>();
  /** How many requests this lane has answered (the rest went to the framework). */
  answered = 0;

  constructor(
    private readonly cache: AnswerCache,
    private readonly store: Pick<EventStore, 'headPosition'>,
    private readonly rateLimit: SignedInRateLimit,
  ) {}

  /** Called by the interceptor as a cached answer goes out; the response's headers are read once it has. */
  static mark(req: IncomingMessage, rememberable: Rememberable): void {
    marks.set(req, rememberable);
  }

  async answer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' || hasBody(req)) return false;
    const key = requestKey(req);
    const remembered = key === null ? undefined : this.byRequest.get(key);
    if (remembered === undefined || key === null) {
      if (key !== null) res.once('finish', () => this.learn(key, req, res));
      return false;
    }
    const answer = await this.stillValid(remembered);
    const limit = answer ? await this.rateLimit.count(remembered.subject) : null;
    if (!answer || limit === null) {
      this.byRequest.delete(key);
      res.once('finish', () => this.learn(key, req, res));
      return false;
    }
    this.answered++;
    send(req, res, remembered, answer, limit);
    return true;
  }

  private async stillValid(remembered: Remembered): Promise<CachedAnswer | undefined> {
    if (Date.now() >= remembered.expiresAt) return undefined;
    if (remembered.head !== null && String(await this.store.headPosition()) !== remembered.head) return undefined;
    return this.cache.get(remembered.answerKey);
  }

  private learn(key: string, req: IncomingMessage, res: ServerResponse): void {
    const mark = marks.get(req);
    const expiresAt = expiryOf(req.headers.authorization);
    if (mark === undefined || (res.statusCode !== 200 && res.statusCode !== 304) || expiresAt === null) return;
    const sent: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (!PER_REQUEST.test(name)) sent[name] = value;
    if (res.statusCode === 304) sent['content-type'] = mark.contentType;
    const headers = { ok: flat(sent, () => true), notModified: flat(sent, (name) => !BODY_HEADERS.test(name)) };
    this.byRequest.delete(key);
    this.byRequest.set(key, { ...mark, headers, expiresAt });
    // The answers themselves are in the answer cache, under its byte budget; these are a few headers each.
    if (this.byRequest.size > MAX_REMEMBERED) this.byRequest.delete(this.byRequest.keys().next().value as string);
  }

  get size(): number {
    return this.byRequest.size;
  }
}

/** The same URL (byte for byte), bearer token and Accept header; null for a request without a token. */
function requestKey(req: IncomingMessage): string | null {
  const authorization = req.headers.authorization;
  if (authorization === undefined) return null;
  return `${req.url ?? ''}\n${authorization}\n${req.headers.accept ?? ''}`;
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
}

/** The `exp` of a bearer token the access guard has already verified in this same request. */
function expiryOf(authorization: string | undefined): number | null {
  const payload = /^Bearer [\w-]+\.([\w-]+)\.[\w-]+$/.exec(authorization?.trim() ?? '')?.[1];
  if (payload === undefined) return null;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** Headers as writeHead takes them, in the order sent; a header of several values once per value. */
function flat(headers: OutgoingHttpHeaders, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !keep(name)) continue;
    if (Array.isArray(value)) for (const each of value) out.push(name, each);
    else out.push(name, String(value));
  }
  return out;
}

function send(req: IncomingMessage, res: ServerResponse, remembered: Remembered, answer: CachedAnswer, limit: OutgoingHttpHeaders): void {
  const notModified = isFresh(req.headers, answer.etag);
  const headers = notModified ? [...remembered.headers.notModified] : [...remembered.headers.ok];
  for (const [name, value] of Object.entries(limit)) if (value !== undefined) headers.push(name, String(value));
  markAnswered(req, { status: notModified ? 304 : 200, actor: remembered.subject });
  if (notModified) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers.push('Content-Length', String(answer.bytes.length));
  res.writeHead(200, headers);
  res.end(answer.bytes);
}
