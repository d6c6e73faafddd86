import type { DomainEvent } from './decider';

/**
 * Lifts an event stored in an old shape to the shape the code reads today. Keyed by the old
 * stored type name; may chain (v1 -> v2 -> v3). Register one here when an event's shape
 * changes; stored events are never rewritten.
 */
export type Upcaster = (data: Record<string, unknown>) => DomainEvent;

const upcasters = new Map<string, Upcaster>();

export function registerUpcaster(storedType: string, upcaster: Upcaster): void {
  if (upcasters.has(storedType)) throw new Error(`An upcaster for ${storedType} is already registered`);
  upcasters.set(storedType, upcaster);
}

/** The event as today's code understands it. */
export function upcast(type: string, data: Record<string, unknown>): DomainEvent {
  let event: DomainEvent = { type, data };
  for (let hops = 0; hops < 20; hops++) {
    const next = upcasters.get(event.type);
    if (!next) return event;
    event = next(event.data as Record<string, unknown>);
  }
  throw new Error(`Upcasting ${type} did not settle after 20 steps: check for a cycle`);
}
