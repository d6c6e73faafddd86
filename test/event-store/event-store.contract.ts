import { randomUUID } from 'node:crypto';
import { ConcurrencyError, DuplicateEventIdError } from '../../src/event-store/concurrency.error';
import type { EventMetadata, EventStore, EventToAppend, ExpectedRevision, RecordedEvent } from '../../src/event-store/event-store.port';

export interface ContractOptions {
  /**
   * Whether the store refuses an event id it already holds in ANOTHER stream, or twice in one
   * append. SQLite and in-memory do (a UNIQUE id); EventStoreDB's idempotency is per stream
   * and cannot promise it, so for it only a retried append to the same stream is checked.
   */
  eventIdsUniqueAcrossStreams?: boolean;
  /** Register every test as skipped (a leg whose server is not there), so jest says so. */
  skip?: boolean;
}

/**
 * The one contract every EventStore adapter must meet. Each test writes only to streams with a
 * random suffix and measures global reads from the head it saw first, so the suite also runs
 * against a shared EventStoreDB server that already holds data.
 */
export function eventStoreContract(
  name: string,
  makeStore: () => Promise<EventStore>,
  cleanup?: (store: EventStore) => Promise<void> | void,
  options: ContractOptions = {},
): void {
  const uniqueAcrossStreams = options.eventIdsUniqueAcrossStreams ?? true;
  const describeLeg = options.skip ? describe.skip : describe;

  describeLeg(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
      await cleanup?.(store);
    });

    describe('appending', () => {
      it('starts a new stream at revision 0 and returns the position of what it wrote', async () => {
        const streamId = newStreamId();
        const e = anEvent('ForceRegistered.v1', { force: 'Hertfordshire' });

        const result = await store.appendToStream(streamId, [e], 'no_stream');

        expect(result.nextExpectedRevision).toBe(0n);
        const [recorded] = await store.readStream(streamId);
        expect(recorded).toEqual({
          id: e.id,
          streamId,
          type: e.type,
          data: e.data,
          metadata: e.metadata,
          revision: 0n,
          position: result.position,
        });
      });

      it('appends several events in one call with consecutive revisions and increasing positions', async () => {
        const streamId = newStreamId();
        const events = [anEvent('A.v1'), anEvent('B.v1'), anEvent('C.v1')];

        const result = await store.appendToStream(streamId, events, 'no_stream');

        const recorded = await store.readStream(streamId);
        expect(recorded.map((r) => [r.id, r.type, r.revision])).toEqual(events.map((e, i) => [e.id, e.type, BigInt(i)]));
        expectStrictlyIncreasing(recorded.map((r) => r.position));
        expect(result).toEqual({ nextExpectedRevision: 2n, position: recorded[2].position });
      });

      it('continues the revisions of an existing stream', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent(), anEvent()], 'no_stream');

        const result = await store.appendToStream(streamId, [anEvent(), anEvent()], 1n);

        expect(result.nextExpectedRevision).toBe(3n);
        expect((await store.readStream(streamId)).map((r) => r.revision)).toEqual([0n, 1n, 2n, 3n]);
      });

      it('writes none of an append whose expectation fails, and the same events can be written afterwards', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('First.v1')], 'no_stream');
        const head = await store.headPosition();
        const batch = [anEvent('Second.v1'), anEvent('Third.v1'), anEvent('Fourth.v1')];

        await expectConcurrencyError(store.appendToStream(streamId, batch, 5n), streamId, 5n, 0n);

        expect((await store.readStream(streamId)).map((r) => r.type)).toEqual(['First.v1']);
        expect(ofStreams(await store.readAll({ after: head ?? undefined }), [streamId])).toEqual([]);
        await store.appendToStream(streamId, batch, 0n);
        expect((await store.readStream(streamId)).map((r) => r.type)).toEqual(['First.v1', 'Second.v1', 'Third.v1', 'Fourth.v1']);
      });
    });

    describe('expected revision', () => {
      type Case = { expected: ExpectedRevision; existing: number; succeeds: boolean; actual?: bigint | 'no_stream' };
      const cases: [string, Case][] = [
        ['any, on a new stream', { expected: 'any', existing: 0, succeeds: true }],
        ['any, on an existing stream', { expected: 'any', existing: 2, succeeds: true }],
        ['no_stream, on a new stream', { expected: 'no_stream', existing: 0, succeeds: true }],
        ['no_stream, on an existing stream', { expected: 'no_stream', existing: 2, succeeds: false, actual: 1n }],
        ['stream_exists, on an existing stream', { expected: 'stream_exists', existing: 1, succeeds: true }],
        ['stream_exists, on a new stream', { expected: 'stream_exists', existing: 0, succeeds: false, actual: 'no_stream' }],
        ['exact revision, when the stream is at it', { expected: 2n, existing: 3, succeeds: true }],
        ['exact revision, when the stream has moved on', { expected: 1n, existing: 3, succeeds: false, actual: 2n }],
        ['exact revision, when the stream is behind it', { expected: 4n, existing: 3, succeeds: false, actual: 2n }],
        ['exact revision 0, on a new stream', { expected: 0n, existing: 0, succeeds: false, actual: 'no_stream' }],
      ];

      it.each(cases)('%s', async (_label, c) => {
        const streamId = newStreamId();
        if (c.existing > 0)
          await store.appendToStream(
            streamId,
            Array.from({ length: c.existing }, () => anEvent()),
            'no_stream',
          );
        const attempt = store.appendToStream(streamId, [anEvent('Attempted.v1')], c.expected);

        if (c.succeeds) {
          await expect(attempt).resolves.toMatchObject({ nextExpectedRevision: BigInt(c.existing) });
          expect(await store.readStream(streamId)).toHaveLength(c.existing + 1);
        } else {
          await expectConcurrencyError(attempt, streamId, c.expected, c.actual!);
          expect(await store.readStream(streamId)).toHaveLength(c.existing);
        }
      });

      it('lets exactly one of several concurrent appends with the same expected revision win', async () => {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent('Opened.v1')], 'no_stream');

        const outcomes = await Promise.allSettled(
          Array.from({ length: 5 }, (_, i) => store.appendToStream(streamId, [anEvent(`Racer${i}.v1`)], 0n)),
        );

        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(4);
        for (const o of lost) {
          expect(o.reason).toBeInstanceOf(ConcurrencyError);
          expect(o.reason).toMatchObject({ streamId, expected: 0n, actual: 1n });
        }
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('lets exactly one of several concurrent creations of a stream win', async () => {
        const streamId = newStreamId();

        const outcomes = await Promise.allSettled(
          Array.from({ length: 4 }, () => store.appendToStream(streamId, [anEvent('Created.v1')], 'no_stream')),
        );

        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
          expect(o.reason).toBeInstanceOf(ConcurrencyError);
          expect(o.reason).toMatchObject({ streamId, expected: 'no_stream', actual: 0n });
        }
        expect(await store.readStream(streamId)).toHaveLength(1);
      });
    });

    describe('reading a stream', () => {
      it('reads an unknown stream as empty, in either direction', async () => {
        const streamId = newStreamId('never-written');
        expect(await store.readStream(streamId)).toEqual([]);
        expect(await store.readStream(streamId, { direction: 'backwards' })).toEqual([]);
        expect(await store.readStream(streamId, { fromRevision: 3n, maxCount: 2 })).toEqual([]);
      });

      it('reads forwards from a revision, and pages with maxCount', async () => {
        const streamId = await streamOfFive();

        expect(revisions(await store.readStream(streamId))).toEqual([0n, 1n, 2n, 3n, 4n]);
        expect(revisions(await store.readStream(streamId, { fromRevision: 3n }))).toEqual([3n, 4n]);
        expect(revisions(await store.readStream(streamId, { fromRevision: 5n }))).toEqual([]);
        expect(revisions(await store.readStream(streamId, { direction: 'forwards', fromRevision: 1n, maxCount: 3 }))).toEqual([1n, 2n, 3n]);

        const pages: bigint[][] = [];
        for (let from = 0n; ;) {
          guardPaging(pages.length);
          const page = await store.readStream(streamId, { fromRevision: from, maxCount: 2 });
          if (page.length === 0) break;
          pages.push(revisions(page));
          from = page[page.length - 1].revision + 1n;
        }
        expect(pages).toEqual([[0n, 1n], [2n, 3n], [4n]]);
      });

      it('reads backwards from the end or from a revision, and pages with maxCount', async () => {
        const streamId = await streamOfFive();

        expect(revisions(await store.readStream(streamId, { direction: 'backwards' }))).toEqual([4n, 3n, 2n, 1n, 0n]);
        expect(revisions(await store.readStream(streamId, { direction: 'backwards', maxCount: 1 }))).toEqual([4n]);
        expect(revisions(await store.readStream(streamId, { direction: 'backwards', fromRevision: 3n, maxCount: 2 }))).toEqual([3n, 2n]);
        expect(revisions(await store.readStream(streamId, { direction: 'backwards', fromRevision: 0n }))).toEqual([0n]);

        const pages: bigint[][] = [];
        for (let from: bigint | undefined; ;) {
          guardPaging(pages.length);
          const page = await store.readStream(streamId, { direction: 'backwards', fromRevision: from, maxCount: 2 });
          if (page.length === 0) break;
          pages.push(revisions(page));
          from = page[page.length - 1].revision - 1n;
          if (from < 0n) break;
        }
        expect(pages).toEqual([[4n, 3n], [2n, 1n], [0n]]);
      });

      async function streamOfFive(): Promise<string> {
        const streamId = newStreamId();
        await store.appendToStream(streamId, [anEvent(), anEvent(), anEvent()], 'no_stream');
        await store.appendToStream(streamId, [anEvent(), anEvent()], 2n);
        return streamId;
      }
    });

    describe('reading all streams', () => {
      it('returns the events of all streams in the order they were recorded, with strictly increasing positions', async () => {
        const { head, streams, expectedIds } = await interleaved();

        const all = await store.readAll({ after: head });

        expectStrictlyIncreasing(all.map((r) => r.position));
        expect(ofStreams(all, streams).map((r) => r.id)).toEqual(expectedIds);
        if (head !== undefined) expect(all.every((r) => r.position > head)).toBe(true);
      });

      it('treats `after` as exclusive', async () => {
        const { head, streams, expectedIds } = await interleaved();
        const ours = ofStreams(await store.readAll({ after: head }), streams);

        const afterSecond = ofStreams(await store.readAll({ after: ours[1].position }), streams);
        expect(afterSecond.map((r) => r.id)).toEqual(expectedIds.slice(2));
        expect(ofStreams(await store.readAll({ after: ours[ours.length - 1].position }), streams)).toEqual([]);
      });

      it('pages with maxCount, each page starting strictly after the last one ended', async () => {
        const { head, streams, expectedIds } = await interleaved();

        const seen: RecordedEvent[] = [];
        for (let after = head, pages = 0; ; pages++) {
          guardPaging(pages);
          const page = await store.readAll({ after, maxCount: 2 });
          expect(page.length).toBeLessThanOrEqual(2);
          if (page.length === 0) break;
          seen.push(...page);
          after = page[page.length - 1].position;
        }
        expectStrictlyIncreasing(seen.map((r) => r.position));
        expect(ofStreams(seen, streams).map((r) => r.id)).toEqual(expectedIds);
        expect(await store.readAll({ after: head, maxCount: 0 })).toEqual([]);
      });

      it('reads the same events through readAll as through readStream', async () => {
        const { head, streams } = await interleaved();

        const viaAll = ofStreams(await store.readAll({ after: head }), [streams[0]]);
        expect(viaAll).toEqual(await store.readStream(streams[0]));
      });

      /** Two streams written in turns: a1 | b1 b2 | a2 a3, after the head seen first. */
      async function interleaved() {
        const head = (await store.headPosition()) ?? undefined;
        const a = newStreamId('a');
        const b = newStreamId('b');
        const a1 = anEvent('A1.v1');
        const [b1, b2] = [anEvent('B1.v1'), anEvent('B2.v1')];
        const [a2, a3] = [anEvent('A2.v1'), anEvent('A3.v1')];
        await store.appendToStream(a, [a1], 'no_stream');
        await store.appendToStream(b, [b1, b2], 'no_stream');
        await store.appendToStream(a, [a2, a3], 0n);
        return { head, streams: [a, b], expectedIds: [a1, b1, b2, a2, a3].map((e) => e.id) };
      }
    });

    describe('event ids', () => {
      it('does not record a retried append twice', async () => {
        const streamId = newStreamId();
        const batch = [anEvent('Once.v1'), anEvent('Twice.v1')];
        const first = await store.appendToStream(streamId, batch, 'no_stream');
        const head = await store.headPosition();

        // The same append again, as a client retrying after a lost reply would send it.
        const retry = await store.appendToStream(streamId, batch, 'no_stream').then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );

        // SQLite and in-memory refuse it; EventStoreDB answers it as already done.
        if ('result' in retry) expect(retry.result.nextExpectedRevision).toBe(first.nextExpectedRevision);
        else expect(retry.error).toBeInstanceOf(Error);
        expect((await store.readStream(streamId)).map((r) => r.id)).toEqual(batch.map((e) => e.id));
        expect(ofStreams(await store.readAll({ after: head ?? undefined }), [streamId])).toEqual([]);
      });

      if (uniqueAcrossStreams) {
        it('refuses an id already recorded, even when the expectation would allow the write', async () => {
          const streamId = newStreamId();
          const once = anEvent('Once.v1');
          await store.appendToStream(streamId, [once], 'no_stream');

          await expect(store.appendToStream(streamId, [once], 'any')).rejects.toThrow(DuplicateEventIdError);
          await expect(store.appendToStream(streamId, [anEvent('New.v1'), once], 0n)).rejects.toThrow(DuplicateEventIdError);

          expect((await store.readStream(streamId)).map((r) => r.id)).toEqual([once.id]);
        });

        it('refuses an id already recorded in another stream, writing none of that append', async () => {
          const first = newStreamId();
          const second = newStreamId();
          const taken = anEvent('Taken.v1');
          await store.appendToStream(first, [taken], 'no_stream');

          await expect(store.appendToStream(second, [anEvent('Fresh.v1'), { ...taken, type: 'Again.v1' }], 'any')).rejects.toThrow(
            DuplicateEventIdError,
          );

          expect(await store.readStream(second)).toEqual([]);
          expect(await store.readStream(first)).toHaveLength(1);
        });

        it('refuses an append that carries the same id twice', async () => {
          const streamId = newStreamId();
          const twice = anEvent('Twice.v1');

          await expect(store.appendToStream(streamId, [twice, { ...twice }], 'no_stream')).rejects.toThrow(DuplicateEventIdError);

          expect(await store.readStream(streamId)).toEqual([]);
        });
      }
    });

    describe('metadata and data', () => {
      it('round-trips every metadata field and the data exactly, through every read', async () => {
        const streamId = newStreamId();
        const metadata: EventMetadata = {
          actor: 'finance.officer@herts.police.uk',
          recordedAt: '2017-02-01T09:30:00.000Z',
          correlationId: randomUUID(),
          causationId: randomUUID(),
          schemaVersion: 3,
          reason: 'Precept approved by the Police and Crime Panel – 1.99% rise',
          idempotencyKey: 'key-1',
          requestHash: 'a1b2c3',
        };
        const data = {
          force: 'Hertfordshire',
          year: '2017/18',
          bandD: '160.47000',
          lines: [
            { name: 'Pay', amount: '48800000.00' },
            { name: 'Non-pay – “premises”', amount: '-1.5' },
          ],
          nested: { empty: {}, none: null, yes: true },
        };
        const plain = anEvent('PreceptApproved.v1');
        const withoutOptional: EventMetadata = { ...plain.metadata, causationId: null };
        const head = (await store.headPosition()) ?? undefined;
        const sub = collect(store, head);

        await store.appendToStream(
          streamId,
          [
            { id: randomUUID(), type: 'PreceptApproved.v1', data, metadata },
            { ...plain, metadata: withoutOptional },
          ],
          'no_stream',
        );

        const viaStream = await store.readStream(streamId);
        expect(viaStream.map((r) => [r.data, r.metadata])).toEqual([
          [data, metadata],
          [plain.data, withoutOptional],
        ]);
        expect(ofStreams(await store.readAll({ after: head }), [streamId])).toEqual(viaStream);
        await sub.waitFor((events) => ofStreams(events, [streamId]).length === 2);
        expect(ofStreams(sub.events, [streamId])).toEqual(viaStream);
        await sub.stop();
      });
    });

    describe('catch-up subscription', () => {
      it('from the start delivers the history, then live appends, in order', async () => {
        const streamId = newStreamId();
        const history = [anEvent('H1.v1'), anEvent('H2.v1')];
        await store.appendToStream(streamId, history, 'no_stream');
        const sub = collect(store, undefined);
        await sub.waitFor((events) => ofStreams(events, [streamId]).length === 2);

        const live = [anEvent('L1.v1'), anEvent('L2.v1')];
        await store.appendToStream(streamId, [live[0]], 1n);
        await store.appendToStream(streamId, [live[1]], 2n);
        await sub.waitFor((events) => ofStreams(events, [streamId]).length === 4);
        await sub.stop();

        expect(ofStreams(sub.events, [streamId]).map((r) => r.id)).toEqual([...history, ...live].map((e) => e.id));
        expectStrictlyIncreasing(sub.events.map((r) => r.position));
        expect(sub.maxInFlight).toBe(1);
      });

      it('from a checkpoint delivers only what came after it, then live appends', async () => {
        const a = newStreamId('a');
        const b = newStreamId('b');
        await store.appendToStream(a, [anEvent('A1.v1'), anEvent('A2.v1')], 'no_stream');
        const [, checkpointEvent] = await store.readStream(a);
        const b1 = anEvent('B1.v1');
        await store.appendToStream(b, [b1], 'no_stream');

        const sub = collect(store, checkpointEvent.position);
        await sub.waitFor((events) => ofStreams(events, [a, b]).length === 1);
        const live = anEvent('A3.v1');
        await store.appendToStream(a, [live], 1n);
        await sub.waitFor((events) => ofStreams(events, [a, b]).length === 2);
        await sub.stop();

        expect(ofStreams(sub.events, [a, b]).map((r) => r.id)).toEqual([b1.id, live.id]);
        expect(sub.events.every((r) => r.position > checkpointEvent.position)).toBe(true);
        expectStrictlyIncreasing(sub.events.map((r) => r.position));
      });

      it('delivers one event at a time: the next waits for the handler to finish', async () => {
        const streamId = newStreamId();
        const head = (await store.headPosition()) ?? undefined;
        const sub = collect(store, head, 15);

        await store.appendToStream(streamId, [anEvent(), anEvent(), anEvent()], 'no_stream');
        await store.appendToStream(streamId, [anEvent()], 2n);
        await sub.waitFor((events) => ofStreams(events, [streamId]).length === 4);
        await sub.stop();

        expect(sub.maxInFlight).toBe(1);
        expect(revisions(ofStreams(sub.events, [streamId]))).toEqual([0n, 1n, 2n, 3n]);
      });

      it('delivers nothing more once stop() has resolved', async () => {
        const streamId = newStreamId();
        const head = (await store.headPosition()) ?? undefined;
        const sub = collect(store, head);
        await store.appendToStream(streamId, [anEvent('Before.v1')], 'no_stream');
        await sub.waitFor((events) => ofStreams(events, [streamId]).length === 1);

        await sub.stop();
        await store.appendToStream(streamId, [anEvent('After.v1')], 0n);
        await pause(200);

        expect(ofStreams(sub.events, [streamId]).map((r) => r.type)).toEqual(['Before.v1']);
      });

      it('stops at a handler failure rather than skipping the event', async () => {
        const streamId = newStreamId();
        const head = (await store.headPosition()) ?? undefined;
        const seen: string[] = [];
        const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
          const sub = store.subscribeToAll({ after: head }, (event) => {
            if (event.streamId !== streamId) return;
            seen.push(event.type);
            if (event.type === 'Poison.v1') throw new Error('handler failed');
          });
          await store.appendToStream(streamId, [anEvent('Good.v1'), anEvent('Poison.v1'), anEvent('Later.v1')], 'no_stream');
          await eventually(() => seen.includes('Poison.v1'), 'the failing event to be delivered');
          await pause(200);
          await sub.stop();
        } finally {
          quiet.mockRestore();
        }

        expect(seen).toEqual(['Good.v1', 'Poison.v1']);
      });
    });

    describe('head position', () => {
      it('is the position of the newest event, and moves with each append', async () => {
        const before = await store.headPosition();
        const first = await store.appendToStream(newStreamId(), [anEvent(), anEvent()], 'no_stream');
        if (before !== null) expect(first.position).toBeGreaterThan(before);
        expect(await store.headPosition()).toBe(first.position);

        const second = await store.appendToStream(newStreamId(), [anEvent()], 'no_stream');
        expect(second.position).toBeGreaterThan(first.position);
        expect(await store.headPosition()).toBe(second.position);
      });
    });
  });
}

