import fc from 'fast-check';
import { bodyArbitraries } from './body-arbitraries';
import { NASTY_TEXT, COMMON_READ_PARAMS } from './fuzz-values';
import type { FuzzWorld } from './fuzz-world';
import { UNDOCUMENTED_QUERY, VALID_QUERY } from './fuzz-world';
import { authorizationHeader, headerText } from './header-arbitraries';

/** One endpoint as the OpenAPI document lists it. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** With {param} placeholders, e.g. /forces/{force}/budgets. */
  path: string;
  pathParams: string[];
  queryParams: string[];
}

/** A request as sent: everything a client controls. */
export interface FuzzRequest {
  method: Endpoint['method'];
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on those). */
const percentEncoded = (s: string): string =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

const nastySegment = fc.oneof(
  fc.constantFrom(
    '%',
    '%zz',
    '%00',
    '%ff',
    '%c0%af',
    '%E0%A4%A',
    '..',
    '.',
    '%2e%2e',
    'a%2Fb',
    'A'.repeat(3_000),
    '__proto__',
    'constructor',
    'HERTS',
    'herts%20',
    '%20',
    'no-such',
    '-1',
    '0',
    'null',
    'undefined',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(percentEncoded),
);

const nastyQueryValue = fc.oneof(
  fc.constantFrom(...NASTY_TEXT.filter((s) => s.length < 500)).map(percentEncoded),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%00',
    '&',
    '=',
    '[]',
    '1&asOf=2',
    '9999999999999999999',
    '-1',
    '0',
    '1.5',
    '2016%2F17',
    '2999-01-01T00:00:00Z',
    '2017-02-30',
    '2017-13-01T00:00:00Z',
    '10000-01-01',
    'now',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }).map(percentEncoded),
);

/** The query string: the endpoint's own parameters, valid or nasty, sometimes others. */
function queryFor(endpoint: Endpoint): fc.Arbitrary<string> {
  const own = [...endpoint.queryParams, ...(UNDOCUMENTED_QUERY[endpoint.path] ?? [])];
  const names = [...new Set([...own, ...(endpoint.method === 'GET' ? COMMON_READ_PARAMS : [])])];
  // Its own parameters are given three times in four, others (wrong for this endpoint) one time in twelve.
  const one = (name: string) =>
    fc.oneof(
      { arbitrary: fc.constant([] as string[]), weight: own.includes(name) ? 1 : 33 },
      {
        arbitrary: fc.oneof(
          { arbitrary: fc.constantFrom(...(VALID_QUERY[name] ?? ['1'])).map((v) => [`${name}=${percentEncoded(v)}`]), weight: 6 },
          { arbitrary: nastyQueryValue.map((v) => [`${name}=${v}`]), weight: 2 },
          { arbitrary: fc.tuple(nastyQueryValue, nastyQueryValue).map(([a, b]) => [`${name}=${a}`, `${name}=${b}`]), weight: 1 },
          { arbitrary: fc.constantFrom(`${name}[a]=1`, `${name}[]=1`, `${name}[__proto__][x]=1`, name).map((p) => [p]), weight: 1 },
        ),
        weight: 3,
      },
    );
  const extra = fc.oneof(
    { arbitrary: fc.constant(null), weight: 7 },
    { arbitrary: fc.constantFrom('__proto__=1', 'constructor[prototype][x]=1', 'unknown=1', '&&&', '='), weight: 1 },
  );
  return fc.tuple(fc.tuple(...names.map(one)), extra).map(([parts, more]) => {
    const all = [...parts.flat(), ...(more ? [more] : [])];
    return all.length === 0 ? '' : `?${all.join('&')}`;
  });
}

/** Absent most of the time, so that most requests get past the headers to the body. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: oneIn - 1 }, { arbitrary, weight: 1 });

/** The headers: mostly right, sometimes a wrong media type, key, precondition, encoding or correlation id. */
function headersFor(
  endpoint: Endpoint,
  hasBody: boolean,
  authorization: fc.Arbitrary<string | undefined>,
): fc.Arbitrary<Record<string, string>> {
  return fc
    .record({
      Authorization: authorization,
      'Content-Type': fc.oneof(
        { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'), weight: 12 },
        {
          arbitrary: fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/json; charset=latin1',
            'application/json; charset=utf-16',
            'application/json; charset=nope',
            'multipart/form-data; boundary=x',
            'application/merge-patch+json',
            'application/vnd.api+json',
            'garbage',
            '*/*',
            'application/json; charset=',
          ),
          weight: 2,
        },
      ),
      'Idempotency-Key': sometimes(
        fc.oneof(
          { arbitrary: fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3'), weight: 4 },
          { arbitrary: fc.uuid(), weight: 2 },
          { arbitrary: fc.constantFrom('', '  ', 'a b', 'x'.repeat(201)), weight: 1 },
          { arbitrary: headerText(250), weight: 1 },
        ),
        4,
      ),
      'If-Match': sometimes(
        fc.oneof(
          { arbitrary: fc.integer({ min: -1, max: 12 }).map((n) => `"${n}"`), weight: 4 },
          { arbitrary: fc.constantFrom('*', 'W/"3"', '-1', '"abc"', '"99999999999999999999"', '"-0"', '1e3', '"0", "1"', ''), weight: 1 },
          { arbitrary: headerText(), weight: 1 },
        ),
        6,
      ),
      'Content-Encoding': sometimes(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'compress', 'x-nope'), 25),
      'X-Correlation-Id': sometimes(fc.oneof(fc.uuid(), headerText(150)), 6),
    })
    .map((headers) => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(headers)) if (v !== undefined && (hasBody || k !== 'Content-Type')) out[k] = v;
      if (endpoint.method === 'GET') delete out['If-Match'];
      return out;
    });
}

export function arbitrariesFor(world: FuzzWorld, validBodies: Record<string, object>) {
  const bodyFor = bodyArbitraries(validBodies);
  const segmentFor = (param: string) => {
    const real = world.params[param] ?? ['herts'];
    return fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 6 }, { arbitrary: nastySegment, weight: 1 });
  };

  const authorization = authorizationHeader();

  return {
    request(endpoint: Endpoint): fc.Arbitrary<FuzzRequest> {
      const segments = fc.tuple(...endpoint.pathParams.map(segmentFor));
      return fc.tuple(segments, queryFor(endpoint), bodyFor(endpoint)).chain(([values, query, body]) =>
        headersFor(endpoint, body !== undefined, authorization).map((headers): FuzzRequest => {
          let url = endpoint.path;
          endpoint.pathParams.forEach((p, i) => (url = url.replace(`{${p}}`, values[i])));
          return Object.assign(
            { method: endpoint.method, url: url + query, headers, body },
            { [fc.toStringMethod]: () => describeRequest({ method: endpoint.method, url: url + query, headers, body }) },
          );
        }),
      );
    },
  };
}

export function describeRequest(r: FuzzRequest): string {
  const body = r.body === undefined ? '' : ` body(${r.body.length} chars)=${r.body.length > 400 ? `${r.body.slice(0, 400)}…` : r.body}`;
  const url = r.url.length > 300 ? `${r.url.slice(0, 300)}…` : r.url;
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v.length > 80 ? `${v.slice(0, 80)}…` : v}`);
  return `${r.method} ${url} [${headers.join(' | ')}]${body}`;
}
