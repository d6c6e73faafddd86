import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/**
 * A bad body costs little and answers small: a body too wide or too long is refused before
 * validation walks it, and an error lists its first 20 problems and how many there were.
 */
describe('the work a bad body may cost', () => {
  let t: TestApp;
  const headPosition = async (): Promise<string | null> => (await t.http().get('/health').expect(200)).body.headPosition;
  const line = (i: number, extra: object = {}) => ({ code: `L${i}`, name: 'Line', kind: 'pay', amount: '1.00', ...extra });

  beforeAll(async () => {
    t = await startTestAppWithHerts();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses 20,000 unknown keys before validation, with a short answer, recording nothing', async () => {
    const before = await headPosition();
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 1]));
    const cpu = process.cpuUsage();
    const res = await t.http().post('/forces').send(wide);
    const used = process.cpuUsage(cpu);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'invalid_input',
      message: expect.stringMatching(/20,000 fields/),
      details: [{ field: 'body', message: expect.any(String) }],
    });
    expect(res.text.length).toBeLessThan(1000);
    // Not asserted (the machine is shared): once 0.8 s of CPU, now a few tens of milliseconds.
    console.log(`20,000 unknown keys: ${Math.round((used.user + used.system) / 1000)} ms of CPU, ${res.text.length} bytes answered`);
    expect(await headPosition()).toBe(before);
  });

  it.each([
    [
      'an object of 101 fields inside a list',
      () => ({ year: '2016/17', lines: [Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, 'x']))] }),
      'lines[0]',
    ],
    ['a list of 1,001 items', () => ({ year: '2016/17', lines: Array.from({ length: 1001 }, (_, i) => line(i)) }), 'lines'],
    [
      'a nested list of 1,001 items',
      () => ({ year: '2016/17', lines: [line(0, { tags: Array.from({ length: 1001 }, () => 'x') })] }),
      'lines[0].tags',
    ],
    [
      'over 10,000 fields and items in all',
      () => ({ year: '2016/17', lines: Array.from({ length: 1000 }, (_, i) => line(i, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 })) }),
      'body',
    ],
  ])('refuses %s before validation, naming where', async (_, body, field) => {
    const before = await headPosition();
    const res = await t.http().post('/forces/herts/budgets').send(body());
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field, message: expect.any(String) }]);
    expect(await headPosition()).toBe(before);
  });

  it('lists the first 20 problems of many, and says how many there were', async () => {
    const before = await headPosition();
    const res = await t
      .http()
      .post('/forces/herts/budgets')
      .send({ year: '2016/17', lines: Array.from({ length: 1000 }, (_, i) => line(i, { costCentre: 'X' })) });
    expect(res.status).toBe(400);
    expect(res.body.details).toHaveLength(20);
    expect(res.body.details[0]).toEqual({ field: 'lines[0].costCentre', message: 'is not a field this request accepts' });
    expect(res.body.detailsTotal).toBe(1000);
    expect(res.body.message).toMatch(/; and 980 more$/);
    expect(res.text.length).toBeLessThan(5000);
    expect(await headPosition()).toBe(before);
  });

  it('clips a field name the client chose, however long', async () => {
    const res = await t
      .http()
      .post('/forces')
      .send({ code: 'kent', name: 'Kent Police', ['x'.repeat(100_000)]: 1 });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field.length).toBeLessThanOrEqual(200);
    expect(res.text.length).toBeLessThan(5000);
  });

  it('still takes the largest valid body: a budget of 1,000 lines', async () => {
    await t
      .http()
      .post('/forces/herts/budgets')
      .send({ year: '2016/17', lines: Array.from({ length: 1000 }, (_, i) => line(i)) })
      .expect(201);
  });
});
