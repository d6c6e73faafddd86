import type { EventStore, SubscribeToAllOptions, Subscription } from './event-store.port';

/**
 * A stored event as folding it needs it: where it sits, as text (as a fold's event reference
 * carries it), its type, time and data. The rest of its metadata is not read: an "as at" answer
 * folds thousands of events, and parsing each one's metadata and making bigints of its revision
 * and position cost about a third of reading them.
 */
export interface EventToFold {
  ref: { id: string; streamId: string; revision: string; position: string; recordedAt: string; type: string };
  data: Record<string, unknown>;
}

/**
 * Reads an adapter answers at once, with no round trip: the embedded SQLite store and the
 * in-memory one. "As at" answers fold a stream's events after its last snapshot only when
 * something reads that stream's facts – inside a synchronous property read – so they need
 * reads that do not wait. EventStoreDB answers over the network and does not offer them.
 */
export interface ImmediateReads {
  /** The stream's events after revision `afterRevision` (all of them when null) up to and including position `upTo`, oldest first. */
  readStreamNow(streamId: string, afterRevision: bigint | null, upTo: bigint): EventToFold[];
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

/** An event as folding needs it (EventToFold), with its position as a number, to keep a checkpoint by. */
export interface EventToFoldAt extends EventToFold {
  position: bigint;
}

/**
 * A subscription delivering events as folding needs them, for stores that can read them so
 * more cheaply than whole (the embedded store: no metadata parsed, revision and position as
 * the text a fold's reference carries, straight from SQLite). The projection runner follows
 * the store through it when the store offers it, and through subscribeToAll otherwise; either
 * way it folds the same events in the same order. Reading whole events was about a fifth of a
 * rebuild from zero (parsing their metadata alone about a tenth).
 */
export interface FoldFeed {
  subscribeToFold(options: SubscribeToAllOptions, handler: (event: EventToFoldAt) => void | Promise<void>): Subscription;
}

export function feedsFolds(store: EventStore): store is EventStore & FoldFeed {
  return typeof (store as Partial<FoldFeed>).subscribeToFold === 'function';
}
