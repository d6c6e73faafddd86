import type { EventStoreConfig } from '../config/app-config';
import type { EventStore } from './event-store.port';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { SqliteEventStore } from './sqlite-event-store';

/** The adapter the configuration asks for: SQLite by default, EventStoreDB when a connection string is set. */
export function createEventStore(config: EventStoreConfig): EventStore {
  return config.kind === 'sqlite' ? new SqliteEventStore(config.path) : new EventStoreDbEventStore(config.connectionString);
}
