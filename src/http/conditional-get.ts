import type { FastifyReply, FastifyRequest } from 'fastify';
import { isFresh } from './answer-cache/if-none-match';
import { weakEtagOf } from './weak-etag';

/**
 * An onSend hook for GET and HEAD answered 200: the answer carries an ETag – its own (a force's
 * revision, a cached answer's hash) or else a weak one of its bytes, as Express gave every
 * answer – and one the client already holds (If-None-Match) goes out as 304, with no body and
 * none of the headers that describe one. Streamed answers (exports) are left as they are.
 */
export function conditionalGet(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (error: null, payload: unknown) => void,
): void {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return done(null, payload);
  let etag = reply.getHeader('etag');
  if (etag === undefined && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
    etag = weakEtagOf(payload);
    void reply.header('ETag', etag);
  }
  if (typeof etag !== 'string' || !isFresh(request.headers, etag)) return done(null, payload);
  void reply.code(304);
  reply.removeHeader('content-type');
  reply.removeHeader('content-length');
  done(null, null);
}
