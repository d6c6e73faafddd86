import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** Logs each request once it is answered: method, path, status, time taken, actor, correlation id. */
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
          correlationId: req.header('x-correlation-id') ?? null,
        },
        'HTTP',
      );
    });
    next();
  };
}
