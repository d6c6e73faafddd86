import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../../event-store/event-store.port';

/** One row of the events table, as stored. */
interface EventRow {
  position: bigint;
  event_id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

/**
 * Checks one stored event on its own: its stream has no gap before it (revisions 0, 1, 2, ... in
 * the order of the global log) and its data and metadata parse as the service reads them.
 * Returns the event as the store would hand it out, or null when it cannot be read at all.
 */
export class EventChecks {
  private readonly nextRevision = new Map<string, bigint>();
  readonly problems: string[] = [];

  check(row: EventRow): RecordedEvent | null {
    const where = `event at position ${row.position} (${row.type}, stream ${row.stream_id}, revision ${row.revision})`;
    const expected = this.nextRevision.get(row.stream_id) ?? 0n;
    if (row.revision !== expected) {
      this.problems.push(
        row.revision > expected
          ? `stream ${row.stream_id} has a gap: revision ${row.revision} at position ${row.position} follows ${expected - 1n} (revision(s) ${expected} to ${row.revision - 1n} missing)`
          : `stream ${row.stream_id} repeats or reorders revision ${row.revision} at position ${row.position} (expected ${expected})`,
      );
    }
    this.nextRevision.set(row.stream_id, row.revision + 1n);
    const data = parse(row.data);
    const metadata = parse(row.metadata);
    if (!isObject(data)) this.problems.push(`${where}: its data does not parse as a JSON object`);
    if (!isObject(metadata) || typeof metadata.recordedAt !== 'string')
      this.problems.push(`${where}: its metadata does not parse as a JSON object with a recordedAt time`);
    if (!isObject(data) || !isObject(metadata)) return null;
    const event = {
      id: row.event_id,
      streamId: row.stream_id,
      type: row.type,
      data,
      metadata,
      revision: row.revision,
      position: row.position,
    };
    return event as unknown as RecordedEvent;
  }

  get streams(): number {
    return this.nextRevision.size;
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every event in global order, read in one read transaction (a consistent view of a live store). */
export function* eventsInOrder(db: Database.Database): Generator<EventRow> {
  yield* db
    .prepare('SELECT position, event_id, stream_id, revision, type, data, metadata FROM events ORDER BY position')
    .safeIntegers(true)
    .iterate() as IterableIterator<EventRow>;
}
