import { ConcurrencyError } from '../../../src/event-store/concurrency.error';
import type { EventStore, ExpectedRevision } from '../../../src/event-store/event-store.port';
import { newStreamId, anEvent, ofStreams, expectStrictlyIncreasing, expectConcurrencyError, type ContractLeg } from './support';

/** Appending, and the expected revision an append is made against. */
export function appendingContract(leg: ContractLeg): void {
  let store: EventStore;
  beforeEach(() => {
    store = leg.store();
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
}
