import { fingerprint, nameBasedUuid } from '../../src/event-sourcing/ids';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/**
 * An Idempotency-Key belongs to the token subject that sent it: the same key from someone else
 * is their own write, never a replay of another caller's answer.
 */
describe('Idempotency-Key, bound to its sender', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestAppWithHerts();
  });
  afterEach(async () => {
    await t?.close();
  });

  const item = (description: string) => ({
    kind: 'cost_pressure',
    fromYear: '2017/18',
    amount: '1000.00',
    recurrence: 'recurring',
    description,
  });
  const items = async () =>
    (await t.http().get('/streams/force-finance-herts/events').expect(200)).body.events as {
      id: string;
      type: string;
      metadata: { actor: string };
    }[];

  it('gives two subjects using the same key a write each; each retry replays its own sender’s answer', async () => {
    const herts = t.as({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' });
    const admin = t.as({ role: 'admin', subject: 'root@centre' });
    const send = (who: typeof herts, description: string) =>
      who.post('/forces/herts/budget-items').set('Idempotency-Key', 'shared-key-1').send(item(description));

    const hertsFirst = await send(herts, 'Custody contract').expect(201);
    const adminSame = await send(admin, 'Custody contract').expect(201);
    expect(adminSame.headers['idempotent-replayed']).toBeUndefined();
    expect(adminSame.body.events[0].id).not.toBe(hertsFirst.body.events[0].id);
    expect(adminSame.headers.location).not.toBe(hertsFirst.headers.location);

    // A different body under the same key is not "a different request" for someone else's key.
    await admin.post('/forces/herts/budget-items').set('Idempotency-Key', 'shared-key-2').send(item('Admin item')).expect(201);
    await herts.post('/forces/herts/budget-items').set('Idempotency-Key', 'shared-key-2').send(item('Herts item')).expect(201);

    const hertsRetry = await send(herts, 'Custody contract').expect(201);
    expect(hertsRetry.headers['idempotent-replayed']).toBe('true');
    expect(hertsRetry.body).toEqual(hertsFirst.body);
    const adminRetry = await send(admin, 'Custody contract').expect(201);
    expect(adminRetry.headers['idempotent-replayed']).toBe('true');
    expect(adminRetry.body).toEqual(adminSame.body);

    const recorded = (await items()).filter((e) => e.type === 'BudgetItemAdded.v1');
    expect(recorded.map((e) => e.metadata.actor)).toEqual(['cfo@herts', 'root@centre', 'root@centre', 'cfo@herts']);
  });

  it('still refuses the sender’s own key reused for a different request', async () => {
    const herts = t.as({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' });
    await herts.post('/forces/herts/budget-items').set('Idempotency-Key', 'mine').send(item('First')).expect(201);
    const reused = await herts.post('/forces/herts/budget-items').set('Idempotency-Key', 'mine').send(item('Second')).expect(422);
    expect(reused.body.message).toMatch(/already used for a different request/);
  });

  it('replays a write recorded before keys were bound to their sender for the same subject only', async () => {
    // As an earlier version recorded it: the event id derived from stream and key alone.
    const body = { code: 'cambs', name: 'Cambridgeshire Constabulary' };
    const store = t.app.get<EventStore>(EVENT_STORE);
    const legacyId = nameBasedUuid('force-cambs\u0000old-key\u00000');
    await store.appendToStream(
      'force-cambs',
      [
        {
          id: legacyId,
          type: 'ForceRegistered.v1',
          data: body,
          metadata: {
            actor: 'ops@centre',
            recordedAt: new Date().toISOString(),
            correlationId: 'c',
            causationId: null,
            schemaVersion: 1,
            idempotencyKey: 'old-key',
            requestHash: fingerprint({ method: 'POST', path: '/forces', body }),
          },
        },
      ],
      'no_stream',
    );

    const same = await t
      .as({ role: 'admin', subject: 'ops@centre' })
      .post('/forces')
      .set('Idempotency-Key', 'old-key')
      .send(body)
      .expect(201);
    expect(same.headers['idempotent-replayed']).toBe('true');
    expect(same.body).toMatchObject({ events: [{ id: legacyId }] });
    // Someone else's retry of that key is their own request: here, registering a force that exists.
    const other = await t.as({ role: 'admin', subject: 'someone@else' }).post('/forces').set('Idempotency-Key', 'old-key').send(body);
    expect(other.status).toBe(409);
  });
});
