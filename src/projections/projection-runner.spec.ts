import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStore, type StoredProjectionState } from './projection-store';

/**
 * The runner spaces out its saves while catching up, by what they cost. Time here is a fake
 * clock: folding an event "takes" 10 ms and writing state "takes" 100 ms, so the test is
 * exact and needs no real time.
 */
const MS = 1_000_000n;

function fakeTime() {
  let now = 0n;
  return { clock: () => now, advance: (ns: bigint) => (now += ns) };
}

interface Count {
  folded: number;
}

function countingProjection(time: ReturnType<typeof fakeTime>): Projection<Count> {
  return {
    name: 'count',
    version: 1,
    initialState: () => ({ folded: 0 }),
    apply: (state) => {
      time.advance(10n * MS);
      return { folded: state.folded + 1 };
    },
  };
}

/** Remembers every position it saved at; each write costs 100 ms of fake time (a snapshot with its checkpoint is one write). */
class SlowProjectionStore extends ProjectionStore {
  readonly checkpoints: bigint[] = [];
  readonly snapshots: bigint[] = [];
  /** Positions where the checkpoint moved to a snapshot (written with it, as a pointer). */
  readonly checkpointsAtSnapshots: bigint[] = [];

  constructor(private readonly time: ReturnType<typeof fakeTime>) {
    super(':memory:');
  }

  override saveCheckpoint(name: string, version: number, value: StoredProjectionState): void {
    this.time.advance(100n * MS);
    this.checkpoints.push(value.position);
    super.saveCheckpoint(name, version, value);
  }

  override saveSnapshot(name: string, version: number, value: StoredProjectionState, options?: { asCheckpoint?: boolean }): void {
    this.time.advance(100n * MS);
    this.snapshots.push(value.position);
    if (options?.asCheckpoint) this.checkpointsAtSnapshots.push(value.position);
    super.saveSnapshot(name, version, value, options);
  }
}

function events(count: number): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    type: 'Counted.v1',
    data: { i },
    metadata: {
      actor: 'test',
      recordedAt: new Date(Date.UTC(2016, 3, 1) + i * 60_000).toISOString(),
      correlationId: 'c',
      causationId: null,
      schemaVersion: 1,
    },
  }));
}

describe('ProjectionRunner saves while catching up', () => {
  it('waits after a save until folding has taken four times as long as the save (a budget of 0.25)', async () => {
    const time = fakeTime();
    const store = new InMemoryEventStore();
    await store.appendToStream('counter-1', events(100), 'no_stream');
    const saved = new SlowProjectionStore(time);
    const runner = new ProjectionRunner(store, saved, countingProjection(time), {
      checkpointEvery: 5,
      snapshotEvery: 1_000_000,
      checkpointDelayMs: 60_000,
      saveBudget: 0.25,
      clock: time.clock,
    });

    runner.start();
    await runner.catchUp();

    // Due by count at 5; a save costs 100 ms, so the next waits for 400 ms of folding (40 events): 45, then 85.
    expect(saved.checkpoints).toEqual([5n, 45n, 85n]);
    await runner.stop();
    expect(saved.checkpoints).toEqual([5n, 45n, 85n, 100n]);
    await store.close();
    saved.close();
  });

  it('saves by count alone when events arrive slower than saves cost (live)', async () => {
    const time = fakeTime();
    const store = new InMemoryEventStore();
    const saved = new SlowProjectionStore(time);
    const runner = new ProjectionRunner(store, saved, countingProjection(time), {
      checkpointEvery: 5,
      snapshotEvery: 1_000_000,
      checkpointDelayMs: 60_000,
      clock: time.clock,
    });
    runner.start();
    for (let i = 0; i < 10; i++) {
      await store.appendToStream('counter-1', events(1), i === 0 ? 'no_stream' : BigInt(i - 1));
      await runner.catchUp();
      time.advance(1000n * MS);
    }
    expect(saved.checkpoints).toEqual([5n, 10n]);
    await runner.stop();
    await store.close();
    saved.close();
  });

  it('writes the state once for a snapshot and the checkpoint with it, and still answers "as at" any position exactly', async () => {
    const time = fakeTime();
    const store = new InMemoryEventStore();
    await store.appendToStream('counter-1', events(100), 'no_stream');
    const saved = new SlowProjectionStore(time);
    const runner = new ProjectionRunner(store, saved, countingProjection(time), {
      checkpointEvery: 1_000,
      snapshotEvery: 10,
      checkpointDelayMs: 60_000,
      clock: time.clock,
    });

    runner.start();
    await runner.catchUp();

    // Due every 10 events; a snapshot with its checkpoint is one write of 100 ms, so the next waits for 400 ms of folding (40 events).
    expect(saved.snapshots).toEqual([10n, 50n, 90n]);
    expect(saved.checkpointsAtSnapshots).toEqual([10n, 50n, 90n]);
    expect(saved.checkpoints).toEqual([]);
    // The checkpoint points at the snapshot and reads back as its state.
    expect(saved.loadCheckpoint('count', 1)).toEqual({ position: 90n, recordedAt: expect.any(String), stateJson: '{"folded":90}' });
    for (const position of [1n, 9n, 10n, 37n, 50n, 89n, 99n]) {
      const view = await runner.view({ kind: 'position', position });
      expect(view).toEqual({ state: { folded: Number(position) }, position });
    }
    expect((await runner.view()).state).toEqual({ folded: 100 });
    await runner.stop();
    await store.close();
    saved.close();
  });

  it('rebuilds from zero to the same state, with its save timings started afresh', async () => {
    const time = fakeTime();
    const store = new InMemoryEventStore();
    await store.appendToStream('counter-1', events(60), 'no_stream');
    const saved = new SlowProjectionStore(time);
    const runner = new ProjectionRunner(store, saved, countingProjection(time), {
      checkpointEvery: 5,
      snapshotEvery: 1_000_000,
      checkpointDelayMs: 60_000,
      clock: time.clock,
    });
    runner.start();
    await runner.catchUp();
    await runner.stop();
    saved.checkpoints.length = 0;

    await runner.rebuild();

    expect((await runner.view()).state).toEqual({ folded: 60 });
    expect(saved.checkpoints).toEqual([5n, 45n]);
    await runner.stop();
    await store.close();
    saved.close();
  });
});

