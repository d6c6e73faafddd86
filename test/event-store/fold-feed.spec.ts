import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { feedsFolds, type EventToFoldAt } from '../../src/event-store/immediate-reads';
import { InMemoryEventStore } from '../../src/event-store/in-memory-event-store';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { toEventToFoldAt } from '../../src/event-sourcing/recorded-event';
import { anEvent, eventually } from './contract/support';

function at(time: string, type: string) {
  const event = anEvent(type);
  return {
    ...event,
    data: { note: `recorded ${time}`, amount: '12.50' },
    metadata: { ...event.metadata, recordedAt: time, actor: 'herts.finance' },
  };
}

/**
 * The embedded store's fold feed (immediate-reads.ts), which the projection runner follows
 * instead of subscribeToAll: the very events subscribeToAll delivers, in the same order, as
 * folding takes them – from a checkpoint, then live.
 */
describe('the SQLite fold feed', () => {
  let store: SqliteEventStore;

  beforeEach(async () => {
    store = new SqliteEventStore(':memory:', { pollMs: 60_000 });
    await store.appendToStream(
      'force-finance-herts',
      [at('2016-04-01T09:00:00.000Z', 'A.v1'), at('2016-04-02T09:00:00.000Z', 'B.v1')],
      'no_stream',
    );
    await store.appendToStream('alliance-bch', [at('2016-04-03T09:00:00.000Z', 'C.v1')], 'no_stream');
    await store.appendToStream('force-finance-herts', [at('2016-04-04T09:00:00.000Z', 'D.v1')], 1n);
  });
  afterEach(() => store.close());

  /** What each subscription delivers after `after` once `count` events have come, then stopped. */
  async function delivered(after: bigint | undefined, count: number, whileSubscribed: () => Promise<void> = async () => undefined) {
    const whole: RecordedEvent[] = [];
    const folded: EventToFoldAt[] = [];
    const all = store.subscribeToAll({ after }, (e) => void whole.push(e));
    const feed = store.subscribeToFold({ after }, (e) => void folded.push(e));
    await whileSubscribed();
    await eventually(() => whole.length === count && folded.length === count, `${count} events from both subscriptions`);
    await Promise.all([all.stop(), feed.stop()]);
    return { whole, folded };
  }

  it('is offered by the embedded store, not by the in-memory one (which folds through subscribeToAll)', () => {
    expect(feedsFolds(store)).toBe(true);
    expect(feedsFolds(new InMemoryEventStore())).toBe(false);
  });

  it('delivers every event subscribeToAll does, in order, as folding takes it', async () => {
    const { whole, folded } = await delivered(undefined, 4);

    expect(folded).toEqual(whole.map(toEventToFoldAt));
    expect(folded.map((e) => [e.ref.streamId, e.ref.type, e.ref.revision, e.ref.position, e.position, e.ref.recordedAt])).toEqual([
      ['force-finance-herts', 'A.v1', '0', '1', 1n, '2016-04-01T09:00:00.000Z'],
      ['force-finance-herts', 'B.v1', '1', '2', 2n, '2016-04-02T09:00:00.000Z'],
      ['alliance-bch', 'C.v1', '0', '3', 3n, '2016-04-03T09:00:00.000Z'],
      ['force-finance-herts', 'D.v1', '2', '4', 4n, '2016-04-04T09:00:00.000Z'],
    ]);
    expect(folded[0].data).toEqual({ note: 'recorded 2016-04-01T09:00:00.000Z', amount: '12.50' });
  });

  it('starts after its checkpoint and follows appends as they are made', async () => {
    const { whole, folded } = await delivered(2n, 3, () =>
      store.appendToStream('alliance-bch', [at('2016-04-05T09:00:00.000Z', 'E.v1')], 0n).then(() => undefined),
    );

    expect(folded.map((e) => e.ref.type)).toEqual(['C.v1', 'D.v1', 'E.v1']);
    expect(folded).toEqual(whole.map(toEventToFoldAt));
  });
});
