import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type CliIo } from '../cli-io';
import { lockStore, storePaths } from '../store-paths';
import { copyDatabase, describeStore } from './backup';

/**
 * `cfm restore <file>`: puts a backup in place of the configured event store. Holds the store's
 * lock while it works, so it refuses (naming the process) while a service runs on the store,
 * and no service can start on a half-restored file. A store that holds events is replaced only
 * with --force, and is moved aside, not deleted; the projections are deleted (they were folded
 * from the old events) and are rebuilt on the next start.
 */
export async function restoreStore(io: CliIo, file: string, options: { dataDir?: string; force?: boolean }): Promise<void> {
  const paths = storePaths(io, options.dataDir);
  const source = resolve(file);
  if (!existsSync(source)) throw new CliError(`There is no backup at ${source}.`);
  const backup = describeStore(source);
  const lock = lockStore(paths.events, `restore over ${paths.events}`);
  try {
    const movedTo = moveAsideExisting(paths.events, options.force === true);
    for (const suffix of ['', '-wal', '-shm']) rmSync(paths.projections + suffix, { force: true });
    await copyDatabase(source, paths.events, io.progress, 'Restoring');
    chmodSync(paths.events, 0o600);
    const restored = describeStore(paths.events);
    if (restored.events !== backup.events || restored.head !== backup.head) {
      throw new CliError(`The restored store holds ${restored.events} events, the backup ${backup.events}: restore again.`);
    }
    io.out(
      `Restored ${restored.events} events (up to position ${restored.head ?? 'none'}) from ${source} to ${paths.events}` +
        `${movedTo ? `; the store it replaced is kept as ${movedTo}` : ''}. The projections are rebuilt on the next start.\n`,
    );
  } finally {
    lock.release();
  }
}

function moveAsideExisting(path: string, force: boolean): string | null {
  if (!existsSync(path)) return null;
  const { events } = describeStore(path);
  if (events > 0 && !force) {
    throw new CliError(`${path} holds ${events} events; add --force to replace it (it is moved aside, not deleted).`);
  }
  const movedTo = `${path}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  }
  return movedTo;
}
