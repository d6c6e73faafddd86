import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/**
 * Text limits are in characters, as people count them, and long text may hold line breaks.
 * (Every text field's refusals are tried in dto-shapes.e2e.spec.ts; these are what is taken.)
 */
describe('free text', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestAppWithHerts();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts characters, not UTF-16 units: a name of 200 emoji is taken, 201 are not', async () => {
    await t
      .http()
      .post('/forces')
      .send({ code: 'emoji', name: '👮'.repeat(200) })
      .expect(201);
    const res = await t
      .http()
      .post('/forces')
      .send({ code: 'emoji2', name: '👮'.repeat(201) })
      .expect(400);
    expect(res.body.details).toEqual([{ field: 'name', message: 'must be 1 to 200 characters long (it has 201)' }]);
  });

  it('takes line breaks and tabs in a description and a reason, with their limits in characters', async () => {
    const res = await t
      .http()
      .post('/forces/herts/budget-items')
      .send({
        kind: 'growth',
        fromYear: '2016/17',
        amount: '1.00',
        recurrence: 'one_off',
        description: `Two lines\n\tindented ${'£'.repeat(470)}`,
        reason: `Because:\r\n- ${'é'.repeat(980)}`,
      })
      .expect(201);
    const events = (await t.http().get('/streams/force-finance-herts/events').expect(200)).body;
    expect(JSON.stringify(events)).toContain('Two lines\\n\\tindented');
    expect(res.body.itemId).toEqual(expect.any(String));
  });

  it('names where the hidden character is', async () => {
    const res = await t.http().post('/forces').send({ code: 'kent', name: 'Kent \u202eecilop' }).expect(400);
    expect(res.body.details).toEqual([
      { field: 'name', message: expect.stringMatching(/bidirectional formatting characters.*U\+202E at character 6/) },
    ]);
    const nul = await t.http().post('/forces').send({ code: 'kent', name: 'Kent\u0000' }).expect(400);
    expect(nul.body.details).toEqual([{ field: 'name', message: 'must not contain control characters (U+0000 at character 5)' }]);
  });
});
