import type { EventStore, RecordedEvent } from './event-store.port';

/**
 * Reads an adapter answers at once, with no round trip: the embedded SQLite store and the
 * in-memory one. "As at" answers fold a stream's events after its last snapshot only when
 * something reads that stream's facts – inside a synchronous property read – so they need
 * reads that do not wait. EventStoreDB answers over the network and does not offer them.
 */
export interface ImmediateReads {
  /** The stream's events after revision `afterRevision` (all of them when null) up to and including position `upTo`, oldest first. */
  readStreamNow(streamId: string, afterRevision: bigint | null, upTo: bigint): RecordedEvent[];
  /**
   * The position of the last event before the first one recorded after `time` (ISO 8601), or
   * null if none was recorded by then. Events are recorded in time order (one writer, one clock).
   */
  positionAtTimeNow(time: string): bigint | null;
}

export function readsImmediately(store: EventStore): store is EventStore & ImmediateReads {
  const candidate = store as Partial<ImmediateReads>;
  return typeof candidate.readStreamNow === 'function' && typeof candidate.positionAtTimeNow === 'function';
}
