import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The data folder holds every financial decision and the key tokens are signed with: only the
 * service's own user may read it. Folders this creates are 0700 and files 0600, whatever the
 * umask. A folder that already exists is left as the operator made it (it may be a mount point
 * or a shared parent); our own files in it are tightened.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and any missing parents) readable by this user only. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Makes sure a SQLite file exists with mode 0600 before SQLite opens it, so the -wal and -shm
 * files SQLite creates beside it take the same mode (SQLite copies the database file's mode to
 * them). An existing file, and its -wal/-shm, are set to 0600 too (files of older versions were
 * 0644).
 */
export function preparePrivateSqliteFile(path: string): void {
  ensurePrivateDir(dirname(path));
  // 'a' creates without truncating: an existing database is left as it is.
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) tighten(file);
}

function tighten(file: string): void {
  try {
    chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    // Absent (no -wal yet) or owned by another user: SQLite reports a real problem when it opens.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EPERM') throw error;
  }
}
