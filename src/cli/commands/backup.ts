import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type CliIo, type Progress } from '../cli-io';
import { storePaths } from '../store-paths';

/** What an event store file holds: for the sentence a backup or restore ends with. */
export function describeStore(path: string): { events: number; head: string | null } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError(`${path} is damaged (quick_check: ${String(check)}).`);
    const hasEvents = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    if (!hasEvents) throw new CliError(`${path} is not an event store (it has no events table).`);
    const events = Number(db.prepare('SELECT COUNT(*) FROM events').pluck().get());
    const head = db.prepare('SELECT MAX(position) FROM events').pluck().safeIntegers(true).get() as bigint | null;
    return { events, head: head === null ? null : head.toString() };
  } finally {
    db.close();
  }
}

/**
 * SQLite's online backup, page by page with progress. A consistent copy even of a store a
 * service is writing: when another connection writes between two steps, SQLite starts the copy
 * again, so the copy is always one moment of the store. After a few restarts the rest is copied
 * in one step, so a busy store cannot hold a backup off for ever.
 */
export async function copyDatabase(
  from: string,
  to: string,
  progress: (label: string, total: number) => Progress,
  label: string,
): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    const total = Number(source.pragma('page_count', { simple: true }));
    const bar = progress(label, total);
    const step = Math.max(64, Math.ceil(total / 50));
    let restarts = 0;
    let lastRemaining = Number.POSITIVE_INFINITY;
    await source.backup(to, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarts += 1;
        lastRemaining = remainingPages;
        bar.update(totalPages - remainingPages, totalPages);
        return restarts >= 3 ? 1_000_000_000 : step;
      },
    });
    bar.update(total, total);
    bar.stop();
  } finally {
    source.close();
  }
}

/** `cfm backup <file>`: a consistent copy of the (possibly live) event store. */
export async function backupStore(io: CliIo, file: string, options: { dataDir?: string; force?: boolean }): Promise<void> {
  const paths = storePaths(io, options.dataDir);
  const target = resolve(file);
  if (!existsSync(paths.events)) throw new CliError(`There is no event store at ${paths.events}.`);
  if (target === paths.events) throw new CliError('The backup must go to another file than the store itself.');
  if (existsSync(target) && !options.force) throw new CliError(`${target} exists; choose another file or add --force to replace it.`);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(target + suffix)) throw new CliError(`${target + suffix} exists beside the target; remove it first.`);
  }
  await copyDatabase(paths.events, target, io.progress, 'Backing up');
  chmodSync(target, 0o600); // it holds every decision, as the store does
  const { events, head } = describeStore(target);
  io.out(`Backed up ${events} events (up to position ${head ?? 'none'}) from ${paths.events} to ${target}.\n`);
}
