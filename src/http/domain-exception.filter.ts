import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ServiceUnavailableError } from '../common/errors';
import { ConcurrencyError } from '../event-store/concurrency.error';
import { boundedErrorBody, type ErrorBody } from './error-body';

const CODES: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'rule_violated',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/**
 * The one place errors become HTTP. Domain errors carry their status; Nest's own (validation,
 * unknown route) and the body parser's (bad JSON, too large) are reshaped to the same body;
 * anything else is a bug: logged in full, answered as a plain 500 with no internals.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = boundedErrorBody(this.toBody(exception));
    if (exception instanceof ConcurrencyError && exception.actual !== 'no_stream') {
      response.setHeader('ETag', `"${exception.actual.toString()}"`);
    }
    // Any refusal that says when to come back (a full stress-test queue, a write that kept losing races).
    if (exception instanceof ServiceUnavailableError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const extra = 'extra' in exception ? (exception.extra as Record<string, unknown>) : {};
      return { statusCode: exception.status, error: exception.code, message: exception.message, details: exception.details, ...extra };
    }
    const parsed = bodyParserProblem(exception);
    if (parsed) return parsed;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'object' && res !== null && 'details' in res) return res as ErrorBody;
      const message = typeof res === 'string' ? res : String((res as { message?: unknown }).message ?? exception.message);
      return { statusCode: status, error: CODES[status] ?? 'error', message, details: [] };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'internal_error',
      message: 'An unexpected error occurred on the server; it has been logged.',
      details: [],
    };
  }
}

/** Errors from the JSON body parser (bad JSON, too large) carry a `type` such as "entity.parse.failed". */
function bodyParserProblem(exception: unknown): ErrorBody | null {
  const e = exception as { status?: number; statusCode?: number; type?: string; message?: string; cause?: unknown } | null;
  const source = e && typeof e.type === 'string' ? e : ((e?.cause as typeof e) ?? null);
  if (!source || typeof source.type !== 'string' || !source.type.startsWith('entity.')) return null;
  const status = source.status ?? source.statusCode ?? 400;
  const message =
    source.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : source.type === 'entity.too.large'
        ? 'The request body is too large.'
        : 'The request body could not be read.';
  return { statusCode: status, error: CODES[status] ?? 'invalid_input', message, details: [] };
}
