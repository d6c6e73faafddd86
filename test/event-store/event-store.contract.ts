import type { EventStore } from '../../src/event-store/event-store.port';
import { appendingContract } from './contract/appending.contract';
import { eventIdsAndMetadataContract } from './contract/event-ids-and-metadata.contract';
import { readingContract } from './contract/reading.contract';
import { subscriptionContract } from './contract/subscription.contract';

export interface ContractOptions {
  /**
   * Whether the store refuses an event id it already holds in ANOTHER stream, or twice in one
   * append. SQLite and in-memory do (a UNIQUE id); EventStoreDB's idempotency is per stream
   * and cannot promise it, so for it only a retried append to the same stream is checked.
   */
  eventIdsUniqueAcrossStreams?: boolean;
  /** Register every test as skipped (a leg whose server is not there), so jest says so. */
  skip?: boolean;
}

/**
 * The one contract every EventStore adapter must meet. Each test writes only to streams with a
 * random suffix and measures global reads from the head it saw first, so the suite also runs
 * against a shared EventStoreDB server that already holds data.
 */
export function eventStoreContract(
  name: string,
  makeStore: () => Promise<EventStore>,
  cleanup?: (store: EventStore) => Promise<void> | void,
  options: ContractOptions = {},
): void {
  const uniqueAcrossStreams = options.eventIdsUniqueAcrossStreams ?? true;
  const describeLeg = options.skip ? describe.skip : describe;

  describeLeg(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
      await cleanup?.(store);
    });

    const leg = { store: () => store, uniqueAcrossStreams };
    appendingContract(leg);
    readingContract(leg);
    eventIdsAndMetadataContract(leg);
    subscriptionContract(leg);
  });
}
