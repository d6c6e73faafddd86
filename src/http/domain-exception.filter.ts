import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, ServiceUnavailableError } from '../common/errors';
import { ConcurrencyError } from '../event-store/concurrency.error';
import { UnreadableBodyError } from './body-parsers';
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
 * unknown route) and the body's (bad JSON, too large) are reshaped to the same body;
 * anything else is a bug: logged in full, answered as a plain 500 with no internals.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    const body = boundedErrorBody(this.toBody(exception));
    if (exception instanceof ConcurrencyError && exception.actual !== 'no_stream') {
      void response.header('ETag', `"${exception.actual.toString()}"`);
    }
    // Any refusal that says when to come back (a full stress-test queue, a write that kept losing races).
    if (exception instanceof ServiceUnavailableError) void response.header('Retry-After', String(exception.retryAfterSeconds));
    void response.status(body.statusCode).send(body);
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

/**
 * A body that could not be read: ours (bad JSON) or Fastify's own reading of it (too large, a
 * Content-Length that does not match), which Nest hands on as an HttpException caused by it.
 */
function bodyParserProblem(exception: unknown): ErrorBody | null {
  if (exception instanceof UnreadableBodyError)
    return { statusCode: exception.status, error: CODES[exception.status], message: exception.message, details: [] };
  const cause = (exception as { cause?: { code?: unknown; statusCode?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : (exception as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('FST_ERR_CTP_')) return null;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return {
      statusCode: 415,
      error: CODES[415],
      message: 'Send the body with a Content-Type this endpoint reads: application/json.',
      details: [],
    };
  const status = code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 413 : 400;
  const message = status === 413 ? 'The request body is too large.' : 'The request body could not be read.';
  return { statusCode: status, error: CODES[status], message, details: [] };
}
