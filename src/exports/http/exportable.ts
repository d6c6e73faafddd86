import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  NestInterceptor,
  SetMetadata,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiProduces, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { headerOf, type HttpRequest } from '../../http/http-request';
import { from, map, mergeMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/access.guard';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Clock } from '../../event-sourcing/ids';
import { CLOCK } from '../../event-sourcing/tokens';
import { writeCsv } from '../csv-writer';
import { fileSlug, type ExportDocument } from '../export-document';
import { ALL_FORMATS, MEDIA_TYPES, negotiateFormat, type ExportFormat } from '../formats';
import { writeXlsx } from '../xlsx-writer';
import { citedEvents } from './cited-events';
import { INCLUDE_VALUES, parseInclude, withoutSources } from '../../http/compact-answer';

/** What an endpoint's JSON answer becomes as a table; `request` gives the path parameters and query. */
export type ExportBuilder = (answer: never, request: { params: Record<string, string>; query: Record<string, unknown> }) => ExportDocument;

const EXPORT = 'exportBuilder';

interface Exported {
  build: ExportBuilder;
  /** A projection whose figures cite their events: JSON is compact unless `?include=sources`. */
  sourcesOnRequest: boolean;
}

/**
 * Marks a GET whose answer may also be had as CSV or XLSX (`?format=csv|xlsx`, or the Accept
 * header). JSON stays the default. With `sourcesOnRequest`, the JSON leaves out the figures'
 * `sources` unless `?include=sources` asks for them – while a CSV or XLSX is always built from
 * the full answer, so its Sources sheet lists every event the figures cite.
 */
export const Exportable = (build: ExportBuilder, options: { sourcesOnRequest?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(EXPORT, { build, sourcesOnRequest: options.sourcesOnRequest ?? false } satisfies Exported),
    UseInterceptors(ExportInterceptor),
    ApiQuery({ name: 'format', required: false, description: 'json (default), csv or xlsx; or send Accept: text/csv or the XLSX type' }),
    ...(options.sourcesOnRequest
      ? [
          ApiQuery({
            name: 'include',
            required: false,
            enum: INCLUDE_VALUES,
            description:
              'sources: each figure with the ids of the events it came from (left out by default; /mtfp/explain shows the events)',
          }),
        ]
      : []),
    ApiProduces(...ALL_FORMATS.map((f) => MEDIA_TYPES[f])),
  );

@Injectable()
export class ExportInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const exported = this.reflector.get<Exported | undefined>(EXPORT, context.getHandler());
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<FastifyReply>();
    const format = chosenFormat(request);
    const include = exported?.sourcesOnRequest ? parseInclude(takeQuery(request, 'include')) : undefined;
    response.header('Vary', 'Accept');
    if (!exported) return next.handle();
    if (format !== 'json')
      return next.handle().pipe(mergeMap((answer) => from(this.render(exported.build, answer, request, response, format))));
    if (!exported.sourcesOnRequest || include === 'sources') return next.handle();
    return next.handle().pipe(map((answer) => withoutSources(answer)));
  }

  private async render(build: ExportBuilder, answer: unknown, request: AuthenticatedRequest, response: FastifyReply, format: ExportFormat) {
    const doc = build(answer as never, { params: request.params as Record<string, string>, query: request.query });
    const { sources, asAtTime } = await citedEvents(this.store, doc.sources, doc.asAtPosition);
    const context = { exportedBy: request.principal?.subject ?? 'unknown', exportedAt: this.clock().toISOString(), asAtTime, sources };
    const body = format === 'csv' ? writeCsv(doc.csv) : await writeXlsx(doc, context);
    const name = `${doc.fileStem}-asat-${asAtLabel(doc, request.query)}.${format}`;
    response.header('Content-Disposition', `attachment; filename="${name}"`);
    return new StreamableFile(body, { type: format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8; header=present` : MEDIA_TYPES.xlsx });
  }
}

/** The position the answer is as at; for answers that do not state it, the asOf asked for, or "latest". */
function asAtLabel(doc: ExportDocument, query: Record<string, unknown>): string {
  if (doc.asAtPosition !== null) return doc.asAtPosition;
  return typeof query.asOf === 'string' && query.asOf !== '' ? fileSlug(query.asOf) : 'latest';
}

/** A query parameter this interceptor answers, taken out of the query so the endpoint never sees it. */
function takeQuery(request: HttpRequest, name: string): unknown {
  const { [name]: value, ...rest } = request.query as Record<string, unknown>;
  Object.defineProperty(request, 'query', { value: rest, writable: true, configurable: true, enumerable: true });
  return value;
}

/**
 * The format asked for, with `format` taken out of the query so the endpoint's own validation
 * (which refuses fields it does not know) never sees it; 406 naming the formats on offer when
 * it cannot be served.
 */
function chosenFormat(request: HttpRequest): ExportFormat {
  const format = takeQuery(request, 'format');
  const negotiated = negotiateFormat(typeof format === 'string' ? format : undefined, headerOf(request, 'accept'), ALL_FORMATS);
  if ('format' in negotiated) return negotiated.format;
  const offered = ALL_FORMATS.map((f) => `${f} (${MEDIA_TYPES[f]})`).join(', ');
  throw new HttpException(
    {
      statusCode: HttpStatus.NOT_ACCEPTABLE,
      error: 'not_acceptable',
      message: `${negotiated.refused}. This answer comes as ${offered}: ask with ?format=json|csv|xlsx or an Accept header naming one.`,
      details: [{ field: format === undefined ? 'Accept' : 'format', message: `must be one of ${ALL_FORMATS.join(', ')}` }],
      formats: ALL_FORMATS.map((f) => ({ format: f, mediaType: MEDIA_TYPES[f] })),
    },
    HttpStatus.NOT_ACCEPTABLE,
  );
}
