import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { headerOf, pathOf, type HttpRequest } from './http-request';
import { InvalidInputError } from '../common/errors';
import { fingerprint } from '../event-sourcing/ids';
import { correlationIdOf } from './correlation-id';
import type { WriteContext } from '../event-sourcing/write-context';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const IF_MATCH = /^(?:W\/)?"?(-1|0|[1-9]\d{0,17})"?$/;

/** Who is writing: the auth module installs a resolver that reads the verified token's subject. */
export type ActorResolver = (request: HttpRequest) => string;
let resolveActor: ActorResolver = () => 'anonymous';
export function setActorResolver(resolver: ActorResolver): void {
  resolveActor = resolver;
}

/** Reads a write's context from the request: actor, reason, Idempotency-Key, If-Match, correlation id. */
export function writeContextOf(request: HttpRequest): WriteContext {
  const key = headerOf(request, 'idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new InvalidInputError('Idempotency-Key', 'must be 1–200 visible ASCII characters (a UUID is ideal)');
  }
  const ifMatch = headerOf(request, 'if-match');
  let expectedRevision: bigint | undefined;
  if (ifMatch !== undefined) {
    const m = IF_MATCH.exec(ifMatch.trim());
    if (!m)
      throw new InvalidInputError(
        'If-Match',
        'must be a stream revision as returned in the ETag header, e.g. "3" (or "-1" for a stream that must not exist yet)',
      );
    expectedRevision = BigInt(m[1]);
  }
  const body = (request.body ?? {}) as Record<string, unknown>;
  return {
    actor: resolveActor(request),
    reason: typeof body.reason === 'string' && body.reason.trim() !== '' ? body.reason.trim() : undefined,
    correlationId: correlationIdOf(request),
    causationId: null,
    idempotencyKey: key,
    requestHash: key ? fingerprint({ method: request.method, path: pathOf(request), body }) : undefined,
    expectedRevision,
  };
}

/** `@Write() ctx: WriteContext` in a controller method. */
export const Write = createParamDecorator((_: unknown, context: ExecutionContext) =>
  writeContextOf(context.switchToHttp().getRequest<HttpRequest>()),
);
