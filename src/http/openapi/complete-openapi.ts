import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import {
  AS_OF_PATTERN,
  ERROR_RESPONSES,
  MONEY_PATTERN,
  RATE_PATTERN,
  SUCCESS_HEADERS,
  WRITE_PARAMETERS,
  YEAR_PATTERN,
  sharedComponents,
} from './openapi-components';
import { ANSWER_SCHEMAS, OPERATION_ANSWERS } from './answer-schemas';
import { strictRequestSchemas } from './request-schemas';
import { FILE_ANSWERS } from './view-schemas';
import { REQUEST_EXAMPLES } from './examples/request-examples';
import { OPERATION_EXAMPLES } from './examples/examples';

/** Marks an operation that needs no token (set by `@Public()`); removed from the finished document. */
export const PUBLIC_EXTENSION = 'x-public';

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/** Query parameters by name, where the controller declared no schema: what the service accepts. */
const QUERY_SCHEMAS: Record<string, SchemaObject> = {
  year: { type: 'string', pattern: YEAR_PATTERN, example: '2017/18' },
  from: { type: 'string', pattern: YEAR_PATTERN, example: '2016/17' },
  years: { type: 'integer', minimum: 1, maximum: 20, example: 4 },
  asOf: { type: 'string', pattern: AS_OF_PATTERN, example: '2017-02-01T00:00:00Z' },
  percentageRise: { type: 'string', pattern: RATE_PATTERN, example: '0.0199' },
  poundRise: { type: 'string', pattern: MONEY_PATTERN, example: '5.00' },
  green: { type: 'string', pattern: RATE_PATTERN, example: '0.95' },
  amber: { type: 'string', pattern: RATE_PATTERN, example: '0.8' },
  limit: { type: 'integer', minimum: 1, example: 100 },
  fromRevision: { type: 'string', pattern: '^\\d{1,18}$', example: '0' },
  dryRun: { type: 'string', enum: ['true', 'false'] },
  format: { type: 'string', enum: ['json', 'csv', 'xlsx'] },
  scenario: { type: 'string', maxLength: 200 },
  with: { type: 'string', maxLength: 200 },
  force: { type: 'string', maxLength: 200 },
};

/** The audit trail's `from` and `to` are times, not years. */
const AUDIT_TIME: SchemaObject = { type: 'string', pattern: AS_OF_PATTERN, example: '2017-02-01T00:00:00Z' };

const PATH_PARAMETERS: Record<string, string> = {
  force: "The force's code, as registered (e.g. herts)",
  alliance: "The alliance's code, as formed (e.g. bch)",
  scenario: "The scenario's id, as answered when it was made",
  unit: "The collaboration unit's code within the alliance",
  programme: "The savings programme's code within the alliance",
  itemId: "The budget item's id, as answered when it was added",
  reserve: "The reserve's code within the force (e.g. general)",
  run: "The stress test run's id, as answered when it ran",
  stream: 'A stream id, e.g. force-finance-herts',
};

const ref = (kind: string, name: string): ReferenceObject => ({ $ref: `#/components/${kind}/${name}` });

/**
 * Finishes the document Nest generates from the controllers: the bearer scheme on every
 * operation but the public ones, the error responses each operation can give (with the one
 * ErrorBody), the write headers and the headers of their answers, the answer of every write,
 * and query and path parameters typed and described. One place, so 60-odd operations stay
 * consistent and a new endpoint is documented the day it is added.
 */
export function completeOpenApi(doc: OpenAPIObject): OpenAPIObject {
  const paths = Object.fromEntries(
    Object.entries(doc.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, op]) => [
          method,
          isOperation(method) ? completeOperation(path, method, op as OperationObject) : op,
        ]),
      ),
    ]),
  );
  return {
    ...doc,
    servers: doc.servers?.length ? doc.servers : [{ url: '/', description: 'This service' }],
    info: { ...doc.info, license: doc.info.license ?? { name: 'UNLICENSED' } },
    components: sharedComponents({
      ...doc.components,
      schemas: { ...strictRequestSchemas(doc.components?.schemas ?? {}), ...ANSWER_SCHEMAS },
    }),
    paths,
  };
}

function isOperation(method: string): boolean {
  return ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'].includes(method);
}

function completeOperation(path: string, method: string, op: OperationObject): OperationObject {
  const { [PUBLIC_EXTENSION]: isPublic, ...rest } = op as OperationObject & { [PUBLIC_EXTENSION]?: boolean };
  const write = WRITES.has(method);
  const statuses = ['400', ...(isPublic ? [] : ['401', '403']), ...(path.includes('{') ? ['404'] : [])];
  if (write) statuses.push('409', '413', '415', '422');
  else if (/\{force\}|\{alliance\}|\{scenario\}/.test(path) || hasQuery(op, 'scenario')) statuses.push('422');
  statuses.push('429');
  const file = FILE_ANSWERS[`${method} ${path}`];
  const responses = file
    ? fileResponses(op, file)
    : { ...successResponses(op, write, OPERATION_ANSWERS[`${method} ${path}`], OPERATION_EXAMPLES[`${method} ${path}`]?.value) };
  for (const status of statuses) if (!(status in responses)) responses[status] = ref('responses', ERROR_RESPONSES[status][0]);
  return {
    ...rest,
    ...withRequestExample(rest.requestBody, REQUEST_EXAMPLES[`${method} ${path}`]),
    security: isPublic ? [] : [{ bearer: [] }],
    parameters: [...(op.parameters ?? []).map((p) => completeParameter(path, p)), ...(write ? writeHeaders() : [])],
    responses,
  };
}

