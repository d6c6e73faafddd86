import { MAX_ATTEMPTS } from '../../src/event-sourcing/command-runner';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { anotherReplicaWins } from '../support/another-replica';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A write without If-Match never answers 409 for a race. It is retried on fresh state for as
 * long as it keeps losing, up to MAX_ATTEMPTS, and then answers 503 with Retry-After, nothing
 * of its own recorded; sent again with its Idempotency-Key, it is recorded once. Only If-Match
 * writes (and business conflicts such as "already exists") answer 409. Another replica winning
 * the race is simulated by appending straight to the store between a command's read and its
 * append, as in conditional-writes.e2e.spec.ts.
 */
const STREAM = 'force-finance-herts';

describe('unconditional writes that keep losing the race', () => {
  let t: TestApp;
  let store: EventStore;

  beforeAll(async () => {
    t = await startTestApp();
    await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
    await t.http().post('/forces/herts/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }).expect(201);
    store = t.app.get<EventStore>(EVENT_STORE);
  });
  afterAll(async () => {
    await t?.close();
  });

  const item = (description: string) => ({
    kind: 'cost_pressure',
    fromYear: '2017/18',
    amount: '1000.00',
    recurrence: 'recurring',
    description,
  });
  const ownEvents = async (description: string) => (await store.readStream(STREAM)).filter((e) => e.data.description === description);

  it('is recorded once after losing all but the last of its attempts', async () => {
    const replica = anotherReplicaWins(store, STREAM, MAX_ATTEMPTS - 1);
    try {
      const res = await t.http().post('/forces/herts/budget-items').set('Idempotency-Key', 'nearly-starved').send(item('Nearly starved'));
      expect(res.status).toBe(201);
      expect(replica.foreignIds).toHaveLength(MAX_ATTEMPTS - 1);
      expect((await ownEvents('Nearly starved')).map((e) => e.id)).toEqual([res.body.events[0].id]);
    } finally {
      replica.restore();
    }
  });

  it('answers 503 with Retry-After, never 409, when it loses every attempt; nothing of its own is recorded, and a retry with its key records it once', async () => {
    const replica = anotherReplicaWins(store, STREAM, Number.MAX_SAFE_INTEGER);
    let res;
    try {
      res = await t.http().post('/forces/herts/budget-items').set('Idempotency-Key', 'starved').send(item('Starved'));
    } finally {
      replica.restore();
    }
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body).toMatchObject({ statusCode: 503, error: 'write_contention', message: expect.stringContaining(STREAM) });
    expect(replica.foreignIds).toHaveLength(MAX_ATTEMPTS);
    expect(await ownEvents('Starved')).toEqual([]);

    const retried = await t.http().post('/forces/herts/budget-items').set('Idempotency-Key', 'starved').send(item('Starved')).expect(201);
    const again = await t.http().post('/forces/herts/budget-items').set('Idempotency-Key', 'starved').send(item('Starved')).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await ownEvents('Starved')).map((e) => e.id)).toEqual([retried.body.events[0].id]);
  });

  it('still answers 409 for a conditional write that lost, and for a business conflict', async () => {
    const head = (await store.readStream(STREAM, { direction: 'backwards', maxCount: 1 }))[0].revision;
    const replica = anotherReplicaWins(store, STREAM, 1);
    try {
      const res = await t.http().post('/forces/herts/budget-items').set('If-Match', `"${head}"`).send(item('Conditional'));
      expect(res.status).toBe(409);
      expect(res.body.error).toBe('concurrency_conflict');
    } finally {
      replica.restore();
    }
    const duplicate = await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire again' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).not.toBe('concurrency_conflict');
  });
});
