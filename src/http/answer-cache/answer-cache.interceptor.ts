import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { headerOf, type HttpRequest } from '../http-request';
import { from, map, mergeMap, of, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/access.guard';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { AnswerCache, type CachedAnswer } from './answer-cache';
import { answerKey, CACHED_ROUTES, isImmutable, isJsonRequest, type AnswerRequest } from './answer-key';
import { RememberedAnswers } from './remembered-answers';
import { answerJson } from '../../common/kept-json-text';

export const ANSWER_CACHE = Symbol('AnswerCache');

const JSON_TYPE = 'application/json; charset=utf-8';
const IMMUTABLE = 'private, max-age=31536000, immutable';
const REVALIDATE = 'private, no-cache';

/**
 * Keeps the serialised bytes of GET projections (CACHED_ROUTES) by what they depend on, with a
 * strong ETag, so a repeated question costs a lookup, not a fold and a JSON.stringify. It runs
 * after the guards, so access and rate limits are checked on every request. The bytes are the
 * ones the framework would send for the object (JSON.stringify with no replacer or spaces; answerJson copies the text kept for parts that stand), sent
 * as text with the same Content-Type; If-None-Match is answered 304 (conditionalGet) from
 * the ETag set here.
 * Only a handler's plain-object answer is kept: errors, exports and anything else pass through.
 * Each cached answer that goes out is marked for the fast lane (RememberedAnswers), which answers
 * the same request again without the framework while the store stays at the same head.
 */
@Injectable()
export class AnswerCacheInterceptor implements NestInterceptor {
  constructor(
    @Inject(ANSWER_CACHE) private readonly cache: AnswerCache,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || this.cache.budgetBytes === 0) return next.handle();
    const req = context.switchToHttp().getRequest<HttpRequest>();
    const routePath = req.routeOptions.url;
    if (req.method !== 'GET' || typeof routePath !== 'string' || !CACHED_ROUTES.has(routePath)) return next.handle();
    const request: AnswerRequest = {
      routePath,
      params: req.params as Record<string, string>,
      query: req.query as Record<string, unknown>,
      principal: (req as AuthenticatedRequest).principal,
      accept: headerOf(req, 'accept'),
    };
    if (!isJsonRequest(request)) return next.handle();
    const res = context.switchToHttp().getResponse<FastifyReply>();
    const immutable = isImmutable(request.query);
    return from(immutable ? Promise.resolve('immutable' as const) : this.store.headPosition()).pipe(
      mergeMap((head) => {
        const key = answerKey(request, head);
        if (request.principal)
          RememberedAnswers.mark(req.raw, {
            answerKey: key,
            head: immutable ? null : String(head),
            subject: request.principal.subject,
            contentType: JSON_TYPE,
          });
        const found = this.cache.get(key);
        if (found) return of(send(res, found));
        return next.handle().pipe(map((result) => this.keep(res, key, immutable, result)));
      }),
    );
  }

  private keep(res: FastifyReply, key: string, immutable: boolean, result: unknown): unknown {
    if (!isPlainAnswer(result) || res.sent || res.getHeader('Content-Type') !== undefined) return result;
    const bytes = Buffer.from(answerJson(result), 'utf8');
    const answer: CachedAnswer = { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url')}"`, immutable };
    this.cache.set(key, answer);
    return send(res, answer);
  }
}

function isPlainAnswer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === Array.prototype;
}

/** Sets the headers and hands Nest the text to send (FastifyAdapter.reply sends a string as it is). */
function send(res: FastifyReply, answer: CachedAnswer): string {
  res.header('Content-Type', JSON_TYPE);
  res.header('ETag', answer.etag);
  res.header('Cache-Control', answer.immutable ? IMMUTABLE : REVALIDATE);
  return answer.bytes.toString('utf8');
}
