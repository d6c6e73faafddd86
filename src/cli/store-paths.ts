import { loadConfig } from '../config/app-config';
import { acquireStoreLock, StoreLockedError, type StoreLock } from '../event-store/store-lock';
import { CliError, type CliIo } from './cli-io';

export interface StorePaths {
  events: string;
  projections: string;
}

/** The SQLite files the service would use with this environment (DATA_DIR, EVENT_STORE_PATH, ...), or `--data-dir`. */
export function storePaths(io: CliIo, dataDir?: string): StorePaths {
  const config = loadConfig(
    dataDir ? { ...io.env, DATA_DIR: dataDir, EVENT_STORE_PATH: undefined, PROJECTION_STORE_PATH: undefined } : io.env,
  );
  if (config.eventStore.kind !== 'sqlite') {
    throw new CliError('This command works on a SQLite store; EVENTSTORE_CONNECTION_STRING points at an EventStoreDB (use its own tools).');
  }
  return { events: config.eventStore.path, projections: config.projectionStorePath };
}

/** The store's lock, as the service takes it: refused, naming the holder, while a service runs on the store. */
export function lockStore(eventsPath: string, doing: string): StoreLock {
  try {
    return acquireStoreLock(eventsPath);
  } catch (error) {
    if (error instanceof StoreLockedError) throw new CliError(`Refusing to ${doing}: ${error.message}`);
    throw error;
  }
}
