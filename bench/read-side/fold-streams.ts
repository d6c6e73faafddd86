import type { EventStore } from '../../src/event-store/event-store.port';
import { toDomainEvent } from '../../src/event-sourcing/recorded-event';
import { StreamFactsProjection, type StreamFacts } from '../../src/projections/stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from '../../src/app/stream-folds';

const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);

/**
 * The baseline for answers read from warm projections: what a service without projections
 * does per request – read the streams the answer depends on from the store and fold each with
 * its decider's evolve (the same folds the projection uses), then compute the same answer.
 */
export async function foldStreams(store: EventStore, streamIds: readonly string[]): Promise<StreamFacts> {
  let facts = projection.initialState();
  for (const streamId of streamIds) {
    for (const recorded of await store.readStream(streamId)) {
      const { event, ref } = toDomainEvent(recorded);
      facts = projection.apply(facts, event, ref);
    }
  }
  return facts;
}
