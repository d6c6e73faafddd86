import { JwtService } from '@nestjs/jwt';
import fc from 'fast-check';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { TEST_JWT_SECRET } from '../support/test-app';
import type { FuzzWorld } from './fuzz-world';
import { UNDOCUMENTED_QUERY, VALID_QUERY } from './fuzz-world';
import { jsonText, objectPathsOf, pathsOf, raw, treeOf, withKeyAdded, withValueAt, type JsonTree } from './json-text';

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

/** Strings that have broken parsers before: number look-alikes, odd years, odd text. */
const NASTY_TEXT = [
  '',
  ' ',
  '1e309',
  '-1e309',
  '-0',
  '0x10',
  ' 1.00',
  '1.00 ',
  '1,000.00',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e3',
  '1E-7',
  '00.10',
  '.5',
  '5.',
  '+1',
  '1_000',
  '١٢٣',
  '１２３',
  '0.001',
  '0.00',
  '-0.00',
  '999999999999.99',
  '1000000000000',
  '-999999999999.99',
  '9'.repeat(400),
  `0.${'0'.repeat(300)}1`,
  '2016/17',
  '2016-17',
  '1999/00',
  '2000/01',
  '2099/00',
  '2100/01',
  '0000/01',
  '2016/17 ',
  '2016/18',
  '-1',
  '1',
  '-1.0000001',
  '1.0000001',
  '0.5',
  '\u0000',
  '\ud800',
  '\u202e',
  '💷💷',
  'a'.repeat(5000),
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '%zz',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'herts',
  'bch',
  'jps',
  'pay',
  'income',
  'fixed',
  'population',
  'net_revenue_budget',
  'planned',
  'forecast',
  'realised',
  'approved',
  'drawdown',
  'contribution',
  'actual',
  'general',
  'earmarked',
  'recurring',
  'one_off',
  'saving',
  'police',
  'percentage',
  'amount',
  'less_than',
  'true',
  'null',
];
const RAW_NUMBERS = [
  '0',
  '-0',
  '1',
  '1.5',
  '1e309',
  '-1e309',
  '1e-400',
  '123456789012345678901234567890',
  '0.1',
  '-1',
  '2016',
  '1e3',
  '0.005',
];
/** Values of the right kind at the edges of what is allowed, so a broken request still often reaches the domain. */
const PLAUSIBLE: Array<{ looksLike: RegExp; values: string[] }> = [
  {
    looksLike: /^\d{4}\/\d{2}$/,
    values: ['2000/01', '2012/13', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2030/31', '2099/00'],
  },
  {
    looksLike: /^-?\d+\.\d{2}$/,
    values: [
      '0',
      '0.00',
      '-0.00',
      '0.01',
      '-0.01',
      '1',
      '100.10',
      '-5000000.00',
      '123456789.12',
      '999999999999.99',
      '-999999999999.99',
      '25300000.00',
    ],
  },
  {
    looksLike: /^-?0(\.\d+)?$/,
    values: ['-1', '1', '0', '-0', '0.5', '1.0', '-1.0', '-0.999999', '0.0000000001', '0.33333333333333333333', '0.0199', '0.02'],
  },
  { looksLike: /^\d+(\.\d+)?$/, values: ['0.000001', '1', '420000', '999999999999', '0.5'] },
  { looksLike: /^(true|false)$/, values: ['true', 'false'] },
  {
    looksLike: /^[a-z_-]+$/,
    values: [
      'herts',
      'beds',
      'cambs',
      'norfolk',
      'bch',
      'jps',
      'pay',
      'non_pay',
      'income',
      'fixed',
      'population',
      'headcount',
      'usage',
      'net_revenue_budget',
      'planned',
      'forecast',
      'realised',
      'approved',
      'proposed',
      'vetoed',
      'drawdown',
      'contribution',
      'actual',
      'general',
      'earmarked',
      'recurring',
      'one_off',
      'saving',
      'growth',
      'cost_pressure',
      'police',
      'non_police',
      'percentage',
      'amount',
      'less_than',
      'up_to_and_including',
    ],
  },
];

/** Query parameters many reads take: also sent, now and then, to reads that do not. */
const COMMON_READ_PARAMS = ['asOf', 'year', 'from', 'years'];
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'toJSON', 'then'];

/** Printable text a header may carry (Node refuses control characters in header values). */
const headerText = (maxLength = 60) =>
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength,
  });

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on those). */
const percentEncoded = (s: string): string =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

const fieldNamesOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(fieldNamesOf)
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...fieldNamesOf(v)])
      : [];

