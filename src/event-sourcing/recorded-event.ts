import type { RecordedEvent } from '../event-store/event-store.port';
import type { EventToFold, EventToFoldAt } from '../event-store/immediate-reads';
import type { DomainEvent, EventRef } from './decider';
import { upcast } from './upcasters';

/** A stored event as today's code reads it (upcast), with where it sits. */
export function toDomainEvent<E extends DomainEvent>(recorded: RecordedEvent): { event: E; ref: EventRef } {
  return { event: upcast(recorded.type, recorded.data) as E, ref: refOf(recorded) };
}

/** The same for an event read for folding alone (ImmediateReads): its reference is already as a fold takes it. */
export function toDomainEventToFold<E extends DomainEvent>(stored: EventToFold): { event: E; ref: EventRef } {
  return { event: upcast(stored.ref.type, stored.data) as E, ref: stored.ref };
}

/** A whole recorded event as folding takes it (for stores with no fold feed of their own). */
export function toEventToFoldAt(recorded: RecordedEvent): EventToFoldAt {
  return { ref: refOf(recorded), data: recorded.data, position: recorded.position };
}

function refOf(recorded: RecordedEvent): EventRef {
  return {
    id: recorded.id,
    streamId: recorded.streamId,
    revision: recorded.revision.toString(),
    position: recorded.position.toString(),
    recordedAt: recorded.metadata.recordedAt,
    type: recorded.type,
  };
}
