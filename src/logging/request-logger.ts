import type { LoggerService } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { correlationIdOf } from '../http/correlation-id';
import { pathOf } from '../http/http-request';

/**
 * An onResponse hook that logs each request once it is answered: method, path, status, time
 * taken, the actor (the token's subject, null when none was accepted) and the correlation id
 * its events carry.
 */
export function requestLogger(logger: LoggerService) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    logger.log(
      {
        msg: 'request',
        method: request.method,
        path: pathOf(request),
        status: reply.statusCode,
        ms: reply.elapsedTime,
        actor: (request as AuthenticatedRequest).principal?.subject ?? null,
        correlationId: correlationIdOf(request.raw),
      },
      'HTTP',
    );
    done();
  };
}