/** The worked example's body for a JSON write (examples/request-examples.ts), on its JSON request body. */
function withRequestExample(body: OperationObject['requestBody'], example: object | undefined): Pick<OperationObject, 'requestBody'> {
  if (!body || '$ref' in body || !example || !body.content['application/json']) return body ? { requestBody: body } : {};
  return { requestBody: { ...body, content: { ...body.content, 'application/json': { ...body.content['application/json'], example } } } };
}

function hasQuery(op: OperationObject, name: string): boolean {
  return (op.parameters ?? []).some((p) => 'name' in p && p.in === 'query' && p.name === name);
}

function writeHeaders(): ReferenceObject[] {
  return Object.keys(WRITE_PARAMETERS).map((name) => ref('parameters', name));
}

/**
 * Every 2xx answer: its headers; the schema (and example) named here for the operation, over
 * whatever the compiler plugin inferred from the handler's return type (a bare object, in the
 * built service); for a write with no schema of its own, WriteResponse; and exports as text or
 * binary files rather than objects.
 */
function successResponses(
  op: OperationObject,
  write: boolean,
  answer: SchemaObject | ReferenceObject | undefined,
  example: unknown,
): Record<string, ResponseObject | ReferenceObject | undefined> {
  return Object.fromEntries(
    Object.entries(op.responses ?? {}).map(([status, response]) => {
      if (response === undefined || !status.startsWith('2') || '$ref' in response) return [status, response];
      const headers = write ? SUCCESS_HEADERS : { ETag: SUCCESS_HEADERS.ETag };
      const own = answer ? answerContent(answer, example) : write && saysNothing(response.content) ? writeContent() : {};
      const content = fileContents({ ...(response.content ?? answerContent()), ...own });
      return [status, { ...response, description: response.description || 'OK', headers: { ...headers, ...response.headers }, content }];
    }),
  );
}

/** A file answer (a printable page, a workbook): its media type only, never JSON. */
function fileResponses(op: OperationObject, mediaType: string): Record<string, ResponseObject | ReferenceObject | undefined> {
  return Object.fromEntries(
    Object.entries(op.responses ?? {}).map(([status, response]) => {
      if (response === undefined || !status.startsWith('2') || '$ref' in response) return [status, response];
      return [
        status,
        {
          ...response,
          description: response.description || 'OK',
          headers: mediaType === 'text/html' ? {} : { ETag: SUCCESS_HEADERS.ETag }, // the workbook's ETag is the stream revision
          content: { [mediaType]: { schema: FILE_SCHEMAS[mediaType] } },
        },
      ];
    }),
  );
}

/** A read whose controller names no schema: a JSON object (its fields are in the summary and the README). */
function answerContent(
  answer: SchemaObject | ReferenceObject = { type: 'object', additionalProperties: true },
  example?: unknown,
): ResponseObject['content'] {
  return { 'application/json': { schema: answer, ...(example === undefined ? {} : { example }) } };
}

/** No JSON schema, or the plugin's bare object: nothing a caller can read. */
function saysNothing(content: ResponseObject['content']): boolean {
  const schema = content?.['application/json']?.schema;
  return schema === undefined || (!('$ref' in schema) && schema.properties === undefined && schema.allOf === undefined);
}

const FILE_SCHEMAS: Record<string, SchemaObject> = {
  'text/csv': { type: 'string', description: 'CSV with a header row' },
  'text/html': { type: 'string', description: 'A printable HTML page' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    type: 'string',
    format: 'binary',
    description: 'An XLSX workbook',
  },
};

function fileContents(content: NonNullable<ResponseObject['content']>): ResponseObject['content'] {
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => [type, type in FILE_SCHEMAS ? { ...media, schema: FILE_SCHEMAS[type] } : media]),
  );
}

function writeContent(): ResponseObject['content'] {
  return { 'application/json': { schema: ref('schemas', 'WriteResponse') } };
}

function completeParameter(path: string, parameter: ParameterObject | ReferenceObject): ParameterObject | ReferenceObject {
  if ('$ref' in parameter) return parameter;
  if (parameter.in === 'path') {
    return { ...parameter, description: parameter.description ?? PATH_PARAMETERS[parameter.name] ?? `The ${parameter.name}` };
  }
  if (parameter.in !== 'query') return parameter;
  const typed = parameter.schema && Object.keys(parameter.schema).some((k) => k !== 'type');
  if (typed) return parameter;
  const known =
    path.includes('/audit') && (parameter.name === 'from' || parameter.name === 'to') ? AUDIT_TIME : QUERY_SCHEMAS[parameter.name];
  return { ...parameter, schema: known ?? { type: 'string', maxLength: 300 } };
}
