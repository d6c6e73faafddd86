import { EventStoreStartupError } from './event-store-startup.error';

/** Each kind of failure to open the event store says what to do (the process test covers corrupt and wrong path end to end). */
describe('EventStoreStartupError', () => {
  const sqliteError = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each([
    [
      'a damaged file',
      sqliteError('database disk image is malformed', 'SQLITE_CORRUPT'),
      /restore it from your latest backup.*Do not delete it/,
    ],
    ['not a database', sqliteError('file is not a database', 'SQLITE_NOTADB'), /restore it from your latest backup/],
    ['a read-only file', sqliteError('attempt to write a readonly database', 'SQLITE_READONLY'), /owns the file and its folder.*read-only/],
    ['no permission', sqliteError("EACCES: permission denied, open '/data/events.db'", 'EACCES'), /owns the file and its folder/],
    ['a path that cannot be opened', sqliteError('unable to open database file', 'SQLITE_CANTOPEN'), /DATA_DIR or EVENT_STORE_PATH/],
    ['a full disk', sqliteError('database or disk is full', 'SQLITE_FULL'), /disk is full/],
  ])('names the file, the problem and what to do for %s', (_case, cause, advice) => {
    const error = new EventStoreStartupError('/data/events.db', cause);
    expect(error.message).toContain('The event store /data/events.db could not be opened');
    expect(error.message).toContain(`${cause.message} (${cause.code})`);
    expect(error.message).toMatch(advice);
    expect(error).toMatchObject({ name: 'EventStoreStartupError', path: '/data/events.db', code: cause.code, cause });
  });
});
