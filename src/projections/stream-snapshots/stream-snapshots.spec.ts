import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordedExample } from '../../../test/fixtures/worked-example';
import { READ_SIDE } from '../../app/stream-folds';
import type { EventStore, RecordedEvent } from '../../event-store/event-store.port';
import { InMemoryEventStore } from '../../event-store/in-memory-event-store';
import { SqliteEventStore } from '../../event-store/sqlite-event-store';
import { toDomainEvent } from '../../event-sourcing/recorded-event';
import { factsRunner } from '../facts-runner';
import type { AsAt } from '../projection';
import { foldUpTo } from '../projection-replay';
import { ProjectionRunner } from '../projection-runner';
import { ProjectionStore, STATE_IN_PARTS } from '../projection-store';
import { StreamFactsProjection } from '../stream-facts.projection';

/**
 * "As at" views built stream by stream must be exactly the views a fold from zero gives: the
 * worked example's history (every slice's real folds), a stream kept every 3 of its events so
 * most views start from kept facts and fold a few events after them.
 */
const EVERY = 3;
const projection = new StreamFactsProjection(READ_SIDE.folds, READ_SIDE.version);

async function replayed(events: EventStore, asAt: Exclude<AsAt, { kind: 'latest' }>): Promise<string> {
  const view = await foldUpTo(events, projection, null, asAt);
  return JSON.stringify({ position: view.position?.toString() ?? null, state: view.state });
}

async function viewed(runner: ReturnType<typeof factsRunner>, asAt: Exclude<AsAt, { kind: 'latest' }>): Promise<string> {
  const view = await runner.view(asAt);
  return JSON.stringify({ position: view.position?.toString() ?? null, state: view.state });
}

/** The worked example re-recorded into another store, in the same global order. */
async function copyInto(store: EventStore, events: readonly RecordedEvent[]): Promise<void> {
  for (const e of events) {
    await store.appendToStream(
      e.streamId,
      [{ id: e.id, type: e.type, data: e.data, metadata: e.metadata }],
      e.revision === 0n ? 'no_stream' : e.revision - 1n,
    );
  }
}

/** The worked example in a fresh in-memory event store. */
async function inMemory(events: readonly RecordedEvent[]): Promise<InMemoryEventStore> {
  const store = new InMemoryEventStore();
  await copyInto(store, events);
  return store;
}

/** The service's runner over the store, keeping each stream every EVERY of its events, started and caught up. */
async function caughtUp(
  store: EventStore,
  projections: ProjectionStore,
  options: Parameters<typeof factsRunner>[3] = {},
): Promise<ReturnType<typeof factsRunner>> {
  const runner = factsRunner(store, projections, READ_SIDE, { streamSnapshotEvery: EVERY, ...options });
  runner.start();
  await runner.catchUp();
  return runner;
}

