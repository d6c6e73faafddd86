import type { EventStoreDBClient, Position, ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, RecordedEvent } from './event-store.port';

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

/** Positions at or above this are the server's "no position" (-1 as an unsigned 64-bit). */
export const NO_POSITION = 2n ** 63n;

type EsdbRecordedEvent = NonNullable<ResolvedEvent['event']>;

/** The part of the EventStoreDB client this adapter uses; a test double can stand in for it. */
export type EventStoreDbClientLike = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

/** The $all position of the event at a port position (see the note above). */
export function atPortPosition(position: bigint): Position {
  return { commit: position, prepare: position };
}

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Events the port deals in: written by an application (not "$" system events) as JSON. */
export function isOurs(event: EsdbRecordedEvent): boolean {
  return !event.type.startsWith('$') && event.isJson;
}

export function portPositionOf(resolved: ResolvedEvent): bigint {
  const position = resolved.event?.position?.commit;
  if (position !== undefined && position < NO_POSITION) return position;
  if (resolved.commitPosition !== undefined && resolved.commitPosition < NO_POSITION) return resolved.commitPosition;
  throw new Error(
    `EventStoreDB returned event ${resolved.event?.id ?? '?'} without its $all position; this service needs EventStoreDB 22.10 or later (or KurrentDB)`,
  );
}

export function toRecorded(event: EsdbRecordedEvent, position: bigint): RecordedEvent {
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