export function newStreamId(prefix = 'contract'): string {
  return `${prefix}-${randomUUID()}`;
}

export function anEvent(type = 'SomethingRecorded.v1', data: Record<string, unknown> = { note: randomUUID() }): EventToAppend {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: 'contract-test',
      recordedAt: '2016-04-01T00:00:00.000Z',
      correlationId: randomUUID(),
      causationId: null,
      schemaVersion: 1,
    },
  };
}

/** Only the events of the given streams, in the order given: a shared store holds others. */
export function ofStreams(events: RecordedEvent[], streams: string[]): RecordedEvent[] {
  return events.filter((e) => streams.includes(e.streamId));
}

/** A paging loop that never ends is a failure, not a hang. */
function guardPaging(pagesSoFar: number): void {
  if (pagesSoFar > 100) throw new Error('paging did not come to an end: a page repeats where the last one ended');
}

export function revisions(events: RecordedEvent[]): bigint[] {
  return events.map((e) => e.revision);
}

export function expectStrictlyIncreasing(values: bigint[]): void {
  for (let i = 1; i < values.length; i++) {
    if (!(values[i] > values[i - 1])) throw new Error(`positions not strictly increasing at ${i}: ${values[i - 1]} then ${values[i]}`);
  }
}

async function expectConcurrencyError(
  attempt: Promise<unknown>,
  streamId: string,
  expected: ExpectedRevision,
  actual: bigint | 'no_stream',
): Promise<void> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  expect(error).toMatchObject({ streamId, expected, actual, status: 409 });
}

/** A subscription that records what it is given; `slowMs` makes the handler take its time. */
export function collect(store: EventStore, after: bigint | undefined, slowMs = 0) {
  const events: RecordedEvent[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const subscription = store.subscribeToAll({ after }, async (event) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    if (slowMs > 0) await pause(slowMs);
    events.push(event);
    inFlight--;
  });
  return {
    events,
    get maxInFlight() {
      return state.maxInFlight;
    },
    waitFor: (done: (events: RecordedEvent[]) => boolean) => eventually(() => done(events), 'the subscription to deliver the events'),
    stop: () => subscription.stop(),
  };
}

export async function eventually(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(10);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
