/**
 * The EventStore port: the one interface every adapter (SQLite, EventStoreDB, in-memory)
 * implements and the contract suite in test/event-store/ checks. Plain TypeScript.
 *
 * Revisions count a stream's events from 0. Positions order all events of all streams
 * (the "$all" order). Both are bigint because EventStoreDB's are; they never reach
 * JSON.stringify as bigint – use toJson helpers at the edge.
 */

/** What an append expects the stream to be at; a mismatch writes nothing. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

/** Metadata every recorded event carries (the audit trail). */
export interface EventMetadata {
  /** Who made the change: a token subject, or "system" for reference data and the example. */
  actor: string;
  /** ISO-8601 time the service recorded the event (from the injected clock). */
  recordedAt: string;
  /** Ties together everything one request caused. */
  correlationId: string;
  /** The event or request that directly caused this one, if any. */
  causationId: string | null;
  /** Version of the event's data shape; `upcast` (event-sourcing/upcasters.ts) lifts older versions on read. */
  schemaVersion: number;
  /** Why, in the user's words, when they gave a reason. */
  reason?: string;
  /** The Idempotency-Key of the write that recorded the event, if one was sent. */
  idempotencyKey?: string;
  /** Fingerprint of the request body, so a key reused for a different request is caught. */
  requestHash?: string;
}

export interface EventToAppend {
  /** UUID; unique across the store. */
  id: string;
  /** Stored event type name: explicit, stable, versioned ("force.registered.v1"). */
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

export interface RecordedEvent {
  id: string;
  streamId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  revision: bigint;
  position: bigint;
}

export interface AppendResult {
  /** Revision of the last event appended: the stream's revision now. */
  nextExpectedRevision: bigint;
  /** Global position of the last event appended. */
  position: bigint;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to start at the beginning. */
  after?: bigint;
  maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** The checkpoint: deliver events strictly after it. Omit to start at the beginning. */
  after?: bigint;
}

export type EventHandler = (event: RecordedEvent) => void | Promise<void>;

/** A live catch-up subscription; stop() resolves once no more events will be delivered. */
export interface Subscription {
  stop(): Promise<void>;
}

export interface EventStore {
  /** "sqlite", "eventstoredb" or "in-memory": shown by /health. */
  readonly kind: string;

  /**
   * True when the events of one append always get consecutive positions, so the position of each
   * can be counted back from the last: the command runner then records queued writes to one
   * stream in one append. (EventStoreDB's positions are log offsets: not so.)
   */
  readonly consecutivePositions?: boolean;

  /**
   * True only if the store knows, without reading, that the stream's newest event is still the
   * one of this id at this revision: nothing was appended to it since, by anyone. False means
   * "read the stream to find out", never "it changed". Optional: a store that cannot tell leaves
   * it out, and the command runner reads the stream's tail before every decision.
   */
  knownUnchanged?(streamId: string, revision: bigint, eventId: string): boolean;

  /** Atomic: all events are written or none. Throws ConcurrencyError on an unmet expectation. */
  appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult>;

  /** Events of one stream; an unknown stream reads as empty. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** Events of all streams in global order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** Catches up from the checkpoint, then keeps delivering new appends, in order, one at a time. */
  subscribeToAll(options: SubscribeToAllOptions, handler: EventHandler): Subscription;

  /** Position of the newest event in the store, or null when it is empty. */
  headPosition(): Promise<bigint | null>;

  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');

export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}
