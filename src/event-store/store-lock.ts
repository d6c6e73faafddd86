import Database from 'better-sqlite3';
import { preparePrivateSqliteFile } from '../storage/private-files';

/**
 * One process per SQLite event store. Two processes on one file each keep their own read side
 * and their own turn-taking per stream, so their writes race each other for no reason.
 *
 * The lock is an operating-system lock, not a pid in a file: SQLite's own POSIX lock on a small
 * companion database (`events.db.lock`), held for the life of the process by a transaction that
 * is never finished. The kernel drops it when the process ends however it ends (kill -9, power
 * cut, container restart), so a stale lock cannot exist and no pid has to be judged alive or
 * reused. The holder's pid and start time are written in the file for the message a second
 * process prints.
 */
export interface StoreLock {
  readonly path: string;
  release(): void;
}

interface Holder {
  pid: number;
  started_at: string;
}

/** A second process (or a second store in this one) tried to open a store that is in use. */
export class StoreLockedError extends Error {
  constructor(
    readonly storePath: string,
    readonly lockPath: string,
    readonly holder: Holder | null,
  ) {
    const who = holder ? `process ${holder.pid} (running since ${holder.started_at})` : 'another process';
    super(
      `The event store ${storePath} is already in use by ${who}: only one service process may use a SQLite store. ` +
        `Stop that process first, or give this one its own DATA_DIR (lock: ${lockPath}).`,
    );
    this.name = 'StoreLockedError';
  }
}

/** Takes the lock for the SQLite store at `storePath`, or throws StoreLockedError naming the holder. */
export function acquireStoreLock(storePath: string): StoreLock {
  const path = `${storePath}.lock`;
  preparePrivateSqliteFile(path);
  // A short wait covers two processes creating the lock file at the same moment.
  const db = new Database(path, { timeout: 500 });
  try {
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, started_at TEXT NOT NULL)');
    if (!tryBeginImmediate(db)) throw new StoreLockedError(storePath, path, readHolder(db));
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder (pid, started_at) VALUES (?, ?)').run(
      process.pid,
      new Date(Date.now() - process.uptime() * 1000).toISOString(),
    );
    db.exec('COMMIT');
    // Held from here on: other connections may read the holder row but never begin a write.
    if (!tryBeginImmediate(db)) throw new StoreLockedError(storePath, path, readHolder(db));
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    path,
    release: () => {
      if (!db.open) return;
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}

function tryBeginImmediate(db: Database.Database): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

function readHolder(db: Database.Database): Holder | null {
  try {
    return (db.prepare('SELECT pid, started_at FROM holder').get() as Holder | undefined) ?? null;
  } catch {
    return null;
  }
}
