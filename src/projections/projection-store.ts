import Database from 'better-sqlite3';
import { preparePrivateSqliteFile } from '../storage/private-files';
import { StreamSnapshotStore } from './stream-snapshots/stream-snapshot-store';

/** A checkpoint's state when the projection's parts hold it (part-snapshots.ts): never the start of JSON. */
export const STATE_IN_PARTS = 'in parts';

export interface StoredProjectionState {
  position: bigint;
  /** recordedAt of the event at `position`. */
  recordedAt: string;
  /** Never empty. */
  stateJson: string;
}

/**
 * Where projections keep their checkpoint together with their state (one row, written in one
 * statement, so they can never disagree) and a trail of snapshots for "as at" queries.
 * A separate SQLite file from the events: it can be deleted at any time and is rebuilt.
 */
export class ProjectionStore {
  private readonly db: Database.Database;
  private readonly s: ReturnType<ProjectionStore['prepare']>;
  /** Each stream's facts kept every so many of its events, for "as at" answers (stream-snapshots/). */
  readonly streamSnapshots: StreamSnapshotStore;

  constructor(readonly path: string) {
    if (path !== ':memory:') preparePrivateSqliteFile(path);
    this.db = new Database(path);
    try {
      this.s = this.prepare();
      this.streamSnapshots = new StreamSnapshotStore(this.db);
    } catch (error) {
      this.db.close(); // so a damaged file can be moved aside and replaced (open-projection-store.ts)
      throw error;
    }
  }

  private prepare() {
    // A damaged page would otherwise surface later, as a failed "as at" read or checkpoint write.
    const check = this.db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ProjectionStoreCorruptError(this.path, String(check));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL'); // derived data: a lost checkpoint only means a longer catch-up
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS projection_checkpoints (
        name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL, recorded_at TEXT NOT NULL, state TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS projection_snapshots (
        name TEXT NOT NULL, version INTEGER NOT NULL, position INTEGER NOT NULL, recorded_at TEXT NOT NULL, state TEXT NOT NULL,
        PRIMARY KEY (name, version, position));
      CREATE INDEX IF NOT EXISTS projection_snapshots_time ON projection_snapshots (name, version, recorded_at);`);
    return {
      // A checkpoint whose state is '' stands for the snapshot at its position (saveSnapshot with asCheckpoint).
      loadCheckpoint: this.db
        .prepare(
          `SELECT c.position, c.recorded_at, CASE WHEN c.state = '' THEN s.state ELSE c.state END AS state
           FROM projection_checkpoints c LEFT JOIN projection_snapshots s ON s.name = c.name AND s.version = c.version AND s.position = c.position
           WHERE c.name = ? AND c.version = ?`,
        )
        .safeIntegers(true),
      saveCheckpoint: this.db.prepare(
        `INSERT INTO projection_checkpoints (name, version, position, recorded_at, state) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position, recorded_at = excluded.recorded_at, state = excluded.state`,
      ),
      saveSnapshot: this.db.prepare(
        'INSERT OR REPLACE INTO projection_snapshots (name, version, position, recorded_at, state) VALUES (?, ?, ?, ?, ?)',
      ),
      snapshotAtOrBeforePosition: this.db
        .prepare(
          'SELECT position, recorded_at, state FROM projection_snapshots WHERE name = ? AND version = ? AND position <= ? ORDER BY position DESC LIMIT 1',
        )
        .safeIntegers(true),
      snapshotAtOrBeforeTime: this.db
        .prepare(
          'SELECT position, recorded_at, state FROM projection_snapshots WHERE name = ? AND version = ? AND recorded_at <= ? ORDER BY position DESC LIMIT 1',
        )
        .safeIntegers(true),
      clear: this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?'),
      clearSnapshots: this.db.prepare('DELETE FROM projection_snapshots WHERE name = ?'),
      clearOtherVersions: this.db.prepare('DELETE FROM projection_snapshots WHERE name = ? AND version <> ?'),
    };
  }

  loadCheckpoint(name: string, version: number): StoredProjectionState | null {
    return toStored(this.s.loadCheckpoint.get(name, version));
  }

  saveCheckpoint(name: string, version: number, value: StoredProjectionState): void {
    if (value.stateJson === '') throw new Error('A stored projection state is never empty: an empty checkpoint points at a snapshot');
    this.s.saveCheckpoint.run(name, version, value.position, value.recordedAt, value.stateJson);
  }

  /**
   * With `asCheckpoint`, the checkpoint is moved to the snapshot in the same transaction, as a
   * row that points at it: the state (tens of megabytes for a long history) is written once.
   */
  saveSnapshot(name: string, version: number, value: StoredProjectionState, options: { asCheckpoint?: boolean } = {}): void {
    if (!options.asCheckpoint) {
      this.s.saveSnapshot.run(name, version, value.position, value.recordedAt, value.stateJson);
      return;
    }
    this.db.transaction(() => {
      this.s.saveSnapshot.run(name, version, value.position, value.recordedAt, value.stateJson);
      this.s.saveCheckpoint.run(name, version, value.position, value.recordedAt, '');
    })();
  }

  snapshotAtOrBefore(name: string, version: number, at: { position: bigint } | { time: string }): StoredProjectionState | null {
    const row =
      'position' in at
        ? this.s.snapshotAtOrBeforePosition.get(name, version, at.position)
        : this.s.snapshotAtOrBeforeTime.get(name, version, at.time);
    return toStored(row);
  }

  /** Forget everything a projection stored (for a rebuild from zero). */
  reset(name: string): void {
    this.db.transaction(() => {
      this.s.clear.run(name);
      this.s.clearSnapshots.run(name);
      this.streamSnapshots.reset(name);
    })();
  }

  discardOtherVersions(name: string, version: number): void {
    this.s.clearOtherVersions.run(name, version);
    this.streamSnapshots.discardOtherVersions(name, version);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toStored(row: unknown): StoredProjectionState | null {
  const r = row as { position: bigint; recorded_at: string; state: string | null } | undefined;
  // A checkpoint pointing at a snapshot that is gone is no checkpoint.
  if (!r || r.state === null) return null;
  return { position: r.position, recordedAt: r.recorded_at, stateJson: r.state };
}

/** SQLite's own check found damage; the message is what quick_check reported first. */
class ProjectionStoreCorruptError extends Error {
  readonly code = 'SQLITE_CORRUPT';
  constructor(
    readonly path: string,
    found: string,
  ) {
    // quick_check lists problems over several lines; a log line keeps the first few.
    const summary = found
      .replace(/\*\*\* in database main \*\*\*/, '')
      .trim()
      .split(/\s*\n\s*/)
      .slice(0, 3)
      .join('; ');
    super(`its integrity check found damage: ${summary}`);
    this.name = 'ProjectionStoreCorruptError';
  }
}
