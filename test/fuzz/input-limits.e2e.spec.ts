import request from 'supertest';
import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/**
 * The limits the fuzzer relies on, each pinned by an example: money, rates, years, lengths,
 * unknown fields, nesting, body size and security headers (rate limits: test/e2e/rate-limits). Every refusal is in
 * the one error shape, names the field, and records nothing.
 */
const ERROR_KEYS = ['details', 'error', 'message', 'statusCode'];

function expectErrorShape(res: request.Response, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(Object.keys(res.body).sort()).toEqual(expect.arrayContaining(ERROR_KEYS));
  expect(res.body).toMatchObject({
    statusCode: status,
    error: expect.any(String),
    message: expect.any(String),
    details: expect.any(Array),
  });
}

describe('input limits', () => {
  let t: TestApp;
  const headPosition = async (): Promise<string | null> => (await t.http().get('/health').expect(200)).body.headPosition;

  beforeAll(async () => {
    t = await startTestAppWithHerts();
    await t
      .http()
      .post('/forces/herts/reserves')
      .send({ reserveId: 'general', name: 'General reserve', kind: 'general', openingBalance: '1000.00', asAtYear: '2016/17' })
      .expect(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const budget = (amount: unknown, extra: object = {}) => ({
    year: '2016/17',
    lines: [{ code: 'PAY', name: 'Pay', kind: 'pay', amount, ...extra }],
  });
  const assumptions = (payAward: unknown) => ({
    year: '2016/17',
    payAward,
    nonPayInflation: '0.02',
    incomeInflation: '0',
    grantChange: '0',
    taxBaseGrowth: '0',
  });
  const item = (fields: object) => ({
    kind: 'growth',
    fromYear: '2016/17',
    amount: '1.00',
    recurrence: 'one_off',
    description: 'x',
    ...fields,
  });

  const refusals: Array<[string, string, object | string, string]> = [
    ['money as a JSON number', '/forces/herts/budgets', budget(104000000), 'lines[0].amount'],
    ['money in fractions of a penny', '/forces/herts/budgets', budget('1.001'), 'lines[0].amount'],
    ['money of a trillion pounds', '/forces/herts/budgets', budget('1000000000000.00'), 'lines[0].amount'],
    ['money with an exponent', '/forces/herts/budgets', budget('1e3'), 'lines[0].amount'],
    ['money that overflows a double', '/forces/herts/budgets', budget('1e309'), 'lines[0].amount'],
    ['money with a leading space', '/forces/herts/budgets', budget(' 1.00'), 'lines[0].amount'],
    ['money with thousands separators', '/forces/herts/budgets', budget('1,000.00'), 'lines[0].amount'],
    ['money in hexadecimal', '/forces/herts/budgets', budget('0x10'), 'lines[0].amount'],
    ['money as an array', '/forces/herts/budgets', budget(['1.00']), 'lines[0].amount'],
    ['money as null', '/forces/herts/budgets', budget(null), 'lines[0].amount'],
    [
      'a reserve movement as a JSON number',
      '/forces/herts/reserves/general/movements',
      { year: '2016/17', direction: 'contribution', basis: 'planned', amount: 5 },
      'amount',
    ],
    ['a rate above 100 %', '/forces/herts/assumptions', assumptions('1.01'), 'payAward'],
    ['a rate below -100 %', '/forces/herts/assumptions', assumptions('-1.01'), 'payAward'],
    ['a rate as a percentage', '/forces/herts/assumptions', assumptions('2%'), 'payAward'],
    ['a rate of 30 digits', '/forces/herts/assumptions', assumptions(`0.${'1'.repeat(28)}`), 'payAward'],
    ['a negative minimum reserve share', '/forces/herts/minimum-general-reserve', { shareOfNre: '-0.01' }, 'shareOfNre'],
    ['a year before 2000/01', '/forces/herts/budgets', { ...budget('1.00'), year: '1999/00' }, 'year'],
    ['a year after 2099/00', '/forces/herts/budgets', { ...budget('1.00'), year: '2100/01' }, 'year'],
    ['a year whose halves do not follow', '/forces/herts/budgets', { ...budget('1.00'), year: '2016/18' }, 'year'],
    ['a year written with a hyphen', '/forces/herts/budgets', { ...budget('1.00'), year: '2016-17' }, 'year'],
    ['a description of 501 characters', '/forces/herts/budget-items', item({ description: 'x'.repeat(501) }), 'description'],
    ['a reason of 1001 characters', '/forces/herts/budget-items', item({ reason: 'x'.repeat(1001) }), 'reason'],
    ['a force name of 201 characters', '/forces', { code: 'kent', name: 'K'.repeat(201) }, 'name'],
    [
      'more than 1000 budget lines',
      '/forces/herts/budgets',
      { year: '2016/17', lines: Array.from({ length: 1001 }, (_, i) => ({ code: `L${i}`, name: 'L', kind: 'pay', amount: '1.00' })) },
      'lines',
    ],
    ['an unknown field', '/forces/herts/budget-items', item({ approvedBy: 'cfo' }), 'approvedBy'],
    ['an unknown field in a nested object', '/forces/herts/budgets', budget('1.00', { costCentre: 'X1' }), 'lines[0].costCentre'],
    [
      'a "__proto__" field',
      '/forces/herts/budget-items',
      `{"kind":"growth","fromYear":"2016/17","amount":"1.00","recurrence":"one_off","description":"x","__proto__":{"admin":true}}`,
      '__proto__',
    ],
    ['a "constructor" field', '/forces/herts/budget-items', { ...item({}), constructor: { prototype: { admin: true } } }, 'constructor'],
    [
      'a "__proto__" field in a nested object',
      '/forces/herts/budgets',
      `{"year":"2016/17","lines":[{"code":"PAY","name":"Pay","kind":"pay","amount":"1.00","__proto__":{"x":1}}]}`,
      'lines[0].__proto__',
    ],
    ['a body nested 10,000 deep', '/forces/herts/budget-items', `{"reason":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'reason'],
    ['an array for a body', '/forces/herts/budget-items', '[{"kind":"growth"}]', ''],
  ];

  it.each(refusals)('400 for %s, naming the field, recording nothing', async (_, url, body, field) => {
    const before = await headPosition();
    const res = await t
      .http()
      .post(url)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
    expectErrorShape(res, 400);
    if (field) expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await headPosition()).toBe(before);
  });

  it('accepts the largest amount and the widest rates allowed', async () => {
    await t.http().post('/forces/herts/budgets').send(budget('999999999999.99')).expect(201);
    await t.http().post('/forces/herts/assumptions').send(assumptions('-1')).expect(201);
    await t.http().post('/forces/herts/assumptions').send(assumptions('1')).expect(201);
  });

  const queryRefusals: Array<[string, string, string]> = [
    ['an MTFP of 21 years', '/forces/herts/mtfp?from=2016/17&years=21', 'years'],
    ['an MTFP from a year out of range', '/forces/herts/mtfp?from=1999/00&years=4', 'from'],
    ['a rate with an exponent', '/forces/herts/precept-options?year=2017/18&percentageRise=1e3', 'percentageRise'],
    ['a time in the future', '/forces/herts/finance?asOf=2999-01-01T00:00:00Z', 'asOf'],
    ['a position that is not a number', '/forces/herts/finance?asOf=0x10', 'asOf'],
    ['a page of no events', '/streams/force-herts/events?limit=0', 'limit'],
    ['a page of 1001 events', '/streams/force-herts/events?limit=1001', 'limit'],
  ];
  it.each(queryRefusals)('400 for %s', async (_, url, field) => {
    const res = await t.http().get(url);
    expectErrorShape(res, 400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('answers a body over 256kb with 413 in the error shape, recording nothing', async () => {
    const before = await headPosition();
    const res = await t
      .http()
      .post('/forces/herts/budget-items')
      .send(item({ reason: 'x'.repeat(300 * 1024) }));
    expectErrorShape(res, 413);
    expect(res.body.error).toBe('payload_too_large');
    expect(await headPosition()).toBe(before);
    // Just under the limit, the body is read and refused for what it says.
    const under = await t
      .http()
      .post('/forces/herts/budget-items')
      .send(item({ reason: 'x'.repeat(200 * 1024) }));
    expectErrorShape(under, 400);
    expect(under.body.details).toEqual([{ field: 'reason', message: expect.stringMatching(/1000/) }]);
  });

  it('answers malformed JSON and unsupported encodings in the error shape', async () => {
    expectErrorShape(await t.http().post('/forces').set('Content-Type', 'application/json').send('{"code":'), 400);
    expectErrorShape(await t.http().post('/forces').set('Content-Type', 'application/json; charset=latin1').send('{}'), 415);
    expectErrorShape(
      await t.http().post('/forces').set('Content-Type', 'application/json').set('Content-Encoding', 'x-nope').send('{}'),
      415,
    );
    expectErrorShape(
      await t.http().post('/forces').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{}'),
      400,
    );
    expectErrorShape(await t.http().get('/forces/%E0%A4%A'), 400);
  });

  it('sets security headers (helmet) on answers and on errors', async () => {
    for (const res of [await t.http().get('/forces'), await t.http().get('/forces/nowhere'), await t.anonymous().get('/forces')]) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': expect.stringMatching(/max-age=\d+/),
        'content-security-policy': expect.stringMatching(/default-src 'self'/),
        'referrer-policy': 'no-referrer',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
