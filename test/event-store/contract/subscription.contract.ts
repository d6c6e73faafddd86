import type { EventStore } from '../../../src/event-store/event-store.port';
import {
  newStreamId,
  anEvent,
  ofStreams,
  revisions,
  expectStrictlyIncreasing,
  collect,
  eventually,
  pause,
  type ContractLeg,
} from './support';

/** The catch-up subscription: history then live events, one at a time, stopping on a handler error. */
export function subscriptionContract(leg: ContractLeg): void {
  let store: EventStore;
  beforeEach(() => {
    store = leg.store();
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
}
