import type { RecordedEvent } from '../event-store/event-store.port';
import type { DomainEvent, EventRef } from './decider';
import { upcast } from './upcasters';

/** A stored event as today's code reads it (upcast), with where it sits. */
export function toDomainEvent<E extends DomainEvent>(recorded: RecordedEvent): { event: E; ref: EventRef } {
  return {
    event: upcast(recorded.type, recorded.data) as E,
    ref: {
      id: recorded.id,
      streamId: recorded.streamId,
      revision: recorded.revision.toString(),
      position: recorded.position.toString(),
      recordedAt: recorded.metadata.recordedAt,
      type: recorded.type,
    },
  };
}
