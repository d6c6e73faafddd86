import fc from 'fast-check';
import { FinancialYear } from '../common/financial-year';
import { DECIDER, fullFold, runStep, scannedReplay, SET_PLAN_PERIOD, STREAM, writeSteps } from '../../test/support/random-write-steps';
import type { EventStore } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import { CommandRunner } from './command-runner';
import type { WriteContext } from './write-context';
import { WriteStateCache } from './write-state-cache';

const clock = () => new Date('2017-02-01T00:00:00Z');
const counterIds = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
const ctx: WriteContext = { actor: 'cfo@herts', correlationId: 'c-1' };
const KEYS = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];

/** The index's answer to a retry with this key and body, or its refusal's message, comparable with toEqual. */
const indexedReplay = (cache: Awaited<ReturnType<WriteStateCache['load']>>, key: string, requestHash: string) => {
  try {
    return cache.keys.replayOf(STREAM, { ...ctx, idempotencyKey: key, requestHash });
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the write side’s cached state of a stream', () => {
  it('equals a full refold of the stream, and its index the scan of the stream, after any sequence of writes, refusals, dry runs, batches and foreign appends', async () => {
    await fc.assert(
      fc.asyncProperty(writeSteps, async (steps) => {
        const store = new InMemoryEventStore();
        const runner = new CommandRunner(store, clock, counterIds());
        const kept = new WriteStateCache(store);
        await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
        for (const step of steps) {
          await runStep(runner, store, step);
          const cached = await kept.load(DECIDER, STREAM);
          const full = await fullFold(store);
          expect(cached.revision).toBe(full.revision);
          expect(cached.state).toEqual(full.state);
          for (const key of KEYS) {
            for (const body of ['body-a', 'body-b'])
              expect(indexedReplay(cached, key, body)).toEqual(await scannedReplay(store, key, body));
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  /** The options of every readStream call on the store from now on. */
  const readsOf = (store: EventStore): unknown[] => {
    const reads: unknown[] = [];
    const read = store.readStream.bind(store);
    store.readStream = (streamId, options) => {
      reads.push(options);
      return read(streamId, options);
    };
    return reads;
  };

  it('folds only the events recorded since its last load, from a store that cannot vouch for its streams', async () => {
    const store: EventStore = new InMemoryEventStore();
    store.knownUnchanged = undefined; // as EventStoreDB's adapter: every load reads the stream's tail
    const runner = new CommandRunner(store, clock, counterIds());
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    const cache = new WriteStateCache(store);
    await cache.load(DECIDER, STREAM);
    const reads = readsOf(store);
    await cache.load(DECIDER, STREAM);
    // The one event it folded (revision 0) is read again to check it is still there, and nothing before it.
    expect(reads).toEqual([{ fromRevision: 0n }]);
  });

  it('reads nothing while the store vouches that nothing was appended, and the tail once something was', async () => {
    const store = new InMemoryEventStore();
    const runner = new CommandRunner(store, clock, counterIds());
    await runner.run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    const cache = new WriteStateCache(store);
    await cache.load(DECIDER, STREAM);
    const reads = readsOf(store);
    expect((await cache.load(DECIDER, STREAM)).revision).toBe(0n);
    expect(reads).toEqual([]);
    const longer = { ...SET_PLAN_PERIOD, lastYear: FinancialYear.parse('2020/21', 'lastYear') };
    await runner.run(DECIDER, STREAM, longer, { ...ctx, idempotencyKey: 'again' }); // another writer (this cache is not the runner's): revision 1
    const loaded = await cache.load(DECIDER, STREAM);
    expect(loaded.revision).toBe(1n);
    expect(loaded.keys.replayOf(STREAM, { ...ctx, idempotencyKey: 'again' })?.revision).toBe('1');
    expect(reads).toEqual([{ fromRevision: 0n }]);
  });

  it('folds the whole stream again when the store no longer holds the event it last folded (another store under it)', async () => {
    const first = new InMemoryEventStore();
    const second = new InMemoryEventStore();
    const runner = (store: EventStore) => new CommandRunner(store, clock, counterIds());
    await runner(first).run(DECIDER, STREAM, SET_PLAN_PERIOD, ctx);
    await runner(second).run(DECIDER, STREAM, SET_PLAN_PERIOD, { ...ctx, idempotencyKey: 'other-ids' });
    let under: EventStore = first;
    const switchable = new Proxy(first, { get: (_target, property) => Reflect.get(under, property, under) as unknown });
    const cache = new WriteStateCache(switchable);
    await cache.load(DECIDER, STREAM);
    under = second;
    const loaded = await cache.load(DECIDER, STREAM);
    expect(loaded.revision).toBe(0n);
    // The second store's write carries a key; the first's did not: the index is the second store's.
    expect(loaded.keys.replayOf(STREAM, { ...ctx, idempotencyKey: 'other-ids' })?.replayed).toBe(true);
  });

  it('keeps no more streams than it is allowed', async () => {
    const store = new InMemoryEventStore();
    const cache = new WriteStateCache(store, 2);
    for (const stream of ['force-finance-a', 'force-finance-b', 'force-finance-a', 'force-finance-c']) await cache.load(DECIDER, stream);
    expect(cache.size).toBe(2);
  });
});
