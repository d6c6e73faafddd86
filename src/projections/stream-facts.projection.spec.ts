import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '../event-sourcing/decider';
import type { EventToAppend } from '../event-store/event-store.port';
import { InMemoryEventStore } from '../event-store/in-memory-event-store';
import { mtfpToJson } from '../mtfp';
import { PlanReader } from '../planning/plan-reader';
import { BCH, HERTS_FINANCE, PRINCIPLES, refFor } from '../../test/fixtures/scenario-baseline.fixture';
import { isDeferred } from './deferred-facts';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStore } from './projection-store';
import { StreamFactsProjection, type StreamFacts, type StreamFold } from './stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from '../app/stream-folds';

/** A fold that counts its evolve calls, so a test can see when facts are (not) folded. */
function countingFolds() {
  const calls = { evolve: 0 };
  const decider: StreamFold['decider'] = {
    initialState: () => ({ total: 0, seen: [] as string[], note: null }),
    evolve: (state, event) => {
      calls.evolve++;
      const s = state as { total: number; seen: string[]; note: string | null };
      const add = (event.data as { add: number }).add;
      return { total: s.total + add, seen: [...s.seen, event.type], note: `last added ${add}` };
    },
  };
  return { calls, folds: [{ prefix: 'counter-', decider }] };
}

const added = (add: number): DomainEvent => ({ type: 'Added.v1', data: { add } });

/** Folds the events one by one; the i-th event (counting from `offset`) is at position i + 1. */
function foldAll(
  projection: StreamFactsProjection,
  events: Array<[string, DomainEvent]>,
  from = projection.initialState(),
  offset = 0,
): StreamFacts {
  return events.reduce(
    (state, [streamId, event], i) => projection.apply(state, event, refFor(streamId, offset + i, event.type, offset + i + 1)),
    from,
  );
}

describe('StreamFactsProjection snapshots', () => {
  const history: Array<[string, DomainEvent]> = [
    ...HERTS_FINANCE.map((e): [string, DomainEvent] => ['force-finance-herts', e as DomainEvent]),
    ...BCH.map((e): [string, DomainEvent] => ['alliance-bch', e as DomainEvent]),
    ...PRINCIPLES.map((e): [string, DomainEvent] => ['reference-referendum-principles', e as DomainEvent]),
  ];

  it('reads back exactly the facts it stored', () => {
    const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
    const state = foldAll(projection, history);
    const read = projection.deserialise(projection.serialise(state));
    expect(read).toEqual(state);
    expect(JSON.stringify(read)).toBe(JSON.stringify(state));
    expect(new PlanReader(read).mtfp('herts', '2016/17', 4)).toEqual(new PlanReader(state).mtfp('herts', '2016/17', 4));
  });

  it('stores again, unread facts as they were read, without parsing them', () => {
    const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
    const stored = projection.serialise(foldAll(projection, history));
    const read = projection.deserialise(stored);
    expect(Object.values(read.streams).every(isDeferred)).toBe(true);
    expect(projection.serialise(read)).toBe(stored);
    expect(Object.values(read.streams).every(isDeferred)).toBe(true);
  });

  it('stores only ASCII, and reads back any text exactly', () => {
    const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
    const state: StreamFacts = {
      streams: {
        'force-herts': { code: 'herts', name: 'Hertfordshire – £10 more 😀 "quoted" \\ back', registeredAt: null, sources: ['é'] },
      },
    };
    const stored = projection.serialise(state);
    // eslint-disable-next-line no-control-regex -- the point: every character of the stored text is plain ASCII
    expect(/^[\x00-\x7f]*$/.test(stored)).toBe(true);
    expect(projection.deserialise(stored)).toEqual(state);
  });

  it('still reads state stored as plain JSON', () => {
    const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
    const state = foldAll(projection, history);
    expect(projection.deserialise(JSON.stringify(state))).toEqual(state);
  });

  it('leaves a stream unparsed and its events unfolded until one of its fields is read, then folds them once', () => {
    const { calls, folds } = countingFolds();
    const projection = new StreamFactsProjection(folds, 1);
    const stored = projection.serialise(
      foldAll(projection, [
        ['counter-a', added(1)],
        ['counter-b', added(10)],
      ]),
    );
    calls.evolve = 0;

    const read = projection.deserialise(stored);
    const later = projection.applyAll(read, [
      { event: added(2), ref: refFor('counter-a', 1, 'Added.v1', 3) },
      { event: added(3), ref: refFor('counter-a', 2, 'Added.v1', 4) },
      { event: added(5), ref: refFor('counter-c', 0, 'Added.v1', 5) },
    ]);
    // Only the new stream was folded; counter-a's events wait, and counter-b was never touched.
    expect(calls.evolve).toBe(1);
    expect(isDeferred(later.streams['counter-a'])).toBe(true);
    expect(isDeferred(later.streams['counter-b'])).toBe(true);

    expect((later.streams['counter-a'] as { total: number }).total).toBe(6);
    expect(calls.evolve).toBe(3);
    expect(later.streams['counter-a']).toEqual({ total: 6, seen: ['Added.v1', 'Added.v1', 'Added.v1'], note: 'last added 3' });
    expect(calls.evolve).toBe(3);
    expect(isDeferred(later.streams['counter-a'])).toBe(false);
    expect(isDeferred(later.streams['counter-b'])).toBe(true);
  });

  it('never changes facts it handed out: deferring more events makes new facts', () => {
    const { folds } = countingFolds();
    const projection = new StreamFactsProjection(folds, 1);
    const read = projection.deserialise(projection.serialise(foldAll(projection, [['counter-a', added(1)]])));
    const before = read.streams['counter-a'];
    const after = projection.applyAll({ streams: { ...read.streams } }, [{ event: added(2), ref: refFor('counter-a', 1, 'Added.v1', 2) }]);
    expect(after.streams['counter-a']).not.toBe(before);
    expect(before).toEqual({ total: 1, seen: ['Added.v1'], note: 'last added 1' });
    expect(after.streams['counter-a']).toEqual({ total: 3, seen: ['Added.v1', 'Added.v1'], note: 'last added 2' });
  });

  it('gives unread facts to every way of reading them exactly as plain facts', () => {
    const { folds } = countingFolds();
    const projection = new StreamFactsProjection(folds, 1);
    const plain = foldAll(projection, [
      ['counter-a', added(1)],
      ['counter-a', added(4)],
    ]).streams['counter-a'];
    const fresh = () =>
      projection.deserialise(projection.serialise({ streams: { 'counter-a': plain } })).streams['counter-a'] as Record<string, unknown>;
    expect(Object.keys(fresh())).toEqual(Object.keys(plain as object));
    expect(JSON.stringify(fresh())).toBe(JSON.stringify(plain));
    expect({ ...fresh() }).toEqual(plain);
    expect(structuredClone(fresh())).toEqual(plain);
    const written = fresh();
    written.note = 'changed';
    expect(written).toEqual({ ...(plain as object), note: 'changed' });
  });

  it('folds a run of events, unread streams or not, as apply does one by one', () => {
    const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
    const half = Math.floor(history.length / 2);
    const live = foldAll(projection, history);
    const run = history.slice(half).map(([streamId, event], i) => ({ event, ref: refFor(streamId, half + i, event.type, half + i + 1) }));
    const resumed = projection.applyAll(projection.deserialise(projection.serialise(foldAll(projection, history.slice(0, half)))), run);
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(live));
    expect(resumed).toEqual(live);
  });
});

