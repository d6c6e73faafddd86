import { READ_SIDE } from '../../app/stream-folds';
import { SqliteEventStore } from '../../event-store/sqlite-event-store';
import { openProjectionStore } from '../../projections/open-projection-store';
import { factsRunner } from '../../projections/facts-runner';
import type { CliIo } from '../cli-io';
import { lockStore, storePaths } from '../store-paths';

/**
 * Throws the stored projections away and folds every event again, as the service does on start
 * after a change of folds – on the store directly, so only while no service runs on it.
 */
export async function rebuildProjections(io: CliIo, options: { dataDir?: string }): Promise<void> {
  const paths = storePaths(io, options.dataDir);
  const lock = lockStore(paths.events, 'rebuild the projections while a service uses the store');
  const events = new SqliteEventStore(paths.events, { lock });
  const store = openProjectionStore(paths.projections, ({ movedTo, reason }) =>
    io.err(`The projection store could not be used (${reason}); moved it aside to ${movedTo}.\n`),
  );
  try {
    const runner = factsRunner(events, store, READ_SIDE);
    const head = (await events.headPosition()) ?? 0n;
    const progress = io.progress('Rebuilding projections', Number(head));
    const timer = setInterval(() => progress.update(Number(runner.checkpoint ?? 0n)), 100);
    try {
      await runner.rebuild();
    } finally {
      clearInterval(timer);
    }
    progress.update(Number(runner.checkpoint ?? 0n));
    progress.stop();
    await runner.stop();
    io.out(`Rebuilt the projections in ${paths.projections} from ${head} event position(s) of ${paths.events}.\n`);
  } finally {
    store.close();
    await events.close();
  }
}
