import Database from 'better-sqlite3';
import { preparePrivateSqliteFile } from '../storage/private-files';
import { SubscriptionHub } from './catch-up-subscription';
import { checkExpectedRevision, ConcurrencyError, DuplicateEventIdError } from './concurrency.error';
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
import type { EventToFold, EventToFoldAt, FoldFeed, ImmediateReads } from './immediate-reads';

/**
 * Schema migrations, applied in order on open; `schema_version` remembers how far a file got.
 * Add a new entry to change the schema – never edit an applied one.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE events (
     position    INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused, even after a delete
     event_id    TEXT    NOT NULL UNIQUE,
     stream_id   TEXT    NOT NULL,
     revision    INTEGER NOT NULL,
     type        TEXT    NOT NULL,
     data        TEXT    NOT NULL,
     metadata    TEXT    NOT NULL,
     recorded_at TEXT    NOT NULL,
     UNIQUE (stream_id, revision)
   );
   CREATE INDEX events_recorded_at ON events (recorded_at);`,
];

interface EventRow {
  position: bigint;
  event_id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

/** A row of readStreamUpTo (raw): what folding an event needs, in the SELECT's order. */
type FoldRow = [id: string, type: string, data: string, revision: string, position: string, recordedAt: string];

/** A row of readAllToFold (raw): the same with the stream, and the position again as a number. */
type FeedRow = [...FoldRow, streamId: string, at: bigint];