describe('ProjectionRunner checkpoint once the events stop', () => {
  afterEach(() => jest.useRealTimers());

  it('waits until no event has come for checkpointDelayMs, however long the events keep coming', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const time = fakeTime();
    const store = new InMemoryEventStore();
    const saved = new SlowProjectionStore(time);
    const runner = new ProjectionRunner(store, saved, countingProjection(time), {
      checkpointEvery: 1_000_000,
      snapshotEvery: 1_000_000,
      checkpointDelayMs: 250,
      clock: time.clock,
    });
    runner.start();
    // An event every 100 ms for a second: the 250 ms timer set by the first keeps setting itself again.
    for (let i = 0; i < 10; i++) {
      await store.appendToStream('counter-1', events(1), i === 0 ? 'no_stream' : BigInt(i - 1));
      await runner.catchUp();
      jest.advanceTimersByTime(100);
    }
    expect(saved.checkpoints).toEqual([]);
    // Quiet from here: the timer finds no new event when it next fires, and saves.
    jest.advanceTimersByTime(500);
    expect(saved.checkpoints).toEqual([10n]);
    await runner.stop();
    await store.close();
    saved.close();
  });
});

describe('ProjectionRunner snapshots for "as at" answers', () => {
  it('never lets snapshots drift further apart than maxSnapshotGap, whatever they cost', async () => {
    const time = fakeTime();
    const store = new InMemoryEventStore();
    await store.appendToStream('counter-1', events(100), 'no_stream');
    const saved = new SlowProjectionStore(time);
    const runner = new ProjectionRunner(store, saved, countingProjection(time), {
      checkpointEvery: 1_000,
      snapshotEvery: 10,
      maxSnapshotGap: 30,
      checkpointDelayMs: 60_000,
      clock: time.clock,
    });

    runner.start();
    await runner.catchUp();

    // By cost alone the next after 10 would wait for 90 (as above); the cap makes it 40, 70, 100.
    expect(saved.snapshots).toEqual([10n, 40n, 70n, 100n]);
    for (const position of [5n, 39n, 41n, 99n])
      expect((await runner.view({ kind: 'position', position })).state).toEqual({ folded: Number(position) });
    await runner.stop();
    await store.close();
    saved.close();
  });

  it("stores and reads state through the projection's own serialise and deserialise, and folds a run at a time up to the target", async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream('counter-1', events(25), 'no_stream');
    const runs: number[] = [];
    const projection: Projection<Count> = {
      name: 'count',
      version: 1,
      initialState: () => ({ folded: 0 }),
      apply: (state) => ({ folded: state.folded + 1 }),
      applyAll: (state, run) => {
        runs.push(run.length);
        return { folded: state.folded + run.length };
      },
      serialise: (state) => `count:${state.folded}`,
      deserialise: (stored) => ({ folded: Number(/^count:(\d+)$/.exec(stored)?.[1] ?? Number.NaN) }),
    };
    const saved = new ProjectionStore(':memory:');
    const runner = new ProjectionRunner(store, saved, projection, { snapshotEvery: 10, checkpointDelayMs: 60_000 });
    runner.start();
    await runner.catchUp();
    await runner.stop();
    expect(saved.loadCheckpoint('count', 1)?.stateJson).toBe('count:25');

    expect((await runner.view({ kind: 'position', position: 17n })).state).toEqual({ folded: 17 });
    expect(runs).toEqual([7]);
    const restarted = new ProjectionRunner(store, saved, projection);
    restarted.start();
    expect((await restarted.view()).state).toEqual({ folded: 25 });
    await restarted.stop();
    await store.close();
    saved.close();
  });
});
