/**
 * What a failure to open or use a SQLite file means for an operator. better-sqlite3 errors carry
 * a SQLite code (SQLITE_CORRUPT, SQLITE_NOTADB, ...); Node's file calls carry errno codes
 * (EACCES, ENOENT, ...).
 */
export type SqliteProblem = 'corrupt' | 'not_writable' | 'cannot_open' | 'disk_full' | 'other';

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function classifySqliteError(error: unknown): SqliteProblem {
  const code = errorCode(error) ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return 'not_writable';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST')
    return 'cannot_open';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full';
  return 'other';
}
