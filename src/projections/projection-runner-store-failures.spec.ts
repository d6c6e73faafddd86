import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import type { StoreProblemReport } from './projection-store-health';
import { ProjectionStore, type StoredProjectionState } from './projection-store';

/**
 * The projection store holds derived data: when it fails, the runner keeps answering (from
 * memory, or by replaying the events), says so, and tries again. Time is a fake clock.
 */
const MS = 1_000_000n;

interface Count {
  folded: number;
}

const counting: Projection<Count> = {
  name: 'count',
  version: 1,
  initialState: () => ({ folded: 0 }),
  apply: (s) => ({ folded: s.folded + 1 }),
};

function counted(count: number): EventToAppend[] {
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

/** A store whose operations fail while `broken` says so, as a full or damaged disk would. */
class FaultyProjectionStore extends ProjectionStore {
  broken = { writes: false, reads: false };
  constructor() {
    super(':memory:');
  }
  private fail(): never {
    throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
  }
  override saveCheckpoint(name: string, version: number, value: StoredProjectionState): void {
    if (this.broken.writes) this.fail();
    super.saveCheckpoint(name, version, value);
  }
  override saveSnapshot(name: string, version: number, value: StoredProjectionState, options?: { asCheckpoint?: boolean }): void {
    if (this.broken.writes) this.fail();
    super.saveSnapshot(name, version, value, options);
  }
  override snapshotAtOrBefore(name: string, version: number, at: { position: bigint } | { time: string }): StoredProjectionState | null {
    if (this.broken.reads) this.fail();
    return super.snapshotAtOrBefore(name, version, at);
  }
  override loadCheckpoint(name: string, version: number): StoredProjectionState | null {
    if (this.broken.reads) this.fail();
    return super.loadCheckpoint(name, version);
  }
}

function setUp(options: { checkpointEvery?: number; snapshotEvery?: number } = {}) {
  let now = 0n;
  const clock = () => now;
  const reports: StoreProblemReport[] = [];
  const events = new InMemoryEventStore();
  const saved = new FaultyProjectionStore();
  const runner = new ProjectionRunner(events, saved, counting, {
    checkpointEvery: options.checkpointEvery ?? 5,
    snapshotEvery: options.snapshotEvery ?? 1_000_000,
    checkpointDelayMs: 60_000,
    retryDelayMs: 1000,
    clock,
    onStoreProblem: (r) => reports.push(r),
  });
  return { events, saved, runner, reports, advance: (ms: bigint) => (now += ms * MS) };
}

describe('ProjectionRunner when its projection store fails', () => {
  it('keeps folding and answering when checkpoints cannot be written, reports it, and stores the state once writes work again', async () => {
    const { events, saved, runner, reports, advance } = setUp();
    saved.broken.writes = true;
    runner.start();
    await events.appendToStream('counter-1', counted(12), 'no_stream');
    await runner.catchUp();

    expect((await runner.view()).state).toEqual({ folded: 12 });
    expect(runner.storeProblems).toEqual([
      { operation: 'write checkpoint', reason: 'database disk image is malformed', since: expect.any(String), failures: 1 },
    ]);
    expect(reports).toEqual([expect.objectContaining({ kind: 'failed', fallback: expect.stringMatching(/serving from memory/) })]);

    // Within the retry delay nothing is tried again, however many events arrive.
    await events.appendToStream('counter-1', counted(10), 11n);
    await runner.catchUp();
    expect(runner.storeProblems[0].failures).toBe(1);

    saved.broken.writes = false;
    advance(1001n);
    await events.appendToStream('counter-1', counted(1), 21n);
    await runner.catchUp();
    expect(runner.storeProblems).toEqual([]);
    expect(reports.at(-1)).toEqual({ kind: 'recovered', operation: 'write checkpoint', after: 1 });
    expect(saved.loadCheckpoint('count', 1)?.position).toBe(23n);
    await runner.stop();
  });

  it('does not throw when the last checkpoint at shutdown fails', async () => {
    const { events, saved, runner } = setUp({ checkpointEvery: 1000 });
    runner.start();
    await events.appendToStream('counter-1', counted(3), 'no_stream');
    await runner.catchUp();
    saved.broken.writes = true;
    await expect(runner.stop()).resolves.toBeUndefined();
    expect(runner.storeProblems.map((p) => p.operation)).toEqual(['write checkpoint']);
  });

  it('keeps going when a snapshot cannot be written', async () => {
    const { events, saved, runner } = setUp({ checkpointEvery: 1000, snapshotEvery: 5 });
    saved.broken.writes = true;
    runner.start();
    await events.appendToStream('counter-1', counted(8), 'no_stream');
    await runner.catchUp();
    expect((await runner.view()).state).toEqual({ folded: 8 });
    expect(runner.storeProblems.map((p) => p.operation)).toEqual(['write snapshot']);
    await runner.stop();
  });

  it('answers "as at" by replaying the events when a snapshot cannot be read, with the same answer', async () => {
    const { events, saved, runner, reports } = setUp({ checkpointEvery: 1000, snapshotEvery: 5 });
    runner.start();
    await events.appendToStream('counter-1', counted(30), 'no_stream');
    await runner.catchUp();
    const fromSnapshot = await runner.view({ kind: 'position', position: 17n });

    saved.broken.reads = true;
    const replayed = await runner.view({ kind: 'position', position: 17n });
    expect(replayed).toEqual(fromSnapshot);
    expect(replayed).toEqual({ state: { folded: 17 }, position: 17n });
    expect(reports.at(-1)).toMatchObject({
      kind: 'failed',
      problem: { operation: 'read snapshot' },
      fallback: expect.stringMatching(/replaying the events/),
    });

    saved.broken.reads = false;
    expect(await runner.view({ kind: 'time', time: new Date(Date.UTC(2016, 3, 1) + 16 * 60_000) })).toEqual({
      state: { folded: 17 },
      position: 17n,
    });
    expect(runner.storeProblems).toEqual([]);
    await runner.stop();
  });

  it('folds from the start when the stored checkpoint is not state it can read', async () => {
    const { events, saved, runner } = setUp({ checkpointEvery: 1000 });
    await events.appendToStream('counter-1', counted(4), 'no_stream');
    saved.saveCheckpoint('count', 1, { position: 2n, recordedAt: '2016-04-01T00:01:00.000Z', stateJson: '{"folded": 2, garbage' });
    runner.start();
    await runner.catchUp();
    expect((await runner.view()).state).toEqual({ folded: 4 });
    expect(runner.storeProblems).toEqual([
      expect.objectContaining({ operation: 'load checkpoint', reason: expect.stringMatching(/JSON/) }),
    ]);
    await runner.stop();
  });

  it('folds from the start when the checkpoint cannot be read at start', async () => {
    const { events, saved, runner } = setUp({ checkpointEvery: 1000 });
    await events.appendToStream('counter-1', counted(7), 'no_stream');
    saved.broken.reads = true;
    runner.start();
    await runner.catchUp();
    expect((await runner.view()).state).toEqual({ folded: 7 });
    expect(runner.storeProblems.map((p) => p.operation)).toEqual(['load checkpoint']);
    saved.broken.reads = false;
    await runner.stop(); // writes the checkpoint: the state is stored again
    expect(runner.storeProblems).toEqual([]);
  });
});