describe('ProjectionRunner over stream facts: answers "as at" from snapshots exactly as from zero', () => {
  it('gives byte-identical MTFPs at every position, whichever snapshot each starts from', async () => {
    const store = new InMemoryEventStore();
    const streams: Array<[string, DomainEvent[]]> = [
      ['force-finance-herts', HERTS_FINANCE as DomainEvent[]],
      ['alliance-bch', BCH as DomainEvent[]],
      ['reference-referendum-principles', PRINCIPLES as DomainEvent[]],
    ];
    let recorded = 0;
    for (const [streamId, events] of streams) {
      // One event per append, so snapshots fall between events of the same stream.
      for (const [i, event] of events.entries())
        await store.appendToStream(streamId, [toAppend(event, recorded++)], i === 0 ? 'no_stream' : BigInt(i - 1));
    }
    const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
    const snapshots = new ProjectionStore(':memory:');
    const runner = new ProjectionRunner(store, snapshots, projection, { snapshotEvery: 4, maxSnapshotGap: 4, checkpointDelayMs: 60_000 });
    runner.start();
    await runner.catchUp();

    const answer = (facts: StreamFacts) => JSON.stringify(mtfpToJson(new PlanReader(facts).mtfp('herts', '2016/17', 4)));
    const head = (await store.headPosition()) ?? 0n;
    for (let position = 1n; position <= head; position++) {
      const viaSnapshots = await runner.view({ kind: 'position', position });
      expect(viaSnapshots.position).toBe(position);
      // The reference: the same events folded one by one from nothing, no snapshot involved.
      const reference = { streams: {} } as StreamFacts;
      for (const recorded of await store.readAll({ maxCount: Number(position) })) {
        projection.apply(
          reference,
          { type: recorded.type, data: recorded.data },
          {
            id: recorded.id,
            streamId: recorded.streamId,
            revision: String(recorded.revision),
            position: String(recorded.position),
            recordedAt: recorded.metadata.recordedAt,
            type: recorded.type,
          },
        );
      }
      expect(answer(viaSnapshots.state)).toBe(answer(reference));
      expect(JSON.stringify(viaSnapshots.state)).toBe(JSON.stringify(reference));
    }
    await runner.stop();
    await store.close();
    snapshots.close();
  });
});

function toAppend(event: DomainEvent, i: number): EventToAppend {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      actor: 'test',
      recordedAt: new Date(Date.UTC(2017, 0, 1) + i * 60_000).toISOString(),
      correlationId: 'c',
      causationId: null,
      schemaVersion: 1,
    },
  };
}
