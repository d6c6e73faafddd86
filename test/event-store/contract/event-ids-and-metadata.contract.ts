import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError } from '../../../src/event-store/concurrency.error';
import type { EventMetadata, EventStore } from '../../../src/event-store/event-store.port';
import { newStreamId, anEvent, ofStreams, collect, type ContractLeg } from './support';

/** Event ids (a retried append, ids refused as duplicates) and what is stored beside the data. */
export function eventIdsAndMetadataContract(leg: ContractLeg): void {
  let store: EventStore;
  beforeEach(() => {
    store = leg.store();
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

    if (leg.uniqueAcrossStreams) {
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
}