describe('"as at" views built stream by stream', () => {
  let events: RecordedEvent[];
  let dir: string;

  beforeAll(async () => {
    ({ events } = await recordedExample());
  });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stream-snapshots-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given the worked example in memory, when asked as at every position, then each view is the fold from zero', async () => {
    const store = await inMemory(events);
    const projections = new ProjectionStore(':memory:');
    const runner = await caughtUp(store, projections);
    const readAll = jest.spyOn(store, 'readAll');
    // The fold from zero, one event at a time, beside the view as at each position.
    let state = projection.initialState();
    for (const recorded of events.slice(0, -1)) {
      const { event, ref } = toDomainEvent(recorded);
      state = projection.apply(state, event, ref);
      const expected = JSON.stringify({ position: recorded.position.toString(), state });
      expect(await viewed(runner, { kind: 'position', position: recorded.position })).toBe(expected);
    }
    // No view read the log from a whole-state snapshot or from zero: each was built stream by stream.
    expect(readAll).not.toHaveBeenCalled();
    // Each stream was kept at its first event and every EVERY of its events after that.
    const streams = new Map<string, number>();
    for (const e of events) streams.set(e.streamId, (streams.get(e.streamId) ?? 0) + 1);
    const expectedRows = [...streams.values()].reduce((sum, n) => sum + Math.ceil(n / EVERY), 0);
    expect(projections.streamSnapshots.stats(projection.name, projection.version).rows).toBe(expectedRows);
    await runner.stop();
    projections.close();
  });

  it('given the worked example in SQLite files, when asked as at positions and times, and again after a restart, then each view is the fold from zero', async () => {
    const eventsPath = join(dir, 'events.sqlite');
    const projectionsPath = join(dir, 'projections.sqlite');
    const store = new SqliteEventStore(eventsPath);
    await copyInto(store, events);
    const head = BigInt(events.length);
    let projections = new ProjectionStore(projectionsPath);
    let runner = await caughtUp(store, projections);
    const times = [...new Set(events.map((e) => e.metadata.recordedAt))];
    const asAts: Array<Exclude<AsAt, { kind: 'latest' }>> = [
      ...[1n, 7n, BigInt(Math.floor(events.length / 2)), BigInt(events.length - 1)].map(
        (position) => ({ kind: 'position', position }) as const,
      ),
      ...[new Date('2000-01-01T00:00:00Z'), ...times.map((t) => new Date(t))].map((time) => ({ kind: 'time', time }) as const),
    ];
    for (const asAt of asAts) expect(await viewed(runner, asAt)).toBe(await replayed(store, asAt));
    await runner.stop();
    projections.close();

    // A new runner on the same files resumes from its checkpoint – its position alone, the
    // streams' kept facts holding the state – and keeps the streams from there.
    projections = new ProjectionStore(projectionsPath);
    expect(projections.loadCheckpoint(projection.name, projection.version)).toMatchObject({ position: head, stateJson: STATE_IN_PARTS });
    runner = await caughtUp(store, projections);
    expect(runner.checkpoint).toBe(head);
    const latest = await runner.view();
    expect(JSON.stringify({ position: latest.position?.toString(), state: latest.state })).toBe(
      await replayed(store, { kind: 'position', position: head }),
    );
    for (const asAt of asAts) expect(await viewed(runner, asAt)).toBe(await replayed(store, asAt));
    await runner.stop();
    projections.close();
    await store.close();
  });

  it('given a checkpoint kept as its position alone, when a runner without kept streams starts on it (another event store), then it folds from zero', async () => {
    const store = await inMemory(events);
    const projections = new ProjectionStore(':memory:');
    await (await caughtUp(store, projections)).stop();
    const readAll = jest.spyOn(store, 'readAll');
    const plain = new ProjectionRunner(store, projections, new StreamFactsProjection(READ_SIDE.folds, READ_SIDE.version));
    plain.start();
    await plain.catchUp();
    expect(readAll.mock.calls[0][0]?.after).toBeUndefined(); // from zero
    const latest = await plain.view();
    expect(JSON.stringify({ position: latest.position?.toString(), state: latest.state })).toBe(
      await replayed(store, { kind: 'position', position: BigInt(events.length) }),
    );
    await plain.stop();
    projections.close();
  });

  it('given a projection store whose streams were not kept from the first event, when the runner starts, then it folds from zero and keeps them', async () => {
    const store = await inMemory(events);
    const projections = new ProjectionStore(join(dir, 'projections.sqlite'));
    await (await caughtUp(store, projections)).stop();
    // As a store written before streams were kept: a checkpoint, no kept streams.
    projections.streamSnapshots.reset(projection.name);
    expect(projections.loadCheckpoint(projection.name, projection.version)).not.toBeNull();

    const runner = await caughtUp(store, projections);
    expect(projections.streamSnapshots.stats(projection.name, projection.version).rows).toBeGreaterThan(0);
    const asAt = { kind: 'position', position: 10n } as const;
    expect(await viewed(runner, asAt)).toBe(await replayed(store, asAt));
    await runner.stop();
    projections.close();
  });

  it('given the first facts of a stream could not be kept, when asked as at a position, then the view is folded from zero and still right; after a restart the streams are kept again from zero', async () => {
    const store = await inMemory(events);
    const projections = new ProjectionStore(':memory:');
    const save = jest.spyOn(projections.streamSnapshots, 'save').mockImplementationOnce(() => {
      throw new Error('disk full');
    });
    const problems: string[] = [];
    const runner = await caughtUp(store, projections, { onStoreProblem: (report) => problems.push(report.kind) });
    expect(problems).toContain('failed');
    const readAll = jest.spyOn(store, 'readAll');
    const asAt = { kind: 'position', position: BigInt(events.length - 2) } as const;
    expect(await viewed(runner, asAt)).toBe(await replayed(store, asAt));
    expect(readAll.mock.calls[0]).toEqual([{ after: undefined, maxCount: expect.any(Number) }]); // folded from zero
    save.mockRestore();
    await runner.stop();
    readAll.mockRestore();

    const restarted = await caughtUp(store, projections);
    const readAgain = jest.spyOn(store, 'readAll');
    expect(await viewed(restarted, asAt)).toBe(await replayed(store, asAt));
    expect(readAgain).toHaveBeenCalledTimes(1); // the replay's, not the view's: the view was built stream by stream
    await restarted.stop();
    projections.close();
  });
});
