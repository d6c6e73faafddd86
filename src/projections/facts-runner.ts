import type { EventStore } from '../event-store/event-store.port';
import { readsImmediately } from '../event-store/immediate-reads';
import { ProjectionRunner } from './projection-runner';
import type { ProjectionRunnerOptions } from './projection-runner-options';
import type { ProjectionStore } from './projection-store';
import { StreamFactsProjection, type StreamFacts } from './stream-facts.projection';
import type { StreamFolds } from './stream-folds';
import { StreamSnapshots } from './stream-snapshots/stream-snapshots';

/**
 * The read side's runner, as the service, the CLI and the benchmarks make it: the stream facts
 * of the registered folds, with "as at" views built stream by stream where the event store
 * reads at once (SQLite, in memory), and from whole-state snapshots where it does not (EventStoreDB).
 */
export function factsRunner(
  events: EventStore,
  store: ProjectionStore,
  registry: StreamFolds,
  options: Omit<ProjectionRunnerOptions<StreamFacts>, 'partSnapshots'> & { streamSnapshotEvery?: number } = {},
): ProjectionRunner<StreamFacts> {
  const { streamSnapshotEvery, ...runnerOptions } = options;
  const projection = new StreamFactsProjection(registry.folds, registry.version);
  const partSnapshots = readsImmediately(events)
    ? new StreamSnapshots(store.streamSnapshots, events, projection, streamSnapshotEvery)
    : undefined;
  return new ProjectionRunner(events, store, projection, { ...runnerOptions, partSnapshots });
}
