import type { ComponentsObject, ParameterObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

/**
 * The pieces of the OpenAPI document every operation shares: the one error body, the answer
 * of every write, the bearer scheme, the write headers and the error responses. Written once
 * here and referenced by each operation (see complete-openapi.ts), so the document says the
 * same thing everywhere the service does the same thing.
 */

export const YEAR_PATTERN = '^\\d{4}/\\d{2}$';
export const MONEY_PATTERN = '^-?(0|[1-9]\\d*)(\\.\\d{1,2})?$';
export const RATE_PATTERN = '^-?(0|[1-9]\\d*)(\\.\\d+)?$';
export const AS_OF_PATTERN = '^(\\d{1,18}|\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?)$';

/** Matches src/http/error-body.ts. */
const ERROR_BODY: SchemaObject = {
  type: 'object',
  description: 'The one shape of every error answer.',
  required: ['statusCode', 'error', 'message', 'details'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 422 },
    error: {
      type: 'string',
      description:
        'Machine-readable: invalid_input, unauthenticated, forbidden, not_found, conflict, concurrency_conflict, rule_violated, ...',
      example: 'rule_violated',
    },
    message: { type: 'string', description: 'A sentence a finance officer can act on.' },
    details: {
      type: 'array',
      description: 'Field-level problems, when the request had any (the first 20).',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', example: 'amount' }, message: { type: 'string' } },
      },
    },
    detailsTotal: { type: 'integer', description: 'How many problems there were in all, when there were more than `details` lists.' },
  },
};

/** Matches src/http/write-response.ts (WriteResult without `replayed`); some writes add the ids of what they made (a stress test, its run: see scenario-schemas.ts). */
export const WRITE_RESPONSE: SchemaObject = {
  type: 'object',
  description: 'What a write recorded. Its ETag header is the stream revision to send as If-Match next time.',
  required: ['stream', 'revision', 'position', 'events'],
  properties: {
    stream: { type: 'string', example: 'force-finance-herts' },
    revision: { type: 'string', pattern: '^-?\\d+$', description: 'The stream revision after the write (the ETag)', example: '12' },
    position: { type: 'string', nullable: true, description: 'Global position of the last event written; null if nothing was' },
    events: {
      type: 'array',
      items: { type: 'object', required: ['id', 'type'], properties: { id: { type: 'string' }, type: { type: 'string' } } },
    },
    wouldRecord: {
      type: 'array',
      description: 'A dry run: the events the write would record, in order.',
      items: { type: 'object', required: ['type', 'data'], properties: { type: { type: 'string' }, data: {} } },
    },
    itemId: { type: 'string', description: 'Adding a budget item: its id' },
    movementId: { type: 'string', description: 'A reserve movement: its id' },
    itemIds: { type: 'array', items: { type: 'string' }, description: 'Budget items from a plan workbook: their ids' },
    reserveIds: { type: 'array', items: { type: 'string' }, description: 'Reserves from a plan workbook: their ids' },
  },
  additionalProperties: false,
};

const errorResponse = (description: string): ResponseObject => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
});

/** The error responses, by status, as they are named under components.responses. */
export const ERROR_RESPONSES: Record<string, [name: string, response: ResponseObject]> = {
  '400': ['BadRequest', errorResponse('The request is malformed: each problem is in `details` with the field it concerns.')],
  '401': ['Unauthorized', errorResponse('No valid bearer token.')],
  '403': ['Forbidden', errorResponse('The token may not do this here; the message names the role that may.')],
  '404': ['NotFound', errorResponse('The force, alliance, scenario or other thing named in the path does not exist.')],
  '409': [
    'Conflict',
    errorResponse('It exists already, or If-Match named a revision that is no longer current (the ETag header has the current one).'),
  ],
  '413': ['PayloadTooLarge', errorResponse('The body is larger than the service accepts.')],
  '415': ['UnsupportedMediaType', errorResponse('The body is not JSON (application/json), or this endpoint takes no body.')],
  '422': ['UnprocessableEntity', errorResponse('Well-formed, but breaks a business rule (the message says which).')],
  '429': ['TooManyRequests', errorResponse('Too many requests: wait as Retry-After says.')],
};

const header = (name: string, description: string, pattern?: string, example?: string): ParameterObject => ({
  name,
  in: 'header',
  required: false,
  description,
  schema: { type: 'string', ...(pattern ? { pattern } : {}) },
  ...(example ? { example } : {}),
});

/** The headers a write reads. */
export const WRITE_PARAMETERS: Record<string, ParameterObject> = {
  IdempotencyKey: header(
    'Idempotency-Key',
    'Any 1–200 visible ASCII characters (a UUID is ideal): a retry with the same key and body answers as the first time, recording nothing more.',
    '^[\\x21-\\x7e]{1,200}$',
    '5f0c1a8e-9d1b-4c55-9d2e-6a8f0b1c2d3e',
  ),
  IfMatch: header(
    'If-Match',
    'The stream revision the write expects, as the ETag of an earlier answer ("3"; "-1" for a stream that must not exist yet): 409 if it moved on.',
    '^(W/)?"?(-1|0|[1-9]\\d{0,17})"?$',
    '"3"',
  ),
  CorrelationId: header('X-Correlation-Id', 'Ties the events this request records to a larger piece of work; made up when absent.'),
};

export const SUCCESS_HEADERS = {
  ETag: {
    description: 'The stream revision after a write (for If-Match); a strong tag of the answer on a read.',
    schema: { type: 'string' },
  },
  'Idempotent-Replayed': {
    description: '"true" when this answer is a replay of an earlier write with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

export function sharedComponents(existing: ComponentsObject = {}): ComponentsObject {
  return {
    ...existing,
    schemas: { ...existing.schemas, ErrorBody: ERROR_BODY, WriteResponse: WRITE_RESPONSE },
    responses: { ...existing.responses, ...Object.fromEntries(Object.values(ERROR_RESPONSES)) },
    parameters: { ...existing.parameters, ...WRITE_PARAMETERS },
    securitySchemes: {
      ...existing.securitySchemes,
      bearer: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A token from `npm run token` (the admin token is printed on first start): paste it without "Bearer ".',
      },
    },
  };
}
