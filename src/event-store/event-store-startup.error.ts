import { classifySqliteError, errorCode } from '../storage/sqlite-problem';

/** What to do about each kind of failure to open the SQLite event store. */
const ADVICE = {
  corrupt:
    'The file is damaged or is not a SQLite database. Stop the service and keep a copy of the file; the events cannot be rebuilt from anything else, so restore it from your latest backup (the sqlite3 shell\'s ".recover" command may salvage what is still readable). Do not delete it.',
  not_writable:
    'The service cannot write it: check that the user running the service owns the file and its folder, that they are writable, and that the disk is not mounted read-only.',
  cannot_open:
    'The path cannot be opened: check that DATA_DIR or EVENT_STORE_PATH names a folder the service may create and write, and that the path is not a folder itself.',
  disk_full: 'The disk is full: free some space and start the service again.',
  other: 'Check the message above; the file was left untouched.',
} as const;

/**
 * The SQLite event store could not be opened at start-up: the message names the file, what went
 * wrong and what to do, because the operator reading it has only the log.
 */
export class EventStoreStartupError extends Error {
  readonly code: string | undefined;
  readonly advice: string;

  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const advice = ADVICE[classifySqliteError(cause)];
    const reason = cause instanceof Error ? cause.message : String(cause);
    const code = errorCode(cause);
    super(`The event store ${path} could not be opened: ${reason}${code ? ` (${code})` : ''}. ${advice}`, { cause });
    this.name = 'EventStoreStartupError';
    this.code = code;
    this.advice = advice;
  }
}
