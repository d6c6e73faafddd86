import { CanActivate, ExecutionContext, HttpException, HttpStatus, SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { headerOf, type HttpRequest } from './http-request';
import { contentTypeSent, JSON_MEDIA_TYPES } from './body-parsers';

const ACCEPTS_BODY = 'acceptsBody';

/**
 * The media types an endpoint's body may be sent as, when not only JSON: e.g.
 * `@AcceptsBody(...JSON_MEDIA_TYPES, 'text/csv')` on an import (with a parser for it).
 * Patterns are "type/subtype" or "type/*+suffix".
 */
export const AcceptsBody = (...mediaTypes: string[]) => SetMetadata(ACCEPTS_BODY, mediaTypes);

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Answers 415 for a write whose body is sent as a type the endpoint does not read. The JSON
 * parser leaves other types unread, so JSON sent as text/plain used to be validated as an
 * empty body and answered with "missing field" errors that sent the caller looking in the
 * wrong place. Runs after authentication, so it tells strangers nothing.
 */
export class AcceptsBodyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (!WITH_BODY.has(request.method) || !hasBody(request)) return true;
    const accepted = this.reflector.getAllAndOverride<string[] | undefined>(ACCEPTS_BODY, [context.getHandler(), context.getClass()]) ?? [
      ...JSON_MEDIA_TYPES,
    ];
    const sent = mediaTypeOf(contentTypeSent(request));
    if (sent !== null && accepted.some((pattern) => matches(pattern, sent))) return true;
    const expected = accepted.filter((t) => !t.includes('*')).join(' or ');
    const message =
      sent === null
        ? `Send the body with Content-Type: ${expected}; none was given.`
        : `Send the body with Content-Type: ${expected}, not ${sent.slice(0, 100)}.`;
    throw new HttpException(
      {
        statusCode: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        error: 'unsupported_media_type',
        message,
        details: [{ field: 'Content-Type', message: `must be ${expected}` }],
      },
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
}

/** Whether the request says it carries a body (an empty POST, such as a withdrawal, does not). */
function hasBody(request: HttpRequest): boolean {
  const length = headerOf(request, 'content-length');
  return headerOf(request, 'transfer-encoding') !== undefined || (length !== undefined && length.trim() !== '0');
}

/** "application/json; charset=utf-8" → "application/json"; null when absent. */
function mediaTypeOf(header: string | undefined): string | null {
  const type = header?.split(';')[0].trim().toLowerCase();
  return type ? type : null;
}

function matches(pattern: string, type: string): boolean {
  const [patternMajor, patternMinor = ''] = pattern.split('/');
  const [major, minor = ''] = type.split('/');
  if (!patternMinor.startsWith('*+')) return pattern === type;
  const suffix = patternMinor.slice(1);
  return major === patternMajor && minor.endsWith(suffix) && minor.length > suffix.length;
}
