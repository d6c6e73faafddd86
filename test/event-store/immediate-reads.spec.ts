import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '../../src/event-store/event-store.port';
import type { ImmediateReads } from '../../src/event-store/immediate-reads';
import { readsImmediately } from '../../src/event-store/immediate-reads';
import { InMemoryEventStore } from '../../src/event-store/in-memory-event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { anEvent } from './contract/support';

/** The reads "as at" views make inside a property read (src/projections/stream-snapshots/): the same answers from both stores that offer them. */
const stores: Array<[string, () => EventStore & ImmediateReads, (store: EventStore) => void]> = [
  ['in memory', () => new InMemoryEventStore(), () => undefined],
  [
    'SQLite',
    () => new SqliteEventStore(join(tmpdir(), `cfm-immediate-${randomUUID()}.sqlite`)),
    (store) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync((store as SqliteEventStore).path + suffix, { force: true });
    },
  ],
];

function at(time: string, type = 'SomethingRecorded.v1') {
  const event = anEvent(type);
  return { ...event, metadata: { ...event.metadata, recordedAt: time } };
}

describe.each(stores)('immediate reads: %s', (_name, open, remove) => {
  let store: EventStore & ImmediateReads;

  beforeEach(async () => {
    store = open();
    // Positions 1–6: a, b, a, a, b, a, recorded a day apart from 1 April 2016.
    const streams = ['a', 'b', 'a', 'a', 'b', 'a'];
    const seen = new Map<string, bigint>();
    for (const [i, streamId] of streams.entries()) {
      const last = seen.get(streamId);
      await store.appendToStream(streamId, [at(`2016-04-0${i + 1}T00:00:00.000Z`)], last ?? 'no_stream');
      seen.set(streamId, (last ?? -1n) + 1n);
    }
  });
  afterEach(async () => {
    await store.close();
    remove(store);
  });

  it('is offered', () => {
    expect(readsImmediately(store)).toBe(true);
  });

  it("reads a stream's events after a revision up to a position, oldest first", () => {
    // Stream a: revisions 0–3 at positions 1, 3, 4, 6.
    expect(store.readStreamNow('a', null, 6n).map((e) => e.ref.position)).toEqual(['1', '3', '4', '6']);
    expect(store.readStreamNow('a', 0n, 4n).map((e) => [e.ref.revision, e.ref.position])).toEqual([
      ['1', '3'],
      ['2', '4'],
    ]);
    expect(store.readStreamNow('a', 3n, 6n)).toEqual([]);
    expect(store.readStreamNow('b', null, 1n)).toEqual([]);
    expect(store.readStreamNow('nothing', null, 6n)).toEqual([]);
  });

  it('reads each event as a fold takes it: its reference as text, its time, type and data', async () => {
    const [recorded] = await store.readStream('a', { fromRevision: 2n, maxCount: 1 });
    const [read] = store.readStreamNow('a', 1n, 4n);
    expect(read).toEqual({
      ref: {
        id: recorded.id,
        streamId: 'a',
        revision: '2',
        position: '4',
        recordedAt: '2016-04-04T00:00:00.000Z',
        type: 'SomethingRecorded.v1',
      },
      data: recorded.data,
    });
  });

  it('finds the last position recorded by a time', () => {
    expect(store.positionAtTimeNow('2016-03-31T23:59:59.999Z')).toBeNull();
    expect(store.positionAtTimeNow('2016-04-01T00:00:00.000Z')).toBe(1n);
    expect(store.positionAtTimeNow('2016-04-03T12:00:00.000Z')).toBe(3n);
    expect(store.positionAtTimeNow('2030-01-01T00:00:00.000Z')).toBe(6n);
  });
});
