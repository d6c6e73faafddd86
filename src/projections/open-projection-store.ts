import { existsSync, renameSync } from 'node:fs';
import { classifySqliteError } from '../storage/sqlite-problem';
import { ProjectionStore } from './projection-store';

export interface MovedAside {
  path: string;
  /** Where the damaged file went (its -wal and -shm beside it, with the same suffix). */
  movedTo: string;
  reason: string;
}

/**
 * Opens the projection store; if it is damaged or not a database at all, moves it aside and
 * starts an empty one, which the projections fill again from the events. Derived data must
 * never stop the service: before this, a few overwritten pages made every restart exit 1 until
 * someone deleted the file by hand. The damaged file is kept, not deleted, for whoever wants
 * to look at what happened. Other failures (permissions, a full disk) are not the file's
 * fault and would follow a new file too: they are thrown.
 */
export function openProjectionStore(
  path: string,
  onMovedAside: (moved: MovedAside) => void,
  now: () => Date = () => new Date(),
): ProjectionStore {
  try {
    return new ProjectionStore(path);
  } catch (error) {
    if (path === ':memory:' || classifySqliteError(error) !== 'corrupt') throw error;
    const movedTo = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
    }
    onMovedAside({ path, movedTo, reason: error instanceof Error ? error.message : String(error) });
    return new ProjectionStore(path);
  }
}
