import { SqliteEventStore } from '../../src/event-store/sqlite-event-store';
import { factsRunner } from '../../src/projections/facts-runner';
import type { ProjectionRunner } from '../../src/projections/projection-runner';
import { ProjectionStore } from '../../src/projections/projection-store';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import { READ_SIDE } from '../../src/app/stream-folds';
import { RawSqliteEvents } from '../event-store/raw-sqlite-events';
import type { StoreHistory } from '../fixtures/store-history';

export interface ReadSide {
  /** The SQLite event store file holding the history. */
  path: string;
  store: SqliteEventStore;
  /** The service's projection runner (stream-facts, the real folds) on its own projections file. */
  runner: ProjectionRunner<StreamFacts>;
  close(): Promise<void>;
}

/** A SQLite store holding the history, and the service's projection runner over it (not started). */
export async function openReadSide(history: StoreHistory, file: (name: string) => string): Promise<ReadSide> {
  const path = file('history.db');
  const loader = await RawSqliteEvents.open(path);
  loader.load(history.appends);
  loader.close();
  const store = new SqliteEventStore(path);
  const projections = new ProjectionStore(file('projections.db'));
  // The service's runner, as the projections module makes it.
  const runner = factsRunner(store, projections, READ_SIDE);
  return {
    path,
    store,
    runner,
    close: async () => {
      await runner.stop();
      projections.close();
      await store.close();
    },
  };
}
