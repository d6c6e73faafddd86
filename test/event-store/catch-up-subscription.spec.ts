import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { anEvent, eventually, newStreamId, pause } from './contract/support';

describe('CatchUpSubscription', () => {
  it('delivers an append made while it was busy handling at once, not at the next poll', async () => {
    const store = new SqliteEventStore(':memory:', { pollMs: 60_000 });
    const streamId = newStreamId();
    const seen: RecordedEvent[] = [];
    let handling = false;
    const sub = store.subscribeToAll({}, async (event) => {
      handling = true;
      await pause(30);
      seen.push(event);
      handling = false;
    });
    try {
      await store.appendToStream(streamId, [anEvent('First.v1')], 'no_stream');
      await eventually(() => handling, 'the handler to start on the first event');
      await store.appendToStream(streamId, [anEvent('Second.v1')], 0n);

      await eventually(() => seen.length === 2, 'the second event, well before the 60 s poll', 2_000);
      expect(seen.map((e) => e.type)).toEqual(['First.v1', 'Second.v1']);
    } finally {
      await sub.stop();
      await store.close();
    }
  });
});
