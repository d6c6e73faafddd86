import Database from 'better-sqlite3';
import type { EventToAppend } from '../../src/event-store/event-store.port';
import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';

/**
 * The baseline for the SQLite adapter: plain better-sqlite3 doing what the adapter does, with
 * nothing of the adapter's own – no port, no bigint revisions, no promises, no subscription
 * hub. Same file layout (the adapter creates the schema, then closes), same pragmas (WAL,
 * synchronous=FULL), one IMMEDIATE transaction per append holding the same expected-revision
 * query and the same INSERT, with data and metadata serialised by JSON.stringify; reads use the
 * adapter's readAll query and JSON.parse data and metadata.
 */
export class RawSqliteEvents {
  private readonly db: Database.Database;
  private readonly currentRevision: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly readPage: Database.Statement;
  private readonly appendTx: Database.Transaction<(streamId: string, events: EventToAppend[], expected: number) => number>;

  /** Opens (creating with the adapter's own schema if need be) the SQLite file at `path`. */
  static async open(path: string): Promise<RawSqliteEvents> {
    await new SqliteEventStore(path).close();
    return new RawSqliteEvents(path);
  }

  private constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.currentRevision = this.db.prepare('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').pluck();
    this.insert = this.db.prepare(
      'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.readPage = this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?');
    this.appendTx = this.db.transaction((streamId: string, events: EventToAppend[], expected: number) =>
      this.appendRows(streamId, events, expected),
    );
  }

  /** Appends atomically if the stream is at `expected` (-1: no stream yet); returns the new revision. */
  append(streamId: string, events: EventToAppend[], expected: number): number {
    return this.appendTx.immediate(streamId, events, expected);
  }

  /**
   * Fixture setup, not a measurement: writes a whole history in one transaction – the same
   * revision checks and INSERTs as append, so the rows are exactly what the adapter would
   * write – with one fsync instead of one per append.
   */
  load(appends: readonly { streamId: string; events: EventToAppend[] }[]): void {
    const revisions = new Map<string, number>();
    this.db
      .transaction(() => {
        for (const a of appends) revisions.set(a.streamId, this.appendRows(a.streamId, a.events, revisions.get(a.streamId) ?? -1));
      })
      .immediate();
  }

  private appendRows(streamId: string, events: EventToAppend[], expected: number): number {
    const current = (this.currentRevision.get(streamId) as number | undefined) ?? -1;
    if (current !== expected) throw new Error(`${streamId}: expected revision ${expected}, found ${current}`);
    let revision = current;
    for (const e of events) {
      revision += 1;
      this.insert.run(e.id, streamId, revision, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), e.metadata.recordedAt);
    }
    return revision;
  }

  /** Reads every event in global order, `pageSize` rows at a time, parsing data and metadata; `visit` sees each. */
  readAll(pageSize: number, visit: (row: RawEvent) => void): number {
    let after = 0;
    let count = 0;
    for (;;) {
      const rows = this.readPage.all(after, pageSize) as RawRow[];
      for (const row of rows) {
        visit({
          position: row.position,
          streamId: row.stream_id,
          revision: row.revision,
          type: row.type,
          data: JSON.parse(row.data),
          metadata: JSON.parse(row.metadata),
        });
        after = row.position;
      }
      count += rows.length;
      if (rows.length < pageSize) return count;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

interface RawRow {
  position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

export interface RawEvent {
  position: number;
  streamId: string;
  revision: number;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}
