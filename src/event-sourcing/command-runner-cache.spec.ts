import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { RuleViolationError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { DECIDER, runStep, SET_PLAN_PERIOD, STREAM, writeSteps } from '../../test/support/random-write-steps';
import { ConcurrencyError } from '../event-store/concurrency.error';
import type { EventStore } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import { SqliteEventStore } from '../event-store/sqlite-event-store';
import type { ForceFinanceCommand } from '../force-finance/force-finance.commands';
import { CommandRunner } from './command-runner';
import type { WriteContext } from './write-context';
import { WriteStateCache } from './write-state-cache';

const clock = () => new Date('2017-02-01T00:00:00Z');
const counterIds = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
const ctx: WriteContext = { actor: 'cfo@herts', correlationId: 'c-1' };
const item = (itemId: string): ForceFinanceCommand => ({
  type: 'AddBudgetItem',
  itemId,
  kind: 'cost_pressure',
  fromYear: FinancialYear.parse('2017/18', 'year'),
  amount: Money.parse('1000.00', 'amount'),
  recurrence: 'recurring',
  description: `item ${itemId}`,
});
const recordedOf = async (store: EventStore) =>
  (await store.readStream(STREAM)).map(({ id, type, data, metadata, revision }) => ({ id, type, data, metadata, revision }));

describe('the command runner with cached write state', () => {
  it('answers every sequence of writes exactly as a runner that folds the whole stream for each write, and records the same events', async () => {
    await fc.assert(
      fc.asyncProperty(writeSteps, async (steps) => {
        const cachedStore = new InMemoryEventStore();
        const refoldStore = new InMemoryEventStore();
        const cached = new CommandRunner(cachedStore, clock, counterIds());
        const refolding = new CommandRunner(refoldStore, clock, counterIds(), { maxCachedStreams: 0 });
        await cached.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        await refolding.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        for (const step of steps) {
          expect(await runStep(cached, cachedStore, step)).toEqual(await runStep(refolding, refoldStore, step));
        }
        expect(await recordedOf(cachedStore)).toEqual(await recordedOf(refoldStore));
      }),
      { numRuns: 20 },
    );
  });

  it('answers a conditional write made stale by another writer with a conflict, then decides the next write on the other writer’s events', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, clock, counterIds());
    const other = new CommandRunner(store, clock, counterIds()); // another process: its own cache
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    await runner.run(DECIDER, STREAM, item('mine'), ctx); // revision 1, and the runner's state is warm
    await other.run(DECIDER, STREAM, item('theirs'), { ...ctx, idempotencyKey: 'theirs-key', requestHash: 'h' }); // revision 2

    await expect(runner.run(DECIDER, STREAM, item('late'), { ...ctx, expectedRevision: 1n })).rejects.toBeInstanceOf(ConcurrencyError);
    // The other writer's item is in the state the runner decides on: adding it again is refused.
    await expect(runner.run(DECIDER, STREAM, item('theirs'), ctx)).rejects.toBeInstanceOf(RuleViolationError);
    // And its keyed write is replayed from the runner's index, not recorded again.
    const replay = await runner.run(DECIDER, STREAM, item('theirs'), { ...ctx, idempotencyKey: 'theirs-key', requestHash: 'h' });
    expect(replay).toMatchObject({ replayed: true, revision: '2' });
    expect((await runner.run(DECIDER, STREAM, item('next'), { ...ctx, expectedRevision: 2n })).revision).toBe('3');
  });

  it('recovers after losing the race at the append: retried on the stream as it now is, recorded once', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, clock, counterIds());
    const other = new CommandRunner(store, clock, counterIds());
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    await runner.run(DECIDER, STREAM, item('a'), ctx);
    const append = store.appendToStream.bind(store);
    let raced = false;
    store.appendToStream = async (streamId, events, expected) => {
      if (!raced) {
        raced = true; // another writer gets in between this runner's read and its append
        await other.run(DECIDER, STREAM, item('b'), ctx);
      }
      return append(streamId, events, expected);
    };
    const result = await runner.run(DECIDER, STREAM, item('c'), ctx);
    expect(result.revision).toBe('3');
    expect((await store.readStream(STREAM)).map((e) => e.data.itemId)).toEqual([undefined, 'a', 'b', 'c']);
    // The state it goes on with is the full fold's.
    await expect(runner.run(DECIDER, STREAM, item('b'), ctx)).rejects.toThrow(/already/);
    expect((await new WriteStateCache(store).load(DECIDER, STREAM)).revision).toBe(3n);
  });

  describe('on a SQLite file', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cfm-write-state-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('replays a keyed write after a restart (a new store and runner on the same file), and still refuses its key for another request', async () => {
      const file = join(dir, 'events.sqlite');
      const keyed = { ...ctx, idempotencyKey: 'k-1', requestHash: 'first' };
      const before = new SqliteEventStore(file);
      const first = new CommandRunner(before, clock, counterIds());
      await first.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
      const answer = await first.run(DECIDER, STREAM, item('a'), keyed);
      await before.close();

      const after = new SqliteEventStore(file);
      try {
        const restarted = new CommandRunner(after, clock, counterIds());
        expect(await restarted.run(DECIDER, STREAM, item('a'), keyed)).toEqual({ ...answer, replayed: true });
        await expect(restarted.run(DECIDER, STREAM, item('b'), { ...keyed, requestHash: 'second' })).rejects.toThrow(
          /already used for a different request/,
        );
        expect(await after.readStream(STREAM)).toHaveLength(2);
      } finally {
        await after.close();
      }
    });

    it('decides the next write on what it just recorded without reading it back, while no other connection has written', async () => {
      const store = new SqliteEventStore(join(dir, 'events.sqlite'));
      try {
        const runner = new CommandRunner(store, clock, counterIds());
        await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        await runner.run(DECIDER, STREAM, item('a'), ctx);
        let reads = 0;
        const read = store.readStream.bind(store);
        store.readStream = (streamId, options) => (reads++, read(streamId, options));
        // Item a is in the state decided on (refused as a duplicate), b goes after it: both without a read.
        await expect(runner.run(DECIDER, STREAM, item('a'), ctx)).rejects.toBeInstanceOf(RuleViolationError);
        expect((await runner.run(DECIDER, STREAM, item('b'), ctx)).revision).toBe('2');
        expect(reads).toBe(0);
        expect((await store.readStream(STREAM)).map((e) => e.data.itemId)).toEqual([undefined, 'a', 'b']);
      } finally {
        await store.close();
      }
    });

    it('sees what another process appended to the file before it decides', async () => {
      const file = join(dir, 'events.sqlite');
      const mine = new SqliteEventStore(file);
      const theirs = new SqliteEventStore(file);
      try {
        const runner = new CommandRunner(mine, clock, counterIds());
        await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        await runner.run(DECIDER, STREAM, item('a'), ctx);
        await new CommandRunner(theirs, clock, () => 'aaaaaaaa-0000-4000-8000-000000000001').run(DECIDER, STREAM, item('b'), ctx);
        await expect(runner.run(DECIDER, STREAM, item('b'), ctx)).rejects.toBeInstanceOf(RuleViolationError);
        expect((await runner.run(DECIDER, STREAM, item('c'), ctx)).revision).toBe('3');
      } finally {
        await theirs.close();
        await mine.close();
      }
    });
  });
});
