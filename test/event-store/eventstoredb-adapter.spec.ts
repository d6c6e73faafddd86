import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError, jsonEvent } from '@eventstore/db-client';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb-event-store';
import { anEvent, eventually, newStreamId, ofStreams } from './contract/support';
import { eventStoreContract } from './event-store.contract';
import { FakeEventStoreDbClient } from './fake-eventstoredb-client';

/**
 * The EventStoreDB adapter's own logic – expectation and error mapping, $all positions, paging
 * past system events, subscriptions – under the full contract, against an in-process stand-in
 * for the server (see fake-eventstoredb-client.ts). The real-server leg is
 * eventstoredb.contract.spec.ts.
 */
eventStoreContract(
  'EventStoreDB adapter on a stand-in server',
  async () => new EventStoreDbEventStore(new FakeEventStoreDbClient().asClient()),
  undefined,
  {
    eventIdsUniqueAcrossStreams: false,
  },
);

describe('EventStoreDbEventStore', () => {
  let server: FakeEventStoreDbClient;
  let store: EventStoreDbEventStore;

  beforeEach(() => {
    server = new FakeEventStoreDbClient();
    store = new EventStoreDbEventStore(server.asClient());
  });

  afterEach(async () => {
    await store.close();
  });

  it('leaves system events and non-JSON events out of readAll and headPosition', async () => {
    const all = await store.readAll();
    expect(all.map((e) => e.streamId)).toEqual(['someone-elses-stream']);
    expect(await store.headPosition()).toBe(all[0].position);
  });

  it('gives stream reads the same position as $all reads (the commit position)', async () => {
    const streamId = newStreamId();
    await store.appendToStream(streamId, [anEvent(), anEvent(), anEvent()], 'no_stream');

    expect(await store.readStream(streamId)).toEqual(ofStreams(await store.readAll(), [streamId]));
  });

  it('pages readAll through more system events than one server read returns', async () => {
    const streamId = newStreamId();
    for (let i = 0; i < 600; i++) await server.appendToStream('$stats-node', jsonEvent({ type: '$statsCollected', data: { i } }));
    const head = (await store.headPosition()) ?? undefined;
    await store.appendToStream(streamId, [anEvent('AfterNoise.v1')], 'no_stream');
    for (let i = 0; i < 600; i++) await server.appendToStream('$stats-node', jsonEvent({ type: '$statsCollected', data: { i } }));

    expect((await store.readAll({ after: head })).map((e) => e.type)).toEqual(['AfterNoise.v1']);
    expect(await store.headPosition()).toBe((await store.readStream(streamId))[0].position);
  });

  it("maps an older server's refusal, which gives a missing stream's revision as -1, to no_stream", async () => {
    const streamId = newStreamId();
    const refusing = new EventStoreDbEventStore({
      ...server.asClient(),
      appendToStream: async () => {
        throw new WrongExpectedVersionError(undefined, { streamName: streamId, expected: 3n, current: -1n });
      },
    });

    const refusal = await refusing.appendToStream(streamId, [anEvent()], 3n).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConcurrencyError);
    expect(refusal).toMatchObject({ streamId, expected: 3n, actual: 'no_stream' });
  });

  it('resubscribes from the last delivered event when the connection drops, skipping and repeating nothing', async () => {
    const streamId = newStreamId();
    const seen: RecordedEvent[] = [];
    const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const sub = store.subscribeToAll({}, (event) => {
        if (event.streamId === streamId) seen.push(event);
      });
      await store.appendToStream(streamId, [anEvent(), anEvent()], 'no_stream');
      await eventually(() => seen.length === 2, 'the first two events');

      server.dropConnections();
      await store.appendToStream(streamId, [anEvent(), anEvent()], 1n);
      await eventually(() => seen.length === 4, 'the events after the drop');
      await sub.stop();
      expect(quiet).toHaveBeenCalledWith(expect.stringContaining('resubscribing'));
    } finally {
      quiet.mockRestore();
    }

    expect(seen.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
  });

  it('stops its subscriptions and disposes the client on close', async () => {
    store.subscribeToAll({}, () => undefined);
    store.subscribeToAll({ after: 0n }, () => undefined);
    await eventually(() => server.liveSubscriptionCount === 2, 'both subscriptions to open');

    await store.close();

    expect(server.liveSubscriptionCount).toBe(0);
    expect(server.disposed).toBe(true);
    store = new EventStoreDbEventStore(new FakeEventStoreDbClient().asClient());
  });

  it('passes the port event id to the server as the event id', async () => {
    const streamId = newStreamId();
    const id = randomUUID();
    await store.appendToStream(streamId, [{ ...anEvent(), id }], 'no_stream');

    const raw = [];
    for await (const resolved of server.readStream(streamId)) raw.push(resolved);
    expect(raw.map((r) => r.event.id)).toEqual([id]);
  });
});
