import type { EventStore, RecordedEvent } from '../../event-store/event-store.port';
import type { SourceRow } from '../export-document';

const PAGE = 1000;

/**
 * The events behind the ids an export cites, for its Sources sheet, in the order they were
 * recorded. Figures name events by id only (they come from the force's streams, its alliances',
 * their members', a scenario's, a stress-test run's or the reference data), so the store is read
 * in global order, stopping as soon as every id is found (and the answer's own position passed):
 * a few pages for one force's plan. Also gives the time the answer is as at: when its last
 * included event was recorded.
 */
export async function citedEvents(
  store: EventStore,
  ids: readonly string[],
  asAtPosition: string | null,
): Promise<{ sources: SourceRow[]; asAtTime: string | null }> {
  const wanted = new Set(ids);
  const at = asAtPosition === null ? null : BigInt(asAtPosition);
  const found: RecordedEvent[] = [];
  let asAtTime: string | null = null;
  let after: bigint | undefined;
  while (wanted.size > 0 || (at !== null && asAtTime === null)) {
    const page = await store.readAll({ after, maxCount: PAGE });
    for (const event of page) {
      if (wanted.delete(event.id)) found.push(event);
      if (event.position === at) asAtTime = event.metadata.recordedAt;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].position;
  }
  return { sources: found.map(toSourceRow), asAtTime };
}

function toSourceRow(e: RecordedEvent): SourceRow {
  return {
    id: e.id,
    type: e.type,
    stream: e.streamId,
    position: e.position.toString(),
    recordedAt: e.metadata.recordedAt,
    actor: e.metadata.actor,
    reason: e.metadata.reason ?? null,
  };
}
