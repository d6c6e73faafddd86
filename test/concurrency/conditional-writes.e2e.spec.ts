import type { Response } from 'supertest';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { anotherReplicaWins } from '../support/another-replica';
import { startTestAppWithHerts, type TestApp } from '../support/test-app';

/**
 * Writes racing for one stream, through HTTP. A conditional write (If-Match) that loses the race
 * is the client's to resolve: exactly one of many writers expecting the same revision succeeds,
 * the others get 409 with the revision they must read first. An unconditional write that loses
 * the race is retried by the command runner on fresh state, so none is lost. Retries of one
 * Idempotency-Key, however many at once, record the write once.
 *
 * The embedded SQLite store answers synchronously, so in one process requests would barely
 * interleave; its reads are slowed here by a random few milliseconds, as a networked store
 * (EventStoreDB) is, so that writers really do read the same revision and race to append.
 * Within one process the command runner lets commands on a stream take turns; a writer in
 * another process (a second replica on the same EventStoreDB) is simulated by appending
 * straight to the store between a command's read and its append.
 */
const STREAM = 'force-finance-herts';

interface TrailEntry {
  id: string;
  revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/** Delays every answer to readStream by up to `maxMs`, so that concurrent commands interleave between read and append. */
function slowReads(store: EventStore, maxMs: number): void {
  const read = store.readStream.bind(store);
  store.readStream = async (...args: Parameters<EventStore['readStream']>) => {
    const events = await read(...args);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * maxMs));
    return events;
  };
}

