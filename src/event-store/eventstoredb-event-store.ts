import {
  AccessDeniedError,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamSubscription,
  type AppendExpectedRevision,
  type Position,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { ConcurrencyError } from './concurrency.error';
import type {
  AppendResult,
  EventHandler,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
} from './event-store.port';

/*
 * Positions. EventStoreDB orders $all by a {commit, prepare} pair of transaction-log offsets;
 * the port has one bigint. The port's position is the COMMIT position, and reading "after p"
 * starts the server at {commit: p, prepare: p}. Why that is exact:
 *
 * - Every append through gRPC (the only way this client writes) is an implicit transaction:
 *   the server writes each event as its own prepare record flagged IsCommitted, and its $all
 *   reader reports each such event at {commit: logPosition, prepare: logPosition}
 *   (AllReader: `new CommitEventRecord(eventRecord, eventRecord.LogPosition)`); live
 *   subscription events carry the same (`EventCommitted(prepares[i].LogPosition, ...)`).
 *   So the events of ONE append do NOT share a commit position: each event has its own, and
 *   commit == prepare. The append's result position is that of its last event (the chaser's
 *   CommitAck carries the TransactionEnd record's LogPosition).
 * - Stream reads report commit = the event's log position too, but prepare = the start of
 *   its append (older servers) – so commit, not prepare, is the field that means the same
 *   thing on every kind of read.
 * - A forward read of $all from a position is inclusive of the event at that position
 *   (`TFPos(...) >= pos`), so readAll drops events at or before `after`; a subscription from
 *   a position is exclusive (`position <= _startPosition` is skipped), matching the port.
 *
 * Only legacy explicit transactions (TCP clients before v20) gave several events one commit
 * position; this service never writes them, and a shared server's foreign events are not
 * ones our projections fold.
 */

/** How many $all records one read request asks for while paging. */
const READ_PAGE = 500;
/** Positions at or above this are the server's "no position" (-1 as an unsigned 64-bit). */
const NO_POSITION = 2n ** 63n;
const RESUBSCRIBE_MIN_MS = 250;
const RESUBSCRIBE_MAX_MS = 30_000;

type EsdbRecordedEvent = NonNullable<ResolvedEvent['event']>;

/** The part of the EventStoreDB client this adapter uses; a test double can stand in for it. */
export type EventStoreDbClientLike = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

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

/**
 * Delivers $all from a checkpoint, one event at a time: the next event is not taken from the
 * stream until the handler's promise settles (for-await on the client's Readable gives that
 * backpressure). A handler error stops it and is reported; a dropped connection is resubscribed
 * from the last delivered position, so nothing is skipped or delivered twice.
 */
class EventStoreDbCatchUpSubscription {
  private stopped = false;
  private current: AllStreamSubscription | null = null;
  private wake: (() => void) | null = null;
  private readonly done: Promise<void>;

  constructor(
    private readonly client: EventStoreDbClientLike,
    private checkpoint: bigint | undefined,
    private readonly handler: EventHandler,
    private readonly onError: (error: unknown) => void,
  ) {
    this.done = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    const current = this.current;
    if (current) {
      await current.unsubscribe().catch(() => undefined);
      current.destroy();
    }
    await this.done;
  }

  private async run(): Promise<void> {
    let retryMs = RESUBSCRIBE_MIN_MS;
    while (!this.stopped) {
      let subscription: AllStreamSubscription | null = null;
      try {
        subscription = this.client.subscribeToAll({
          fromPosition: this.checkpoint === undefined ? START : atPortPosition(this.checkpoint),
          filter: excludeSystemEvents(),
        });
        this.current = subscription;
        for await (const resolved of subscription) {
          if (this.stopped) break;
          const event = resolved.event;
          if (!event || !isOurs(event)) continue;
          try {
            await this.handler(toRecorded(event, event.position.commit));
          } catch (error) {
            throw new HandlerFailed(error);
          }
          this.checkpoint = event.position.commit;
          retryMs = RESUBSCRIBE_MIN_MS;
        }
      } catch (error) {
        if (this.stopped) break;
        if (error instanceof HandlerFailed || error instanceof AccessDeniedError) {
          // Retrying cannot help: a handler that refuses an event, or credentials that may not read $all.
          this.stopped = true;
          this.onError(error instanceof HandlerFailed ? error.cause : error);
          break;
        }
        console.warn(
          JSON.stringify({
            level: 'warn',
            msg: 'subscription to $all dropped; resubscribing',
            after: this.checkpoint?.toString() ?? null,
            retryMs,
            error: String(error),
          }),
        );
      } finally {
        this.current = null;
        if (subscription) {
          await subscription.unsubscribe().catch(() => undefined);
          subscription.destroy();
        }
      }
      if (this.stopped) break;
      await this.sleep(retryMs);
      retryMs = Math.min(retryMs * 2, RESUBSCRIBE_MAX_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(), ms);
      const finish = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      this.wake = finish;
    });
  }
}

class HandlerFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('subscription handler failed');
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

/** The $all position of the event at a port position (see the note at the top). */
function atPortPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Events the port deals in: written by an application (not "$" system events) as JSON. */
function isOurs(event: EsdbRecordedEvent): boolean {
  return !event.type.startsWith('$') && event.isJson;
}

function portPositionOf(resolved: ResolvedEvent): bigint {
  const position = resolved.event?.position?.commit;
  if (position !== undefined && position < NO_POSITION) return position;
  if (resolved.commitPosition !== undefined && resolved.commitPosition < NO_POSITION) return resolved.commitPosition;
  throw new Error(
    `EventStoreDB returned event ${resolved.event?.id ?? '?'} without its $all position; this service needs EventStoreDB 22.10 or later (or KurrentDB)`,
  );
}

function toRecorded(event: EsdbRecordedEvent, position: bigint): RecordedEvent {
  if (!event.isJson) {
    throw new Error(`Event ${event.id} in stream ${event.streamId} is not JSON; this service records only JSON events`);
  }
  return {
    id: event.id,
    streamId: event.streamId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as unknown as EventMetadata,
    revision: event.revision,
    position,
  };
}
