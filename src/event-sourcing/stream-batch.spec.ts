import fc from 'fast-check';
import { DECIDER, runStep, SET_PLAN_PERIOD, STREAM, writeSteps } from '../../test/support/random-write-steps';
import { RuleViolationError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { EventStore } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import type { ForceFinanceCommand } from '../force-finance/force-finance.commands';
import { CommandRunner, MAX_ATTEMPTS } from './command-runner';
import { WriteContentionError } from './write-contention.error';
import type { WriteContext } from './write-context';

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
  (await store.readStream(STREAM)).map(({ id, type, data, metadata, revision, position }) => ({
    id,
    type,
    data,
    metadata,
    revision,
    position,
  }));

/** Counts the appends a store is asked for. */
function countAppends(store: InMemoryEventStore): { appends: number } {
  const counter = { appends: 0 };
  const append = store.appendToStream.bind(store);
  store.appendToStream = (...args) => {
    counter.appends++;
    return append(...args);
  };
  return counter;
}

/** Steps whose outcome does not depend on when they run: no foreign appends, no If-Match read from the store at the time. */
const concurrentSteps = writeSteps.map((steps) => steps.filter((s) => s.kind !== 'foreign' && !(s.kind === 'run' && s.ifMatch)));

describe('plain writes queued on one stream, recorded together', () => {
  it('answer all at once exactly as one at a time, in the order they were asked, and record the same events', async () => {
    await fc.assert(
      fc.asyncProperty(concurrentSteps, async (steps) => {
        const together = new InMemoryEventStore();
        const alone = new InMemoryEventStore();
        const concurrent = new CommandRunner(together, clock, counterIds());
        const sequential = new CommandRunner(alone, clock, counterIds(), { maxCachedStreams: 0 });
        await concurrent.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        await sequential.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        const counter = countAppends(together);

        const all = await Promise.all(steps.map((step) => runStep(concurrent, together, step)));
        const oneByOne = [];
        for (const step of steps) oneByOne.push(await runStep(sequential, alone, step));

        expect(all).toEqual(oneByOne);
        expect(await recordedOf(together)).toEqual(await recordedOf(alone));
        const recordedWrites = all.filter((o) => 'ok' in o && o.ok.events.length > 0 && !o.ok.replayed).length;
        expect(counter.appends).toBeLessThanOrEqual(recordedWrites); // batching never adds appends
      }),
      { numRuns: 20 },
    );
    // That batching does happen is shown deterministically by the next test (a random run may have no two plain writes in a row).
  });

  it('refuses a write that an earlier write of the same batch makes wrong, and records the others in one append', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, clock, counterIds());
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    const counter = countAppends(store);
    const outcomes = await Promise.allSettled([
      runner.run(DECIDER, STREAM, item('a'), ctx),
      runner.run(DECIDER, STREAM, item('a'), ctx), // the first adds item a: a duplicate
      runner.run(DECIDER, STREAM, item('b'), ctx),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(RuleViolationError);
    // All three were queued before the first turn began: one append holds both recorded writes.
    expect(counter.appends).toBe(1);
    const recorded = await store.readStream(STREAM);
    expect(recorded.map((e) => e.data.itemId)).toEqual([undefined, 'a', 'b']);
    const [a, , b] = outcomes as PromiseFulfilledResult<{ revision: string; position: string; events: { id: string }[] }>[];
    expect([a.value.revision, a.value.position, a.value.events[0].id]).toEqual(['1', recorded[1].position.toString(), recorded[1].id]);
    expect([b.value.revision, b.value.position, b.value.events[0].id]).toEqual(['2', recorded[2].position.toString(), recorded[2].id]);
  });

  it('never records a plain write before a keyed or conditional write that was asked for earlier', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, clock, counterIds());
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    await Promise.all([
      runner.run(DECIDER, STREAM, item('p1'), ctx),
      runner.run(DECIDER, STREAM, item('p2'), ctx),
      runner.run(DECIDER, STREAM, item('keyed'), { ...ctx, idempotencyKey: 'k', requestHash: 'h' }),
      runner.run(DECIDER, STREAM, item('p3'), ctx),
      runner.run(DECIDER, STREAM, item('conditional'), { ...ctx, expectedRevision: 4n }),
      runner.run(DECIDER, STREAM, item('p4'), ctx),
    ]);
    expect((await store.readStream(STREAM)).map((e) => e.data.itemId)).toEqual([undefined, 'p1', 'p2', 'keyed', 'p3', 'conditional', 'p4']);
  });

  it('gives every write of a batch that loses the race at each attempt a 503 (never a 409), with nothing of theirs recorded', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, clock, counterIds());
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    const append = store.appendToStream.bind(store);
    let foreign = 0;
    store.appendToStream = async (streamId, events, expected) => {
      // Another writer gets in before each of this runner's appends.
      await append(
        streamId,
        [
          {
            ...events[0],
            id: `11111111-0000-4000-8000-${String(++foreign).padStart(12, '0')}`,
            data: { ...events[0].data, itemId: `foreign-${foreign}` },
          },
        ],
        'any',
      );
      return append(streamId, events, expected);
    };
    const outcomes = await Promise.allSettled([runner.run(DECIDER, STREAM, item('x'), ctx), runner.run(DECIDER, STREAM, item('y'), ctx)]);
    expect(outcomes.map((o) => (o as PromiseRejectedResult).reason)).toEqual([
      expect.any(WriteContentionError),
      expect.any(WriteContentionError),
    ]);
    expect(foreign).toBe(MAX_ATTEMPTS);
    // 1 plan period + one foreign item per attempt; nothing of the batch's own.
    expect(await store.readStream(STREAM)).toHaveLength(1 + MAX_ATTEMPTS);
  });
});