describe('concurrent writes to one stream', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestAppWithHerts();
    slowReads(t.app.get<EventStore>(EVENT_STORE), 5);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every event of the stream, paging through the audit trail. */
  async function trail(): Promise<TrailEntry[]> {
    const all: TrailEntry[] = [];
    let from: string | null = '0';
    while (from !== null) {
      const page: { body: { events: TrailEntry[]; nextRevision: string | null } } = await t
        .http()
        .get(`/streams/${STREAM}/events?fromRevision=${from}&limit=50`)
        .expect(200);
      all.push(...page.body.events);
      from = page.body.nextRevision;
    }
    return all;
  }

  function expectGapFree(events: TrailEntry[]): void {
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => String(i)));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  }

  const item = (description: string) => ({
    kind: 'cost_pressure',
    fromYear: '2017/18',
    amount: '1000.00',
    recurrence: 'recurring',
    description,
  });
  const revisionOf = (res: Response): bigint => BigInt(JSON.parse(res.headers.etag));

  it('gives exactly one success per revision to parallel writers with the same If-Match; the rest get 409 with the current revision', async () => {
    const writers = 16;
    let revision = BigInt((await trail()).length - 1);
    for (let round = 0; round < 5; round++) {
      const before = await trail();
      const answers = await Promise.all(
        Array.from({ length: writers }, (_, i) =>
          t
            .as({ role: 'force_finance', force: 'herts', subject: `writer-${i}@herts` })
            .post('/forces/herts/budget-items')
            .set('If-Match', `"${revision}"`)
            .send(item(`Round ${round}, writer ${i}`)),
        ),
      );
      const won = answers.filter((a) => a.status === 201);
      const lost = answers.filter((a) => a.status === 409);
      expect({ round, won: won.length, lost: lost.length }).toEqual({ round, won: 1, lost: writers - 1 });
      expect(revisionOf(won[0])).toBe(revision + 1n);
      for (const res of lost) {
        expect(res.body).toMatchObject({
          statusCode: 409,
          error: 'concurrency_conflict',
          message: expect.any(String),
          details: [],
          currentRevision: String(revision + 1n),
        });
        expect(revisionOf(res)).toBe(revision + 1n);
      }

      const after = await trail();
      expect(after).toHaveLength(before.length + 1);
      expect(after[after.length - 1]).toMatchObject({ id: won[0].body.events[0].id, revision: String(revision + 1n) });
      expectGapFree(after);
      revision += 1n;
    }
  });

  it('loses none of many parallel unconditional writes from many clients: all 2xx, each recorded once, revisions gap-free', async () => {
    const clients = 40;
    const before = await trail();
    const answers = await Promise.all(
      Array.from({ length: clients }, (_, i) =>
        t
          .as({ role: 'force_finance', force: 'herts', subject: `clerk-${i}@herts` })
          .post('/forces/herts/budget-items')
          .send(item(`Parallel item ${i}`)),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));

    const after = await trail();
    expect(after).toHaveLength(before.length + clients);
    expectGapFree(after);
    const recorded = after.slice(before.length);
    for (const [i, res] of answers.entries()) {
      const [event] = res.body.events;
      const matches = recorded.filter((e) => e.id === event.id);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({
        revision: res.body.revision,
        data: { itemId: res.body.itemId, description: `Parallel item ${i}` },
        metadata: { actor: `clerk-${i}@herts` },
      });
    }
  });

  it('records parallel retries of one Idempotency-Key once, and answers every retry with the first answer', async () => {
    const retries = 16;
    const before = await trail();
    const answers = await Promise.all(
      Array.from({ length: retries }, () =>
        t.http().post('/forces/herts/budget-items').set('Idempotency-Key', 'retried-item-1').send(item('Retried item')),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const first = answers.filter((a) => a.headers['idempotent-replayed'] !== 'true');
    expect(first).toHaveLength(1);
    for (const res of answers) {
      expect(res.text).toBe(first[0].text);
      expect(res.headers.etag).toBe(first[0].headers.etag);
    }

    const after = await trail();
    expect(after).toHaveLength(before.length + 1);
    expectGapFree(after);
    expect(after[after.length - 1]).toMatchObject({ id: first[0].body.events[0].id, metadata: { idempotencyKey: 'retried-item-1' } });
  });

  it('retries an unconditional write that lost the race to another replica, on fresh state, and records it once', async () => {
    const before = await trail();
    const replica = anotherReplicaWins(t.app.get<EventStore>(EVENT_STORE), STREAM, 2);
    try {
      const res = await t.http().post('/forces/herts/budget-items').send(item('Written while another replica wrote twice')).expect(201);
      const after = await trail();
      expect(after).toHaveLength(before.length + 3);
      expectGapFree(after);
      expect(after.slice(before.length).map((e) => e.id)).toEqual([...replica.foreignIds, res.body.events[0].id]);
      expect(res.body.revision).toBe(after[after.length - 1].revision);
    } finally {
      replica.restore();
    }
  });

  it('does not retry a conditional write that lost the race to another replica: 409 with the new revision, nothing of its own recorded', async () => {
    const before = await trail();
    const revision = before[before.length - 1].revision;
    const replica = anotherReplicaWins(t.app.get<EventStore>(EVENT_STORE), STREAM, 1);
    try {
      const res = await t
        .http()
        .post('/forces/herts/budget-items')
        .set('If-Match', `"${revision}"`)
        .send(item('Conditional, lost to another replica'));
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ error: 'concurrency_conflict', currentRevision: String(BigInt(revision) + 1n) });
      const after = await trail();
      expect(after.slice(before.length).map((e) => e.id)).toEqual(replica.foreignIds);
    } finally {
      replica.restore();
    }
  });

  it('records parallel retries of several keys from several clients each once, interleaved with other writers', async () => {
    const before = await trail();
    const keyed = Array.from({ length: 4 }, (_, k) =>
      Array.from({ length: 6 }, () =>
        t
          .http()
          .post('/forces/herts/budget-items')
          .set('Idempotency-Key', `batch-key-${k}`)
          .send(item(`Keyed item ${k}`)),
      ),
    ).flat();
    const unkeyed = Array.from({ length: 8 }, (_, i) =>
      t
        .http()
        .post('/forces/herts/budget-items')
        .send(item(`Unkeyed item ${i}`)),
    );
    const answers = await Promise.all([...keyed, ...unkeyed]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const after = await trail();
    expect(after).toHaveLength(before.length + 4 + 8);
    expectGapFree(after);
    const descriptions = after
      .slice(before.length)
      .map((e) => e.data.description)
      .sort();
    expect(descriptions).toEqual(
      [...[0, 1, 2, 3].map((k) => `Keyed item ${k}`), ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `Unkeyed item ${i}`)].sort(),
    );
  });
});
