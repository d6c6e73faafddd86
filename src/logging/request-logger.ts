import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { correlationIdOf } from '../http/correlation-id';

/**
 * Logs each request once it is answered: method, path, status, time taken, the actor (the
 * token's subject, null when none was accepted) and the correlation id its events carry.
 */
export function requestLogger(logger: LoggerService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.log(
        {
          msg: 'request',
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          actor: (req as AuthenticatedRequest).principal?.subject ?? null,
          correlationId: correlationIdOf(req),
        },
        'HTTP',
      );
    });
    next();
  };
}
