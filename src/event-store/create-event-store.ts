import type { EventStoreConfig } from '../config/app-config';
import { EventStoreStartupError } from './event-store-startup.error';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { SqliteEventStore } from './sqlite-event-store';
import { acquireStoreLock, StoreLockedError } from './store-lock';

/**
 * The adapter the configuration asks for: SQLite by default, EventStoreDB when a connection
 * string is set. A SQLite store is held by this process alone for its life (replicas share an
 * EventStoreDB instead), and a failure to open it says what to do.
 */
export function createEventStore(config: EventStoreConfig): EventStore {
  if (config.kind === 'eventstoredb') return new EventStoreDbEventStore(config.connectionString);
  let lock;
  try {
    lock = acquireStoreLock(config.path);
  } catch (error) {
    throw error instanceof StoreLockedError ? error : new EventStoreStartupError(config.path, error);
  }
  try {
    return new SqliteEventStore(config.path, { lock });
  } catch (error) {
    lock.release();
    throw new EventStoreStartupError(config.path, error);
  }
}