export function arbitrariesFor(world: FuzzWorld, validBodies: Record<string, object>) {
  const knownFields = [...new Set([...Object.values(validBodies).flatMap(fieldNamesOf), 'reason'])];

  const leaf: fc.Arbitrary<JsonTree> = fc.oneof(
    fc.constantFrom(...NASTY_TEXT).map((s) => raw(JSON.stringify(s))),
    fc.constantFrom(...RAW_NUMBERS).map(raw),
    fc.constantFrom('true', 'false', 'null').map(raw),
    fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => raw(JSON.stringify(s))),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => raw(JSON.stringify(n))),
  );
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...knownFields), weight: 4 },
    { arbitrary: fc.constantFrom(...RESERVED_KEYS), weight: 2 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  );
  const { tree } = fc.letrec<{ tree: JsonTree; array: JsonTree; object: JsonTree }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('tree'), { maxLength: 4 }).map((items) => ({ kind: 'array', items })),
    object: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((entries) => ({ kind: 'object', entries })),
  }));
  const value = fc.oneof({ arbitrary: leaf, weight: 4 }, { arbitrary: tree, weight: 1 });

  /** A valid body broken in one or two places: a field replaced, removed, or a field added. */
  const mutationOf = (valid: JsonTree): fc.Arbitrary<JsonTree> => {
    const paths = pathsOf(valid);
    const objects = objectPathsOf(valid);
    const add = fc.tuple(fc.constantFrom(...objects), key, value).map(([p, k, v]) => withKeyAdded(valid, p, k, v));
    if (paths.length === 0) return add;
    const leaves = paths.flatMap((p) => {
      const at = p.reduce<JsonTree | undefined>(
        (node, step) =>
          node?.kind === 'object'
            ? node.entries.find(([k]) => k === step)?.[1]
            : node?.kind === 'array'
              ? node.items[step as number]
              : undefined,
        valid,
      );
      if (at?.kind !== 'raw') return [];
      const text = at.text.replace(/^"|"$/g, '');
      const kind = PLAUSIBLE.find((k) => k.looksLike.test(text));
      return kind ? [{ path: p, values: kind.values.map((v) => raw(at.text.startsWith('"') ? JSON.stringify(v) : v)) }] : [];
    });
    const plausible =
      leaves.length === 0
        ? fc.constant(valid)
        : fc.constantFrom(...leaves).chain(({ path, values }) => fc.constantFrom(...values).map((v) => withValueAt(valid, path, v)));
    const replace = (base: JsonTree) => fc.tuple(fc.constantFrom(...paths), value).map(([p, v]) => withValueAt(base, p, v));
    const remove = fc.constantFrom(...paths).map((p) => withValueAt(valid, p, undefined));
    const twice = replace(valid).chain((once) => fc.tuple(fc.constantFrom(...paths), value).map(([p, v]) => withValueAt(once, p, v)));
    return fc.oneof(
      { arbitrary: plausible, weight: 8 },
      { arbitrary: replace(valid), weight: 5 },
      { arbitrary: remove, weight: 1 },
      { arbitrary: add, weight: 2 },
      { arbitrary: twice, weight: 2 },
    );
  };

  /** Whole bodies no field-by-field mutation produces: malformed, deep, wide, oversized. */
  const specialBody = (valid: JsonTree): fc.Arbitrary<string> => {
    const validObject = valid.kind === 'object' ? valid : { kind: 'object' as const, entries: [] };
    const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return fc.oneof(
      fc.constantFrom(
        '',
        '{',
        '{"a":1,}',
        "{'a':1}",
        'NaN',
        'null',
        '"text"',
        '1',
        'true',
        '[]',
        '[{}]',
        '\ufeff{}',
        '{"a":1}{"b":2}',
        '\u0000',
        '{"code":"x","code":"ab"}',
        'a=1&b=2',
      ),
      fc.constantFrom(64, 2_000, 40_000).map(deepObject),
      fc.constantFrom(64, 5_000, 100_000).map(deepArray),
      fc.constantFrom(200, 20_000).map((depth) => jsonText(withKeyAdded(validObject, [], 'reason', raw(deepObject(depth))))),
      fc.constantFrom(0, 1, 5).map((i) => jsonText(withKeyAdded(validObject, [], RESERVED_KEYS[i], raw('{"admin":true,"role":"admin"}')))),
      fc.constantFrom(200_000, 300_000).map((n) => jsonText(withKeyAdded(validObject, [], 'reason', raw(JSON.stringify('x'.repeat(n)))))),
      fc.constant(`{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
      fc.constant(
        jsonText(
          withKeyAdded(
            validObject,
            [],
            'lines',
            raw(`[${Array.from({ length: 3_000 }, () => '{"code":"A","name":"A","kind":"pay","amount":"1.00"}').join(',')}]`),
          ),
        ),
      ),
    );
  };

  const bodyFor = (endpoint: Endpoint): fc.Arbitrary<string | undefined> => {
    const known = validBodies[`${endpoint.method} ${endpoint.path}`];
    const valid = treeOf(known ?? {});
    const arbitraryObject = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((entries): JsonTree => ({ kind: 'object', entries }));
    if (endpoint.method === 'GET' || endpoint.method === 'DELETE') {
      return fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: tree.map(jsonText), weight: 1 });
    }
    return fc.oneof(
      { arbitrary: mutationOf(valid).map(jsonText), weight: known ? 8 : 0 },
      { arbitrary: fc.constant(jsonText(valid)), weight: known ? 1 : 0 },
      { arbitrary: arbitraryObject.map(jsonText), weight: 3 },
      { arbitrary: tree.map(jsonText), weight: 1 },
      { arbitrary: specialBody(valid), weight: 2 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    );
  };

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
  const segmentFor = (param: string) => {
    const real = world.params[param] ?? ['herts'];
    return fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 6 }, { arbitrary: nastySegment, weight: 1 });
  };

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
  const queryFor = (endpoint: Endpoint): fc.Arbitrary<string> => {
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
  };

  const authorization = authorizationHeader();
  /** Absent most of the time, so that most requests get past the headers to the body. */
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number) =>
    fc.oneof({ arbitrary: fc.constant(undefined), weight: oneIn - 1 }, { arbitrary, weight: 1 });
  const headersFor = (endpoint: Endpoint, hasBody: boolean): fc.Arbitrary<Record<string, string>> =>
    fc
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

  return {
    request(endpoint: Endpoint): fc.Arbitrary<FuzzRequest> {
      const segments = fc.tuple(...endpoint.pathParams.map(segmentFor));
      return fc.tuple(segments, queryFor(endpoint), bodyFor(endpoint)).chain(([values, query, body]) =>
        headersFor(endpoint, body !== undefined).map((headers): FuzzRequest => {
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

/** Mostly an admin (to reach the deepest code), sometimes another role, sometimes garbage. */
function authorizationHeader(): fc.Arbitrary<string | undefined> {
  const tokens = new TokenIssuer(TEST_JWT_SECRET);
  const signer = new JwtService({ secret: TEST_JWT_SECRET });
  const bearer = (claims: object, options: Record<string, unknown> = {}) =>
    `Bearer ${signer.sign(claims, { issuer: 'collaboration-finance-modeller', ...options })}`;
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const admin = `Bearer ${tokens.issue({ subject: 'fuzz@test', role: 'admin' })}`;
  const others = [
    `Bearer ${tokens.issue({ subject: 'cfo@herts', role: 'force_finance', force: 'herts' })}`,
    `Bearer ${tokens.issue({ subject: 'pcc@beds', role: 'pcc_office', force: 'beds' })}`,
    `Bearer ${tokens.issue({ subject: 'board@bch', role: 'alliance_board', alliance: 'bch' })}`,
    `Bearer ${tokens.issue({ subject: 'viewer@kent', role: 'viewer', force: 'kent' })}`,
  ];
  const garbage = [
    'Bearer',
    'Bearer ',
    'Bearer a.b.c',
    'Bearer ...',
    'bearer x',
    'Basic Zm9vOmJhcg==',
    'Token abc',
    `Bearer ${'a'.repeat(5_000)}.b.c`,
    `Bearer ${new TokenIssuer('another-secret-that-is-also-long-enough-0123456789').issue({ subject: 'x', role: 'admin' })}`,
    `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'x', role: 'admin', iss: 'collaboration-finance-modeller' })}.`,
    bearer({ role: 'admin' }, { subject: 'expired', expiresIn: -10 }),
    bearer({ role: 'superuser' }, { subject: 'x' }),
    bearer({ role: 'admin', sub: 42 }),
    bearer({ role: 'force_finance', force: '__proto__' }, { subject: 'x' }),
    bearer({ role: 'force_finance' }, { subject: 'x' }),
    bearer({ role: 'admin' }, { subject: 'x'.repeat(500) }),
    bearer({ role: ['admin'] }, { subject: 'x' }),
    bearer({ role: 'admin' }, { subject: 'x', issuer: 'someone-else' }),
  ];
  return fc.oneof(
    { arbitrary: fc.constant(admin), weight: 30 },
    { arbitrary: fc.constantFrom(...others), weight: 2 },
    { arbitrary: fc.constantFrom(...garbage), weight: 2 },
    { arbitrary: headerText(80), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

export function describeRequest(r: FuzzRequest): string {
  const body = r.body === undefined ? '' : ` body(${r.body.length} chars)=${r.body.length > 400 ? `${r.body.slice(0, 400)}…` : r.body}`;
  const url = r.url.length > 300 ? `${r.url.slice(0, 300)}…` : r.url;
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v.length > 80 ? `${v.slice(0, 80)}…` : v}`);
  return `${r.method} ${url} [${headers.join(' | ')}]${body}`;
}
