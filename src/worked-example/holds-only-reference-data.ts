import type { EventStore } from '../event-store/event-store.port';

/** Streams of national reference data (referendum principles, collaboration averages), seeded on their own. */
export const REFERENCE_STREAM_PREFIX = 'reference-';

const PAGE = 256;

/**
 * Whether the store holds nothing but reference data – the "empty store" the worked example is
 * recorded into on first start. Reference data does not count because it is seeded on start
 * too, possibly before this is asked. Reads only until the first other event, so on a store in
 * use it stops within the first page.
 */
export async function holdsOnlyReferenceData(store: EventStore): Promise<boolean> {
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.some((e) => !e.streamId.startsWith(REFERENCE_STREAM_PREFIX))) return false;
    if (page.length < PAGE) return true;
    after = page[page.length - 1].position;
  }
}
