import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
  type AppendExpectedRevision,
  type Position,
} from '@eventstore/db-client';
import { ConcurrencyError } from './concurrency.error';
import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from './event-store.port';
import { EventStoreDbCatchUpSubscription } from './eventstoredb-catch-up-subscription';
import {
  NO_POSITION,
  atPortPosition,
  comparePositions,
  isOurs,
  portPositionOf,
  toRecorded,
  type EventStoreDbClientLike,
} from './eventstoredb-records';

// How the port's one bigint position maps onto EventStoreDB's {commit, prepare}: see eventstoredb-records.ts.

/** How many $all records one read request asks for while paging. */
const READ_PAGE = 500;

/**
 * The EventStore port on EventStoreDB / KurrentDB (gRPC client). Chosen when a connection
 * string is configured; needs server 22.10 or later (stream reads carry $all positions), and
 * credentials that may read $all (an admin, or a server run with --insecure).
 * System events (types starting with "$") are never returned by readAll or subscriptions.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb';
  private readonly client: EventStoreDbClientLike;
  private readonly live = new Set<EventStoreDbCatchUpSubscription>();

  /** A connection string ("esdb://host:2113?tls=false"), or an already built client. */
  constructor(connection: string | EventStoreDbClientLike) {
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
  }

  async appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    try {
      const result = await this.client.appendToStream(
        streamId,
        // The port's UUID goes in as the event id, so a retried append is recognised by the server.
        events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata as unknown as Record<string, unknown> })),
        { expectedRevision: toAppendExpectedRevision(expectedRevision) },
      );
      const position =
        result.position && result.position.commit < NO_POSITION
          ? result.position.commit
          : await this.positionOfRevision(streamId, result.nextExpectedRevision);
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) throw new ConcurrencyError(streamId, expectedRevision, actualRevision(error));
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : START),
      ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    });
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of read) {
        if (resolved.event) out.push(toRecorded(resolved.event, portPositionOf(resolved)));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const wanted = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (wanted <= 0) return [];
    const out: RecordedEvent[] = [];
    // Everything at or before `floor` has been seen; the server's read includes its start.
    let floor: Position | undefined = options.after === undefined ? undefined : atPortPosition(options.after);
    for (;;) {
      let records = 0;
      let last: Position | undefined;
      const read = this.client.readAll({ direction: FORWARDS, fromPosition: floor ?? START, maxCount: READ_PAGE });
      try {
        for await (const resolved of read) {
          records++;
          const event = resolved.event;
          if (!event) continue;
          last = event.position;
          if (floor && comparePositions(event.position, floor) <= 0) continue;
          if (!isOurs(event)) continue;
          out.push(toRecorded(event, event.position.commit));
          if (out.length >= wanted) return out;
        }
      } finally {
        await read.cancel().catch(() => undefined); // ends the call when we stopped early; harmless when it ended
      }
      if (records < READ_PAGE || !last) return out;
      floor = last;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions, handler: EventHandler): Subscription {
    const sub: EventStoreDbCatchUpSubscription = new EventStoreDbCatchUpSubscription(this.client, options.after, handler, (error) => {
      this.live.delete(sub);
      console.error(JSON.stringify({ level: 'error', msg: 'subscription stopped', store: this.kind, error: String(error) }));
    });
    this.live.add(sub);
    return {
      stop: async () => {
        this.live.delete(sub);
        await sub.stop();
      },
    };
  }

  async headPosition(): Promise<bigint | null> {
    // Newest first, past any system events, until an application event turns up.
    let before: Position | undefined;
    for (;;) {
      let records = 0;
      let last: Position | undefined;
      const read = this.client.readAll({ direction: BACKWARDS, fromPosition: before ?? END, maxCount: READ_PAGE });
      try {
        for await (const resolved of read) {
          records++;
          const event = resolved.event;
          if (!event) continue;
          if (before && comparePositions(event.position, before) >= 0) continue;
          last = event.position;
          if (isOurs(event)) return event.position.commit;
        }
      } finally {
        await read.cancel().catch(() => undefined);
      }
      if (records < READ_PAGE || !last) return null;
      before = last;
    }
  }

  async close(): Promise<void> {
    const subs = [...this.live];
    this.live.clear();
    await Promise.all(subs.map((s) => s.stop()));
    await this.client.dispose();
  }

  /** Fallback for a server that answered an append without a position: where its last event lies. */
  private async positionOfRevision(streamId: string, revision: bigint): Promise<bigint> {
    const [event] = await this.readStream(streamId, { direction: 'backwards', fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`EventStoreDB accepted an append to ${streamId} but its event at revision ${revision} cannot be read back`);
    return event.position;
  }
}
function toAppendExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  // The port's names are the client's constants ("any", "no_stream", "stream_exists") or a revision.
  return expected;
}

/** The stream's revision from the server's refusal; older servers say "none" as -1. */
function actualRevision(error: WrongExpectedVersionError): bigint | 'no_stream' {
  const actual = error.actualVersion;
  return typeof actual === 'bigint' && actual >= 0n ? actual : 'no_stream';
}