/** An append waiting for the next group commit, and how to answer its caller. */
interface PendingAppend {
  streamId: string;
  events: EventToAppend[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

export interface SqliteEventStoreOptions {
  /** How often a waiting subscription looks for appends made by another process. */
  pollMs?: number;
  /** Released when the store closes (see store-lock.ts). */
  lock?: { release(): void };
}

/**
 * The embedded event store: one SQLite file. WAL with synchronous=FULL, so an append that
 * returned is on disk and survives a power cut; appends run in an IMMEDIATE transaction, so
 * the expected-revision check and the insert are one atomic step and a half-written append
 * cannot exist.
 *
 * Group commit: appends asked for in the same turn of the event loop (concurrent writers, while
 * the previous commit held the thread) are committed together in one IMMEDIATE transaction, one
 * fsync for all of them. Each append is its own savepoint inside it, with its own expected-revision
 * check, in the order they were asked for: one that fails rolls back alone and its caller gets its
 * error, the others are committed. No caller hears of success before the commit is on disk.
 */
export class SqliteEventStore implements EventStore, ImmediateReads, FoldFeed {
  readonly kind = 'sqlite';
  readonly consecutivePositions = true;
  private readonly db: Database.Database;
  private readonly hub = new SubscriptionHub();
  private readonly pollMs: number;
  private readonly lock?: { release(): void };
  private readonly statements;
  private readonly appendTx: Database.Transaction<(streamId: string, events: EventToAppend[], expected: ExpectedRevision) => AppendResult>;
  private readonly groupTx: Database.Transaction<(group: PendingAppend[]) => ({ ok: AppendResult } | { error: unknown })[]>;
  private pending: PendingAppend[] = [];
  /**
   * Per stream, its newest event as this connection appended it – valid only while no other
   * connection (another process, or another store on the file) has committed since: SQLite's
   * data_version changes exactly then, and the whole map is forgotten. One entry per stream
   * written since start. Lets the command runner skip reading a stream's tail (knownUnchanged).
   */
  private readonly newest = new Map<string, { revision: bigint; id: string }>();
  private dataVersion: number;
  /**
   * The head position, kept as this store commits, while it holds the file's lock: then this
   * connection is the file's only writer and the head cannot move behind its back. Without the
   * lock (tools and tests opening a file directly) it is asked of SQLite every time. Cached
   * answers check the head on every request, and asking SQLite was 7 % of serving one.
   */
  private knownHead: bigint | null | undefined;

  constructor(
    readonly path: string,
    options: SqliteEventStoreOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.lock = options.lock;
    if (path !== ':memory:') preparePrivateSqliteFile(path);
    this.db = new Database(path);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('foreign_keys = ON');
      migrate(this.db);
    } catch (error) {
      this.db.close(); // a file that cannot be used is not held open
      throw error;
    }

    const s = {
      currentRevision: this.db
        .prepare('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1')
        .pluck()
        .safeIntegers(true),
      insert: this.db.prepare(
        'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      readForwards: this.db
        .prepare('SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?')
        .safeIntegers(true),
      readBackwards: this.db
        .prepare('SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?')
        .safeIntegers(true),
      readAll: this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?').safeIntegers(true),
      head: this.db.prepare('SELECT MAX(position) FROM events').pluck().safeIntegers(true),
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      // The (stream_id, revision) index holds the position (the rowid): no table read to filter on it.
      // Revision and position as text, as a fold's event reference has them; the time from its column, not the metadata.
      readStreamUpTo: this.db
        .prepare(
          `SELECT event_id, type, data, CAST(revision AS TEXT), CAST(position AS TEXT), recorded_at
           FROM events WHERE stream_id = ? AND revision > ? AND position <= ? ORDER BY revision ASC`,
        )
        .raw(true),
      // The same for every stream, in global order, for the fold feed (subscribeToFold).
      readAllToFold: this.db
        .prepare(
          `SELECT event_id, type, data, CAST(revision AS TEXT), CAST(position AS TEXT), recorded_at, stream_id, position
           FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`,
        )
        .raw(true)
        .safeIntegers(true),
      firstAfterTime: this.db
        .prepare('SELECT position FROM events WHERE recorded_at > ? ORDER BY recorded_at ASC, position ASC LIMIT 1')
        .pluck()
        .safeIntegers(true),
    };
    this.statements = s;
    this.dataVersion = s.dataVersion.get() as number;
    if (this.lock) this.knownHead = (s.head.get() as bigint | null) ?? null;

    this.appendTx = this.db.transaction((streamId: string, events: EventToAppend[], expected: ExpectedRevision): AppendResult => {
      const current = (s.currentRevision.get(streamId) as bigint | undefined) ?? null;
      checkExpectedRevision(streamId, expected, current);
      let revision = current ?? -1n;
      let position = 0n;
      for (const e of events) {
        revision += 1n;
        const info = s.insert.run(
          e.id,
          streamId,
          revision,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
          e.metadata.recordedAt,
        );
        position = BigInt(info.lastInsertRowid);
      }
      return { nextExpectedRevision: revision, position };
    });
    // Called inside this transaction, appendTx is a savepoint: a failed append rolls back alone.
    this.groupTx = this.db.transaction((group: PendingAppend[]) =>
      group.map((a) => {
        try {
          return { ok: this.appendTx(a.streamId, a.events, a.expected) };
        } catch (error) {
          return { error: this.translate(error, a.streamId, a.expected) };
        }
      }),
    );
  }

  async appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, events, expected: expectedRevision, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.commitPending());
    });
  }

  /** Commits every append asked for since the last commit, together (see the class comment). */
  private commitPending(): void {
    const group = this.pending;
    this.pending = [];
    if (group.length === 0) return;
    if (group.length === 1) {
      const [a] = group;
      let result: AppendResult;
      try {
        result = this.appendTx.immediate(a.streamId, a.events, a.expected);
      } catch (error) {
        a.reject(this.translate(error, a.streamId, a.expected));
        return;
      }
      this.noteNewest(a, result);
      this.noteHead(result.position);
      a.resolve(result);
      this.hub.notifyAll();
      return;
    }
    let outcomes: ({ ok: AppendResult } | { error: unknown })[];
    try {
      outcomes = this.groupTx.immediate(group);
    } catch (error) {
      for (const a of group) a.reject(error); // nothing of the group was committed
      return;
    }
    group.forEach((a, i) => {
      const outcome = outcomes[i];
      if ('ok' in outcome) {
        this.noteNewest(a, outcome.ok);
        this.noteHead(outcome.ok.position);
        a.resolve(outcome.ok);
      } else a.reject(outcome.error);
    });
    if (outcomes.some((o) => 'ok' in o)) this.hub.notifyAll();
  }

  private noteHead(position: bigint): void {
    if (this.knownHead !== undefined && (this.knownHead === null || position > this.knownHead)) this.knownHead = position;
  }

  private noteNewest(append: PendingAppend, result: AppendResult): void {
    this.newest.set(append.streamId, { revision: result.nextExpectedRevision, id: append.events[append.events.length - 1].id });
  }

  knownUnchanged(streamId: string, revision: bigint, eventId: string): boolean {
    const version = this.statements.dataVersion.get() as number;
    if (version !== this.dataVersion) {
      this.dataVersion = version; // another connection committed: what this one appended may be out of date
      this.newest.clear();
      return false;
    }
    const newest = this.newest.get(streamId);
    return newest !== undefined && newest.revision === revision && newest.id === eventId;
  }

  /** Turns a SQLite constraint failure into the port's own errors (the checks in code come first; these are the backstop). */
  private translate(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
    const e = error as { code?: string; message?: string };
    if (e?.code !== 'SQLITE_CONSTRAINT_UNIQUE') return error;
    if (e.message?.includes('events.event_id')) return new DuplicateEventIdError(streamId);
    const current = (this.statements.currentRevision.get(streamId) as bigint | undefined) ?? null;
    return new ConcurrencyError(streamId, expected, current ?? 'no_stream');
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? -1;
    const rows =
      options.direction === 'backwards'
        ? this.statements.readBackwards.all(streamId, options.fromRevision ?? 2n ** 62n, limit)
        : this.statements.readForwards.all(streamId, options.fromRevision ?? 0n, limit);
    return (rows as EventRow[]).map(toRecorded);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readAll.all(options.after ?? 0n, options.maxCount ?? -1) as EventRow[];
    return rows.map(toRecorded);
  }

  readStreamNow(streamId: string, afterRevision: bigint | null, upTo: bigint): EventToFold[] {
    const rows = this.statements.readStreamUpTo.all(streamId, afterRevision ?? -1n, upTo) as FoldRow[];
    return rows.map((row) => toFold(row, streamId));
  }

  positionAtTimeNow(time: string): bigint | null {
    const firstAfter = this.statements.firstAfterTime.get(time) as bigint | undefined;
    const last = firstAfter === undefined ? (this.statements.head.get() as bigint | null) : firstAfter - 1n;
    return last === null || last < 1n ? null : last;
  }

  subscribeToAll(options: SubscribeToAllOptions, handler: EventHandler): Subscription {
    return this.hub.open((o) => this.readAll(o), options.after, handler, this.pollMs);
  }

  subscribeToFold(options: SubscribeToAllOptions, handler: (event: EventToFoldAt) => void | Promise<void>): Subscription {
    return this.hub.open((o) => Promise.resolve(this.readAllToFold(o)), options.after, handler, this.pollMs);
  }

  private readAllToFold(options: ReadAllOptions): EventToFoldAt[] {
    const rows = this.statements.readAllToFold.all(options.after ?? 0n, options.maxCount ?? -1) as FeedRow[];
    return rows.map((row) => ({ ...toFold(row, row[6]), position: row[7] }));
  }

  async headPosition(): Promise<bigint | null> {
    if (this.knownHead !== undefined) return this.knownHead;
    return (this.statements.head.get() as bigint | null) ?? null;
  }

  async close(): Promise<void> {
    if (this.db.open) this.commitPending(); // appends already asked for are committed, not dropped
    await this.hub.stopAll();
    if (this.db.open) this.db.close();
    this.lock?.release();
  }
}

/** A row read for folding as a fold takes it: its reference as text, its data parsed, no metadata. */
function toFold([id, type, data, revision, position, recordedAt]: FoldRow | FeedRow, streamId: string): EventToFold {
  return { ref: { id, streamId, revision, position, recordedAt, type }, data: JSON.parse(data) as Record<string, unknown> };
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    revision: row.revision,
    position: row.position,
  };
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const from = row?.version ?? 0;
  if (from > MIGRATIONS.length) {
    throw new Error(
      `The event store at this path has schema version ${from}, newer than this service knows (${MIGRATIONS.length}). Upgrade the service.`,
    );
  }
  db.transaction(() => {
    for (let v = from; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    if (row) db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
    else db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
  }).immediate();
}
