import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { anEvent, eventually, newStreamId } from './contract/support';
import { eventStoreContract } from './event-store.contract';

/** A fresh file in the OS temp folder; removed with its WAL files afterwards. */
function tempPath(): string {
  return join(tmpdir(), `cfm-event-store-${randomUUID()}.sqlite`);
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

eventStoreContract(
  'SQLite',
  async () => new SqliteEventStore(tempPath(), { pollMs: 50 }),
  (store) => removeDatabase((store as SqliteEventStore).path),
);

// As the service opens it: holding the file's lock, so it keeps its head position as it commits
// rather than asking SQLite (sqlite-event-store.ts). The same contract must hold.
eventStoreContract(
  'SQLite, holding the file lock',
  async () => new SqliteEventStore(tempPath(), { pollMs: 50, lock: { release: () => undefined } }),
  (store) => removeDatabase((store as SqliteEventStore).path),
);

describe('SqliteEventStore on disk', () => {
  let path: string;
  const opened: EventStore[] = [];

  function open(pollMs = 50): SqliteEventStore {
    const store = new SqliteEventStore(path, { pollMs });
    opened.push(store);
    return store;
  }

  beforeEach(() => {
    path = tempPath();
  });

  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    removeDatabase(path);
  });

  it('keeps what was appended across close and reopen, and carries on from it', async () => {
    const streamId = newStreamId();
    const first = open();
    const events = [anEvent('BaseBudgetSet.v1', { amount: '48800000.00' }), anEvent('PayAwardAssumed.v1', { rate: '0.01' })];
    const appended = await first.appendToStream(streamId, events, 'no_stream');
    await first.close();

    const reopened = open();
    const read = await reopened.readStream(streamId);
    expect(read.map((r) => [r.id, r.type, r.data, r.metadata, r.revision])).toEqual(
      events.map((e, i) => [e.id, e.type, e.data, e.metadata, BigInt(i)]),
    );
    expect(await reopened.headPosition()).toBe(appended.position);

    const next = await reopened.appendToStream(streamId, [anEvent()], 1n);
    expect(next.nextExpectedRevision).toBe(2n);
    expect(next.position).toBeGreaterThan(appended.position);
  });

  it('records its schema version, and reopening does not migrate again', async () => {
    await open().close();
    const version = () => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare('SELECT version FROM schema_version').all();
      } finally {
        db.close();
      }
    };
    // One migration so far: a new migration moves this on.
    expect(version()).toEqual([{ version: 1 }]);

    await open().close();
    expect(version()).toEqual([{ version: 1 }]);
  });

  it('refuses a file whose schema is newer than this service knows', async () => {
    await open().close();
    const db = new Database(path);
    db.prepare('UPDATE schema_version SET version = 99').run();
    db.close();

    expect(() => open()).toThrow(/schema version 99, newer than this service knows/);
  });

  it('writes in WAL mode with synchronous=FULL, so a returned append is on disk', async () => {
    const store = open();
    const db = (store as unknown as { db: Database.Database }).db;

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it("lets a second store on the same file see the first's appends through its subscription's polling", async () => {
    const writer = open();
    const reader = open(25);
    const streamId = newStreamId();
    const seen: RecordedEvent[] = [];
    const sub = reader.subscribeToAll({}, (event) => {
      if (event.streamId === streamId) seen.push(event);
    });

    const events = [anEvent('First.v1'), anEvent('Second.v1')];
    await writer.appendToStream(streamId, events, 'no_stream');
    await eventually(() => seen.length === 2, "the second store's subscription to see the appends");
    await sub.stop();

    expect(seen.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(await reader.readStream(streamId)).toEqual(seen);
  });

  it('refuses a stale expected revision written through another store on the same file', async () => {
    const one = open();
    const two = open();
    const streamId = newStreamId();
    await one.appendToStream(streamId, [anEvent()], 'no_stream');
    await two.appendToStream(streamId, [anEvent()], 0n);

    await expect(one.appendToStream(streamId, [anEvent()], 0n)).rejects.toMatchObject({ actual: 1n });
    expect(await one.readStream(streamId)).toHaveLength(2);
  });
});
