import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, DuplicateEventIdError } from '../../src/event-store/concurrency.error';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { anEvent, newStreamId } from './contract/support';

/**
 * Appends asked for in the same turn of the event loop are committed together (one transaction,
 * one fsync); each keeps its own expected-revision check and its own all-or-nothing.
 */
describe('SqliteEventStore group commit', () => {
  let path: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    path = join(tmpdir(), `cfm-group-commit-${randomUUID()}.sqlite`);
    store = new SqliteEventStore(path, { pollMs: 50 });
  });
  afterEach(async () => {
    await store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  });

  it('commits concurrent appends to different streams, in the order they were asked for', async () => {
    const streams = Array.from({ length: 20 }, () => newStreamId());
    const results = await Promise.all(streams.map((s) => store.appendToStream(s, [anEvent(), anEvent()], 'no_stream')));
    // 20 appends of 2 events: positions 1..40, the i-th append holding 2i+1 and 2i+2.
    expect(results.map((r) => r.position)).toEqual(streams.map((_, i) => BigInt(2 * i + 2)));
    expect(results.every((r) => r.nextExpectedRevision === 1n)).toBe(true);
    for (const s of streams) expect(await store.readStream(s)).toHaveLength(2);
  });

  it('fails only the append whose expected revision the group made stale; the others are committed', async () => {
    const a = newStreamId();
    const b = newStreamId();
    const first = anEvent();
    const outcomes = await Promise.allSettled([
      store.appendToStream(a, [first], 'no_stream'),
      store.appendToStream(a, [anEvent(), anEvent()], 'no_stream'), // stale once the first is in
      store.appendToStream(b, [anEvent()], 'no_stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    expect((await store.readStream(a)).map((e) => e.id)).toEqual([first.id]);
    expect(await store.readStream(b)).toHaveLength(1);
  });

  it('rolls back the whole of an append with a duplicate event id, and nothing else', async () => {
    const taken = anEvent();
    await store.appendToStream(newStreamId(), [taken], 'no_stream');
    const a = newStreamId();
    const b = newStreamId();
    const outcomes = await Promise.allSettled([
      store.appendToStream(a, [anEvent(), taken], 'no_stream'), // its first event must not stay
      store.appendToStream(b, [anEvent()], 'no_stream'),
    ]);
    expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    expect(outcomes[1].status).toBe('fulfilled');
    expect(await store.readStream(a)).toEqual([]);
    expect(await store.readStream(b)).toHaveLength(1);
  });

  it('commits appends still waiting when the store is closed, so a caller never waits forever', async () => {
    const s = newStreamId();
    const pending = store.appendToStream(s, [anEvent()], 'no_stream');
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0n });
    store = new SqliteEventStore(path, { pollMs: 50 });
    expect(await store.readStream(s)).toHaveLength(1);
  });

  it('holding the lock, keeps its head position as it commits: what SQLite says, a refused append moving nothing', async () => {
    await store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    store = new SqliteEventStore(path, { pollMs: 50, lock: { release: () => undefined } });
    const asksSqlite = new SqliteEventStore(path, { pollMs: 50 }); // no lock: asks every time
    try {
      expect(await store.headPosition()).toBeNull();
      const a = newStreamId();
      const outcomes = await Promise.allSettled([
        store.appendToStream(a, [anEvent(), anEvent()], 'no_stream'),
        store.appendToStream(newStreamId(), [anEvent(), anEvent()], 'no_stream'),
        store.appendToStream(a, [anEvent()], 'no_stream'), // refused: a exists by then
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect(await store.headPosition()).toBe(4n);
      expect(await asksSqlite.headPosition()).toBe(4n);
      await store.appendToStream(a, [anEvent()], 1n);
      expect(await store.headPosition()).toBe(5n);
      expect(await asksSqlite.headPosition()).toBe(5n);
    } finally {
      await asksSqlite.close();
    }
  });
});
